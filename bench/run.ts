/**
 * The benchmark suite: `npm run bench -- [workload …]` (all when none is named).
 * Each workload prints one JSON line: name, n, database, seconds (+ its own figures).
 */
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diagnosePlanWorkload } from './assessment.ts';
import { servicesImportWorkload } from './services.ts';
import { suggestWorkload } from './mentors.ts';
import { disburseWorkload } from './grants.ts';
import { bulletinWorkload } from './reports.ts';
import { caseListWorkload, timeGets } from './cases.ts';
import { importWorkload, selectWorkload } from './registration.ts';
import { signIn, startServer } from './server.ts';

interface Result {
  name: string;
  n: number;
  database: string;
  seconds: number;
  [extra: string]: unknown;
}

const DEMO_PASSWORD = 'palanca-demo';
let sharedDataDir: string | undefined;

function freshDataDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'palanca-bench-'));
}

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Fresh data directory → server ready with the demo loaded (target < 20 s). */
async function start(): Promise<Result> {
  const dataDir = freshDataDir();
  const server = await startServer({ DATA_DIR: dataDir });
  try {
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string };
    const cookie = await signIn(server.url, 'coordinator@demo.palanca.test', DEMO_PASSWORD);
    const programs = (await (
      await fetch(`${server.url}/api/programs`, { headers: { cookie } })
    ).json()) as { items: Array<{ id: string; code: string }> };
    const program = programs.items.find((p) => p.code === 'PAM-2026-2') ?? programs.items[0]!;
    const home = (await (
      await fetch(`${server.url}/api/programs/${program.id}/home`, { headers: { cookie } })
    ).json()) as {
      totals: { registered: number };
    };
    sharedDataDir = dataDir;
    return {
      name: 'start',
      n: home.totals.registered,
      database: health.database,
      seconds: Number(server.readySeconds.toFixed(2)),
      target_seconds: 20,
    };
  } finally {
    await server.stop();
  }
}

interface LoadFigures {
  total: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  failed: number;
}

/** 50 signed-in clients alternate GET /api/auth/me and the program home for `duration` seconds. */
async function readLoad(env: Record<string, string>, duration: number): Promise<LoadFigures> {
  const server = await startServer(env);
  try {
    const cookie = await signIn(server.url, 'coordinator@demo.palanca.test', DEMO_PASSWORD);
    const programs = (await (
      await fetch(`${server.url}/api/programs`, { headers: { cookie } })
    ).json()) as {
      items: Array<{ id: string; code: string }>;
    };
    const program = programs.items.find((p) => p.code === 'PAM-2026-2') ?? programs.items[0]!;
    const latencies: number[] = [];
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: server.url,
          connections: 50,
          duration,
          headers: { cookie },
          requests: [
            { method: 'GET', path: '/api/auth/me' },
            { method: 'GET', path: `/api/programs/${program.id}/home` },
          ],
        },
        (err: Error | null, res: autocannon.Result) => (err ? reject(err) : resolve(res)),
      );
      instance.on(
        'response',
        (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
          latencies.push(responseTime);
        },
      );
    });
    latencies.sort((a, b) => a - b);
    const round = (x: number) => Number(x.toFixed(1));
    return {
      total: result.requests.total,
      rps: Math.round(result.requests.average),
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      failed: result.non2xx + result.errors,
    };
  } finally {
    await server.stop();
  }
}

/**
 * Authenticated reads under 50 concurrent clients for 10 s on PGlite (target p95 < 50 ms).
 * The baseline runs the same load with the read cache off; `ratio` is cached ÷ uncached req/s.
 */
async function apiRead(): Promise<Result> {
  const dataDir = sharedDataDir ?? freshDataDir();
  const duration = 10;
  const baseline = await readLoad({ DATA_DIR: dataDir, READ_CACHE_SECONDS: '0' }, duration);
  const cached = await readLoad({ DATA_DIR: dataDir }, duration);
  return {
    name: 'api-read',
    n: cached.total,
    database: 'pglite',
    seconds: duration,
    requests_per_second: cached.rps,
    p50_ms: cached.p50,
    p95_ms: cached.p95,
    p99_ms: cached.p99,
    failed: cached.failed,
    connections: 50,
    target_p95_ms: 50,
    baseline_uncached: {
      n: baseline.total,
      requests_per_second: baseline.rps,
      p95_ms: baseline.p95,
      p99_ms: baseline.p99,
      failed: baseline.failed,
    },
    ratio: Number((cached.rps / Math.max(1, baseline.rps)).toFixed(2)),
  };
}

