/** The researcher export and map routes in the access matrix (see access-matrix.test.ts). */
import { expect } from 'vitest';
import type { RouteSpec } from './access-matrix.test.ts';

const researchRows = (programId: string) =>
  `/api/programs/${programId}/reports/research-rows?format=csv`;

export const RESEARCH_SPECS: Record<string, RouteSpec> = {
  'GET /api/geo/:name': { inScope: () => ({ request: { url: '/api/geo/bogota-localities' } }) },
  'GET /api/programs/:programId/reports/research-rows': {
    inScope: (w) => ({ request: { url: researchRows(w.programP.id) } }),
    outOfScope: (w) => ({ request: { url: researchRows(w.programQ.id) } }),
    // De-identified: no case id, business name or owner's document reaches the file.
    leak: (_role, body, w) => {
      const text = String(body);
      for (const made of [w.inCase, w.outCase]) {
        expect(text).not.toContain(made.case.id);
        expect(text).not.toContain(made.business.name);
      }
    },
  },
};
