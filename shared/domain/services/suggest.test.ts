import { describe, expect, it } from 'vitest';
import {
  buildServiceIndex,
  servicesReaching,
  suggestServices,
  type SuggestableService,
} from './suggest.ts';

let n = 0;
const service = (over: Partial<SuggestableService>): SuggestableService => ({
  id: `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  name: `Servicio ${n}`,
  entityName: 'Entidad',
  scope: 'local',
  cost: 'free',
  link: null,
  contact: 'Contacto',
  levers: ['finance'],
  cities: ['68001'],
  active: true,
  ...over,
});

describe('service suggestions', () => {
  const local = service({ name: 'Crédito Bucaramanga', cost: 'cost' });
  const localFree = service({ name: 'Taller de costos' });
  const national = service({ name: 'Curso virtual', scope: 'national', cities: [] });
  const inactive = service({ name: 'Cerrado', active: false });
  const elsewhere = service({ name: 'Cúcuta', cities: ['54001'] });
  const marketing = service({ name: 'Ferias', levers: ['marketing'] });
  const index = buildServiceIndex([local, localFree, national, inactive, elsewhere, marketing]);

  it("proposes active services of the lever: the city's own first (free first), then national", () => {
    expect(suggestServices(index, 'finance', '68001').map((s) => s.name)).toEqual([
      'Taller de costos',
      'Crédito Bucaramanga',
      'Curso virtual',
    ]);
    expect(suggestServices(index, 'finance', '68001', 1).map((s) => s.name)).toEqual([
      'Taller de costos',
    ]);
    expect(suggestServices(index, 'finance', '05001').map((s) => s.name)).toEqual([
      'Curso virtual',
    ]);
    expect(suggestServices(index, 'innovation', '68001')).toEqual([]);
    expect(suggestServices(index, 'marketing', '68001')[0]).not.toHaveProperty('levers');
  });

  it('counts the active services that reach a city for a lever', () => {
    expect(servicesReaching(index, 'finance', '68001')).toBe(3);
    expect(servicesReaching(index, 'finance', '54001')).toBe(2);
    expect(servicesReaching(index, 'marketing', '54001')).toBe(0);
    expect(servicesReaching(index, 'innovation', '68001')).toBe(0);
  });
});
