/** The researcher export and map routes in the access matrix (see access-matrix.test.ts). */
import type { RouteSpec } from './access-matrix.test.ts';

export const RESEARCH_SPECS: Record<string, RouteSpec> = {};