/** 100,000 applicants from a CSV into PGlite with every check, against a raw INSERT of the same rows. */
async function importApplicantsWorkload(): Promise<Result> {
  const n = 100_000;
  const r = await importWorkload(n);
  return {
    name: 'import-applicants',
    n,
    database: 'pglite',
    seconds: Number(r.importSeconds.toFixed(2)),
    rows_per_second: Math.round(n / r.importSeconds),
    created: r.summary.created,
    flags: r.summary.flags,
    file_mb: Number((r.bytes / 1024 / 1024).toFixed(1)),
    baseline_raw_insert_seconds: Number(r.rawSeconds.toFixed(2)),
    ratio: Number((r.rawSeconds / r.importSeconds).toFixed(2)),
    target_rows_per_second: 20_000,
    target_ratio: 0.5,
  };
}

/** A rule tightened (100,000 applicants judged again and written), then selection of all 20 localities (cases made). */
async function selectWorkload100k(): Promise<Result> {
  const n = 100_000;
  const r = await selectWorkload(n);
  return {
    name: 'select',
    n,
    database: 'pglite',
    seconds: Number(r.seconds.toFixed(2)),
    eligibility_seconds: Number(r.eligibilitySeconds.toFixed(2)),
    selected: r.selected,
    target_seconds: 5,
  };
}

/** The Kanban of the demo's largest program over HTTP: 30 sequential loads (target median < 150 ms). */
async function boardWorkload(): Promise<Result> {
  const dataDir = sharedDataDir ?? freshDataDir();
  const server = await startServer({ DATA_DIR: dataDir, READ_CACHE_SECONDS: '0' });
  try {
    const cookie = await signIn(server.url, 'coordinator@demo.palanca.test', DEMO_PASSWORD);
    const programs = (await (
      await fetch(`${server.url}/api/programs`, { headers: { cookie } })
    ).json()) as { items: Array<{ id: string; code: string }> };
    const program = programs.items.find((p) => p.code === 'PAM-2026-2') ?? programs.items[0]!;
    const board = (await (
      await fetch(`${server.url}/api/programs/${program.id}/board`, { headers: { cookie } })
    ).json()) as { columns: Array<{ count: number }>; withdrawn: number };
    const n = board.columns.reduce((s, c) => s + c.count, 0) + board.withdrawn;
    const t = await timeGets(`${server.url}/api/programs/${program.id}/board`, cookie, 30);
    return {
      name: 'board',
      n,
      database: 'pglite',
      seconds: Number(((t.median * 30) / 1000).toFixed(2)),
      median_ms: Number(t.median.toFixed(1)),
      p95_ms: Number(t.p95.toFixed(1)),
      response_kb: Math.round(t.bytes / 1024),
      read_cache: 'off',
      target_median_ms: 150,
    };
  } finally {
    await server.stop();
  }
}

/** A filtered, sorted first page (with its total) over 100,000 cases in PGlite (target median < 100 ms). */
async function caseListWorkload100k(): Promise<Result> {
  const n = 100_000;
  const t = await caseListWorkload(n);
  return {
    name: 'case-list',
    n,
    database: 'pglite',
    seconds: Number(((t.median * 30) / 1000).toFixed(2)),
    median_ms: Number(t.median.toFixed(1)),
    p95_ms: Number(t.p95.toFixed(1)),
    target_median_ms: 100,
  };
}

/** 6,000 submitted assessments scored and planned in one batch on PGlite (target < 2 s). */
async function diagnosePlan(): Promise<Result> {
  const n = 6_000;
  const r = await diagnosePlanWorkload(n);
  return {
    name: 'diagnose-plan',
    n,
    database: 'pglite',
    seconds: Number(r.seconds.toFixed(2)),
    per_item_ms: Number(((r.seconds * 1000) / n).toFixed(3)),
    scoring_only_per_item_ms: Number((r.scoringMs / n).toFixed(3)),
    plans: r.plans,
    activities: r.activities,
    target_seconds: 2,
  };
}

/** The characterization matrix of 10,000 services from .xlsx, then again as updates (target < 5 s). */
async function servicesImport(): Promise<Result> {
  const n = 10_000;
  const r = await servicesImportWorkload(n);
  return {
    name: 'services-import',
    n,
    database: 'pglite',
    seconds: Number(r.seconds.toFixed(2)),
    rows_per_second: Math.round(n / r.seconds),
    again_as_updates_seconds: Number(r.againSeconds.toFixed(2)),
    file_kb: Math.round(r.bytes / 1024),
    target_seconds: 5,
  };
}

