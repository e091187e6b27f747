/**
 * What every figure needs: the program, the checked filters, the cases counted (scope, place,
 * supervisor, as-of moment) and the names of things in the reader's language.
 */
import { configuredName, translate } from '../../../shared/i18n/index.ts';
import type { TLocale } from '../../../shared/schemas/auth.ts';
import type { TCaseSettings } from '../../../shared/schemas/cases.ts';
import type { TReportFilters, TReportQuery } from '../../../shared/schemas/reports.ts';
import type { Db } from '../../db/client.ts';
import { invalidFields, notFound } from '../../http/errors.ts';
import type { ProgramAccess } from '../../http/context.ts';
import { loadQuestionnaire } from '../assessment/questionnaire.service.ts';
import { casePopulation, type CasePopulation } from '../cases/cases.policy.ts';
import { loadCaseSettings } from '../cases/settings.service.ts';
import {
  findProgram,
  listProgramCities,
  listProgramLocalities,
} from '../programs/programs.repo.ts';
import { todayInColombia } from '../registration/calls.service.ts';
import * as repo from './reports.repo.ts';

const DAY_MS = 86_400_000;

/** The end of a Bogotá calendar day (Colombia keeps UTC−5 all year). */
export function endOfDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00-05:00`) + DAY_MS);
}

export interface ReportContext {
  db: Db;
  access: ProgramAccess;
  language: TLocale;
  program: {
    id: string;
    code: string;
    name: string;
    organizationName: string;
    cycleStart: string;
    cycleEnd: string;
  };
  filters: TReportFilters;
  /** The cases counted; `before` is null when the as-of date is today (the current state). */
  population: CasePopulation;
  settings: TCaseSettings;
  /** The current questionnaire's levers, in order. */
  levers: string[];
  /** The program's cities and localities the reader reaches, with their goals. */
  cities: Array<{ code: string; name: string; goal: number | null }>;
  localities: Array<{
    code: string;
    name: string;
    municipalityCode: string;
    goal: number | null;
  }>;
  t: (key: string, params?: Record<string, string | number>) => string;
  cityName: (code: string) => string;
  localityName: (code: string) => string;
  stageName: (id: string) => string;
  reasonName: (id: string) => string;
  leverName: (id: string) => string;
  /** A module's figures, computed once however many indicators use them. */
  once: <T>(key: string, compute: () => Promise<T>) => Promise<T>;
}

/** Cities the reader's scope reaches (all the program's for program-wide readers). */
function citiesInScope(
  access: ProgramAccess,
  cities: Array<{ code: string }>,
  localities: Array<{ code: string; municipalityCode: string }>,
): Set<string> {
  if (access.scope.type !== 'territory') return new Set(cities.map((c) => c.code));
  const scope = access.scope;
  return new Set([
    ...scope.cities,
    ...localities.filter((l) => scope.localities.includes(l.code)).map((l) => l.municipalityCode),
  ]);
}

export async function reportContext(options: {
  db: Db;
  access: ProgramAccess;
  query: TReportQuery;
  /** Today in Bogotá (tests pass one). */
  today?: string;
}): Promise<ReportContext> {
  const { db, access, query } = options;
  const language = query.language;
  const program = await findProgram(db, access.programId);
  if (!program) throw notFound();
  const today = options.today ?? todayInColombia();
  const asOf = query.asOf ?? (today < program.cycleStart ? program.cycleStart : today);
  const from = query.from ?? program.cycleStart;
  const errors: Array<{ path: string; code: string; params?: Record<string, string> }> = [];
  if (asOf < program.cycleStart)
    errors.push({
      path: 'asOf',
      code: 'as_of_before_program',
      params: { start: program.cycleStart },
    });
  if (asOf > today && asOf > program.cycleStart)
    errors.push({ path: 'asOf', code: 'as_of_in_future', params: { today } });
  if (query.from && from > asOf) errors.push({ path: 'from', code: 'from_after_as_of' });

  const [cityRows, localityRows, supervisors, settings, questionnaire, organizationName] =
    await Promise.all([
      listProgramCities(db, access.programId),
      listProgramLocalities(db, access.programId),
      repo.programSupervisors(db, access.programId),
      loadCaseSettings(db, access.programId),
      loadQuestionnaire(db, access.programId),
      repo.organizationName(db, program.organizationId),
    ]);
  const cities = cityRows.map((c) => ({
    code: c.municipalityCode,
    name: c.name,
    goal: c.goal,
  }));
  const localities = localityRows.map((l) => ({
    code: l.localityCode,
    name: l.name,
    municipalityCode: l.municipalityCode,
    goal: l.goal,
  }));
  const reachable = citiesInScope(access, cities, localities);
  if (query.municipalityCode) {
    if (!cities.some((c) => c.code === query.municipalityCode))
      errors.push({ path: 'municipalityCode', code: 'not_program_city' });
    else if (!reachable.has(query.municipalityCode))
      errors.push({ path: 'municipalityCode', code: 'city_out_of_scope' });
  }
  const locality = localities.find((l) => l.code === query.localityCode);
  if (query.localityCode) {
    if (!locality) errors.push({ path: 'localityCode', code: 'not_program_locality' });
    else if (query.municipalityCode && locality.municipalityCode !== query.municipalityCode)
      errors.push({ path: 'localityCode', code: 'locality_not_in_city' });
  }
  const supervisor = supervisors.find((s) => s.id === query.supervisorId);
  if (query.supervisorId && !supervisor)
    errors.push({ path: 'supervisorId', code: 'not_program_supervisor' });
  if (errors.length > 0) throw invalidFields(errors);

  const cityNames = new Map(cities.map((c) => [c.code, c.name]));
  const localityNames = new Map(localities.map((l) => [l.code, l.name]));
  const stages = new Map(settings.stages.map((s) => [s.id, s.name[language]]));
  const reasons = new Map(settings.withdrawalReasons.map((r) => [r.id, r.name[language]]));
  const leverNames = new Map(questionnaire.definition.levers.map((l) => [l.id, l.name[language]]));
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  // Configured names win; the default stages, reasons and levers have translations.
  const named = (names: Map<string, string>, key: string, id: string) =>
    configuredName(language, names.get(id), key, id);
  const cache = new Map<string, Promise<unknown>>();
  return {
    db,
    access,
    language,
    program: {
      id: program.id,
      code: program.code,
      name: program.name,
      organizationName,
      cycleStart: program.cycleStart,
      cycleEnd: program.cycleEnd,
    },
    filters: {
      asOf,
      from,
      municipalityCode: query.municipalityCode ?? null,
      localityCode: query.localityCode ?? null,
      supervisorId: query.supervisorId ?? null,
      labels: {
        municipality: query.municipalityCode
          ? (cityNames.get(query.municipalityCode) ?? null)
          : null,
        locality: locality?.name ?? null,
        supervisor: supervisor?.name ?? null,
      },
    },
    population: casePopulation(access, {
      municipalityCode: query.municipalityCode,
      localityCode: query.localityCode,
      supervisorId: query.supervisorId,
      before: asOf >= today ? null : endOfDay(asOf),
    }),
    settings,
    levers: questionnaire.definition.levers.map((l) => l.id),
    cities: cities.filter((c) => reachable.has(c.code)),
    localities: localities.filter((l) => reachable.has(l.municipalityCode)),
    t,
    cityName: (code) => cityNames.get(code) ?? code,
    localityName: (code) => localityNames.get(code) ?? cityNames.get(code) ?? code,
    stageName: (id) => named(stages, 'cases.stages', id),
    reasonName: (id) =>
      id === 'no_reason'
        ? t('reports.values.noReason')
        : named(reasons, 'cases.withdrawalReasons', id),
    leverName: (id) => named(leverNames, 'levers', id),
    once: <T>(key: string, compute: () => Promise<T>) => {
      let p = cache.get(key) as Promise<T> | undefined;
      if (!p) cache.set(key, (p = compute()));
      return p;
    },
  };
}
