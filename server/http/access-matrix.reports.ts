/** The report routes in the access matrix (see access-matrix.test.ts). */
import type { World } from '../test/world.ts';
import type { RouteSpec } from './access-matrix.test.ts';

const p = (programId: string, tail: string) => `/api/programs/${programId}/reports/${tail}`;
const read = (tail: string): RouteSpec => ({
  inScope: (w: World) => ({ request: { url: p(w.programP.id, tail) } }),
  outOfScope: (w: World) => ({ request: { url: p(w.programQ.id, tail) } }),
});
const TEXTS = {
  summary: 'Resumen',
  relevance: '',
  effectiveness: '',
  efficiency: '',
  impact: '',
  sustainability: '',
  bottlenecks: '',
};
let day = 0;
/** Each allowed caller writes a fresh edition (its own date), so version 0 is always current. */
const nextDay = () => `2026-10-${String((day++ % 28) + 1).padStart(2, '0')}`;

export const REPORT_SPECS: Record<string, RouteSpec> = {
  'GET /api/programs/:programId/reports/options': read('options'),
  'GET /api/programs/:programId/reports/dashboard': read('dashboard'),
  'GET /api/programs/:programId/reports/figures/:key/export': read(
    'figures/cases.status/export?format=csv',
  ),
  'GET /api/programs/:programId/reports/bulletin': read('bulletin?format=json'),
  'GET /api/programs/:programId/reports/bulletins/:asOf': read('bulletins/2026-10-01'),
  'PUT /api/programs/:programId/reports/bulletins/:asOf': {
    inScope: (w) => ({
      request: {
        method: 'PUT',
        url: p(w.programP.id, `bulletins/${nextDay()}`),
        payload: { texts: TEXTS, version: 0 },
      },
    }),
    outOfScope: (w) => ({
      request: {
        method: 'PUT',
        url: p(w.programQ.id, `bulletins/${nextDay()}`),
        payload: { texts: TEXTS, version: 0 },
      },
    }),
  },
};