/** Mentor and service suggestions for 6,000 plans that need a mentor (target < 3 s in total). */
async function suggest(): Promise<Result> {
  const n = 6_000;
  const r = await suggestWorkload(n);
  return {
    name: 'suggest',
    n,
    database: 'pglite',
    seconds: Number((r.mentorSeconds + r.serviceSeconds).toFixed(2)),
    mentor_queue_seconds: Number(r.mentorSeconds.toFixed(2)),
    service_suggestions_seconds: Number(r.serviceSeconds.toFixed(2)),
    mentors: 150,
    services: 2_000,
    mentor_suggestions: r.mentorSuggestions,
    activities: r.activities,
    service_suggestions: r.serviceSuggestions,
    activities_without_service: r.uncovered,
    target_seconds: 3,
  };
}

/** One tranche to 4,000 approved grants in one batch, then the reconciliation (target < 5 s). */
async function disburse(): Promise<Result> {
  const n = 4_500; // of which about 4,000 active cases with a grant
  const r = await disburseWorkload(n);
  const seconds = r.batchSeconds + r.reportSeconds;
  return {
    name: 'disburse',
    n: r.beneficiaries,
    database: 'pglite',
    seconds: Number(seconds.toFixed(2)),
    batch_seconds: Number(r.batchSeconds.toFixed(2)),
    reconcile_seconds: Number(r.reportSeconds.toFixed(2)),
    disbursements_per_second: Math.round(r.beneficiaries / r.batchSeconds),
    total_cop: r.totalMinor / 100,
    target_seconds: 5,
  };
}

/**
 * The bulletin's figures as JSON for the demo program (target < 300 ms) and for 100,000
 * businesses (< 2 s), and its PDF with maps for the demo program (< 5 s).
 */
async function bulletin(): Promise<Result> {
  const r = await bulletinWorkload();
  const s = (x: number) => Number(x.toFixed(3));
  // BENCH_DATABASE_URL (an empty PostgreSQL database): the same workload on the server, where a
  // program of 100,000 businesses belongs in production.
  const url = process.env.BENCH_DATABASE_URL;
  const pg = url ? await bulletinWorkload({ url }) : null;
  return {
    name: 'bulletin',
    n: r.demoCases,
    database: 'pglite',
    seconds: s(r.demoJson.seconds),
    program: r.program,
    figures: r.figures,
    json_first_run_seconds: s(r.demoJson.first),
    json_kb: Math.round(r.demoJson.bytes / 1024),
    pdf_seconds: s(r.pdfSeconds),
    pdf_render_only_seconds: s(r.pdfRender),
    pdf_kb: Math.round(r.pdfBytes / 1024),
    n_large: r.bigCases,
    large_json_seconds: s(r.bigJson.seconds),
    large_json_first_run_seconds: s(r.bigJson.first),
    grow_seconds: s(r.growSeconds),
    ...(pg
      ? {
          postgresql_seconds: s(pg.demoJson.seconds),
          postgresql_large_json_seconds: s(pg.bigJson.seconds),
          postgresql_n_large: pg.bigCases,
          postgresql_pdf_seconds: s(pg.pdfSeconds),
        }
      : {}),
    target_seconds: 0.3,
    target_large_seconds: 2,
    target_pdf_seconds: 5,
  };
}

const WORKLOADS: Record<string, () => Promise<Result>> = {
  start,
  'api-read': apiRead,
  'import-applicants': importApplicantsWorkload,
  select: selectWorkload100k,
  board: boardWorkload,
  'case-list': caseListWorkload100k,
  'diagnose-plan': diagnosePlan,
  'services-import': servicesImport,
  suggest,
  disburse,
  bulletin,
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = names.filter((n) => !WORKLOADS[n]);
if (unknown.length > 0) {
  console.error(
    `Unknown workload(s): ${unknown.join(', ')}. Known: ${Object.keys(WORKLOADS).join(', ')}`,
  );
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(WORKLOADS)) {
  const result = await WORKLOADS[name]!();
  console.log(JSON.stringify(result));
}
if (sharedDataDir) fs.rmSync(sharedDataDir, { recursive: true, force: true });
