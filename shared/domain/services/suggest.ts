/**
 * Which catalog services to propose for a plan activity, pure: active services that address the
 * activity's lever and reach the business — local ones of its city first, then national ones;
 * free before paid, then by name.
 */
import type { TServiceSuggestion } from '../../schemas/services.ts';

export interface SuggestableService extends TServiceSuggestion {
  levers: readonly string[];
  cities: readonly string[];
  active: boolean;
}

interface LeverEntry {
  byCity: Map<string, TServiceSuggestion[]>;
  national: TServiceSuggestion[];
}

/** Active services by lever and city, sorted once; build it per request (or per batch). */
export type ServiceIndex = Map<string, LeverEntry>;

function order(a: TServiceSuggestion, b: TServiceSuggestion): number {
  return (
    (a.cost === b.cost ? 0 : a.cost === 'free' ? -1 : 1) ||
    a.name.localeCompare(b.name, 'es') ||
    a.entityName.localeCompare(b.entityName, 'es') ||
    (a.id < b.id ? -1 : 1)
  );
}

function suggestion(s: SuggestableService): TServiceSuggestion {
  return {
    id: s.id,
    name: s.name,
    entityName: s.entityName,
    scope: s.scope,
    cost: s.cost,
    link: s.link,
    contact: s.contact,
  };
}

export function buildServiceIndex(services: Iterable<SuggestableService>): ServiceIndex {
  const index: ServiceIndex = new Map();
  for (const s of services) {
    if (!s.active) continue;
    const out = suggestion(s);
    for (const lever of s.levers) {
      let entry = index.get(lever);
      if (!entry) index.set(lever, (entry = { byCity: new Map(), national: [] }));
      if (s.scope === 'national') entry.national.push(out);
      else
        for (const city of s.cities) {
          const list = entry.byCity.get(city);
          if (list) list.push(out);
          else entry.byCity.set(city, [out]);
        }
    }
  }
  for (const entry of index.values()) {
    entry.national.sort(order);
    for (const list of entry.byCity.values()) list.sort(order);
  }
  return index;
}

const NONE: readonly TServiceSuggestion[] = [];

/** Up to `limit` services for a lever in a city, local first. */
export function suggestServices(
  index: ServiceIndex,
  lever: string,
  municipalityCode: string,
  limit = 3,
): TServiceSuggestion[] {
  const entry = index.get(lever);
  if (!entry) return [];
  const local = entry.byCity.get(municipalityCode) ?? NONE;
  if (local.length >= limit) return local.slice(0, limit);
  return [...local, ...entry.national.slice(0, limit - local.length)];
}

/** How many active services reach a city for a lever (local of the city + national). */
export function servicesReaching(index: ServiceIndex, lever: string, municipalityCode: string) {
  const entry = index.get(lever);
  if (!entry) return 0;
  return (entry.byCity.get(municipalityCode)?.length ?? 0) + entry.national.length;
}
