import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { ZBusinessInput, ZOwnerInput } from '../../../../shared/schemas/registration.ts';
import { APPLICANT_COLUMNS, detectHeaderLanguage, enumLookup, matchHeader } from './columns.ts';

describe('column catalog', () => {
  it('has exactly one column per field of ZApplicantInput, owner first', () => {
    const expected = [
      ...Object.keys(ZOwnerInput.shape).map((k) => `owner.${k}`),
      ...Object.keys(ZBusinessInput.shape).map((k) => `business.${k}`),
    ];
    expect(APPLICANT_COLUMNS.map((c) => c.key)).toEqual(expected);
  });

  it('marks as required exactly the fields the schema needs', () => {
    for (const column of APPLICANT_COLUMNS) {
      const shape: Record<string, ZodType> =
        column.section === 'owner' ? ZOwnerInput.shape : ZBusinessInput.shape;
      expect(shape[column.field]?.safeParse(undefined).success, column.key).toBe(!column.required);
    }
  });

  it('has headers, help and examples in both languages', () => {
    for (const c of APPLICANT_COLUMNS) {
      expect(c.header.es && c.header.en && c.help.es && c.help.en, c.key).toBeTruthy();
      if (c.type === 'enum') expect(c.options?.length, c.key).toBeGreaterThan(0);
    }
  });
});

describe('matchHeader', () => {
  it('ignores case, accents, spaces and punctuation, in either language', () => {
    expect(matchHeader('Número de documento')?.key).toBe('owner.documentNumber');
    expect(matchHeader('NUMERO DE DOCUMENTO')?.key).toBe('owner.documentNumber');
    expect(matchHeader('  numero   de documento ')?.key).toBe('owner.documentNumber');
    expect(matchHeader('Document number')?.key).toBe('owner.documentNumber');
    expect(matchHeader('document NUMBER *')?.key).toBe('owner.documentNumber');
    expect(matchHeader('owner.documentNumber')?.key).toBe('owner.documentNumber');
    expect(matchHeader('Cédula')?.key).toBe('owner.documentNumber');
    expect(matchHeader('Codigo del municipio (DANE)')?.key).toBe('owner.municipalityCode');
    expect(matchHeader('Celular')?.key).toBe('owner.phone');
    expect(matchHeader('Ventas mensuales')?.key).toBe('business.monthlySales');
    expect(matchHeader('Color favorito')).toBeUndefined();
    expect(matchHeader('')).toBeUndefined();
  });

  it('detects the language of a header row, Spanish on ties', () => {
    const es = APPLICANT_COLUMNS.map((c) => c.header.es);
    const en = APPLICANT_COLUMNS.map((c) => c.header.en);
    expect(detectHeaderLanguage(es)).toBe('es');
    expect(detectHeaderLanguage(en)).toBe('en');
    expect(detectHeaderLanguage([...en.slice(0, 10), ...es.slice(10)])).toBe('es');
    expect(detectHeaderLanguage([...es.slice(0, 5), ...en.slice(5)])).toBe('en');
  });

  it('maps enum codes, labels and aliases in both languages', () => {
    const sex = enumLookup(APPLICANT_COLUMNS.find((c) => c.key === 'owner.sex')!);
    expect(sex.get('mujer')).toBe('F');
    expect(sex.get('female')).toBe('F');
    expect(sex.get('m')).toBe('M');
    expect(sex.get('hombre')).toBe('M');
    const doc = enumLookup(APPLICANT_COLUMNS.find((c) => c.key === 'owner.documentType')!);
    expect(doc.get('cc')).toBe('CC');
    expect(doc.get('ceduladeciudadania')).toBe('CC');
    expect(doc.get('passport')).toBe('PAS');
    expect(doc.get('ppt')).toBe('PPT');
  });
});
