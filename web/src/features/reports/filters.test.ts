import { describe, expect, it } from 'vitest';
import {
  filterErrors,
  isIsoDay,
  queryString,
  readReportFilter,
  reportQuery,
  todayInBogota,
} from './filters.ts';

const SUPERVISOR = '0190a000-0000-7000-8000-000000000001';

describe('report filters in the URL', () => {
  it('keeps the values the server accepts and drops the rest', () => {
    const params = new URLSearchParams({
      asOf: '2026-05-20',
      from: '2026-02-30',
      municipalityCode: '68001',
      localityCode: '68001-02',
      supervisorId: SUPERVISOR,
      other: 'x',
    });
    expect(readReportFilter(params)).toEqual({
      asOf: '2026-05-20',
      municipalityCode: '68001',
      localityCode: '68001-02',
      supervisorId: SUPERVISOR,
    });
    expect(readReportFilter(new URLSearchParams('municipalityCode=6800&supervisorId=me'))).toEqual(
      {},
    );
  });

  it('drops a locality without its city or of another city', () => {
    expect(readReportFilter(new URLSearchParams('localityCode=11001-02'))).toEqual({});
    expect(
      readReportFilter(new URLSearchParams('municipalityCode=68001&localityCode=11001-02')),
    ).toEqual({ municipalityCode: '68001' });
  });

  it('knows a real day from a look-alike', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-5-1')).toBe(false);
  });

  it('counts today in Bogotá, five hours behind UTC', () => {
    expect(todayInBogota(new Date('2026-05-21T03:00:00Z'))).toBe('2026-05-20');
    expect(todayInBogota(new Date('2026-05-21T06:00:00Z'))).toBe('2026-05-21');
  });

  it('sends the filters and the language, leaving out the empty ones', () => {
    expect(reportQuery({ municipalityCode: '68001', asOf: '' }, 'en')).toEqual({
      municipalityCode: '68001',
      language: 'en',
    });
    expect(queryString({ format: 'csv', asOf: undefined, language: 'es' })).toBe(
      '?format=csv&language=es',
    );
    expect(queryString({})).toBe('');
  });
});

describe('errors placed on the filters', () => {
  const error = (init: {
    status?: number;
    code?: string;
    fields?: { path: string; message: string }[];
  }) => ({
    status: 400,
    code: 'validation',
    message: 'No se puede',
    fields: [],
    ...init,
  });

  it('puts a field error on the filter its path names', () => {
    expect(
      filterErrors(
        error({
          code: 'as_of_before_program',
          fields: [{ path: 'query.asOf', message: 'Antes del programa' }],
        }),
        { asOf: '2020-01-01' },
      ),
    ).toEqual({ asOf: 'Antes del programa' });
  });

  it('marks only the filters chosen when the error is also about a default', () => {
    const refusal = error({
      fields: [
        { path: 'asOf', message: 'Antes del programa' },
        { path: 'from', message: 'Después del corte' },
      ],
    });
    expect(filterErrors(refusal, { asOf: '2020-01-15' })).toEqual({
      asOf: 'Antes del programa',
    });
    expect(filterErrors(refusal, { asOf: '2020-01-15', from: '2026-08-01' })).toEqual({
      asOf: 'Antes del programa',
      from: 'Después del corte',
    });
    expect(filterErrors(refusal, {})).toEqual({
      asOf: 'Antes del programa',
      from: 'Después del corte',
    });
  });

  it('puts a city out of scope on the city filter', () => {
    const filter = { municipalityCode: '05001' };
    expect(filterErrors(error({ code: 'city_not_in_program' }), filter)).toEqual({
      municipalityCode: 'No se puede',
    });
    expect(filterErrors(error({ status: 404, code: 'not_found' }), filter)).toEqual({
      municipalityCode: 'No se puede',
    });
  });

  it('leaves other errors to the page', () => {
    expect(
      filterErrors(error({ status: 500, code: 'internal' }), { municipalityCode: '05001' }),
    ).toEqual({});
    expect(filterErrors(new Error('x'), {})).toEqual({});
    expect(filterErrors(error({ code: 'forbidden', status: 403 }), {})).toEqual({});
  });
});
