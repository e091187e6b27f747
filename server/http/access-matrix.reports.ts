/** The report routes in the access matrix (see access-matrix.test.ts). */
import type { RouteSpec } from './access-matrix.test.ts';

export const REPORT_SPECS: Record<string, RouteSpec> = {};
