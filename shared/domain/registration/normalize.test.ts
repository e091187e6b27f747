import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normalizeAddress,
  normalizeDocumentNumber,
  normalizePhone,
  normalizeText,
  parseFlexibleDate,
  parseYesNo,
} from './normalize.ts';

describe('normalizeDocumentNumber', () => {
  it('drops separators and upper-cases letters', () => {
    expect(normalizeDocumentNumber('1.098.765.432')).toBe('1098765432');
    expect(normalizeDocumentNumber(' ce-45 678 ')).toBe('CE45678');
    expect(normalizeDocumentNumber('52,123,456')).toBe('52123456');
    expect(normalizeDocumentNumber('AB123456')).toBe('AB123456');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizeDocumentNumber(s);
        expect(normalizeDocumentNumber(once)).toBe(once);
      }),
    );
  });
});

describe('normalizePhone', () => {
  it('accepts mobiles and 60x landlines in the usual spellings', () => {
    expect(normalizePhone('+57 300 123 4567')).toBe('3001234567');
    expect(normalizePhone('300-123-4567')).toBe('3001234567');
    expect(normalizePhone('0057 310.555.0000')).toBe('3105550000');
    expect(normalizePhone('573001234567')).toBe('3001234567');
    expect(normalizePhone('(601) 234 5678')).toBe('6012345678');
    expect(normalizePhone('+57 (604) 444-1234')).toBe('6044441234');
  });

  it('rejects what is not a 10-digit Colombian number', () => {
    expect(normalizePhone('12345')).toBeNull();
    expect(normalizePhone('')).toBeNull();
    expect(normalizePhone('2345678')).toBeNull(); // a pre-2021 landline without its prefix
    expect(normalizePhone('(1) 234 5678')).toBeNull();
    expect(normalizePhone('5012345678')).toBeNull();
    expect(normalizePhone('+1 300 123 4567')).toBeNull();
    expect(normalizePhone('30012345678')).toBeNull();
    expect(normalizePhone('300 123 4567 / 310 000 0000')).toBeNull();
  });

  it('always returns 10 digits or null, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 +-().') }), (s) => {
        const phone = normalizePhone(s);
        if (phone !== null) {
          expect(phone).toMatch(/^\d{10}$/);
          expect(normalizePhone(phone)).toBe(phone);
        }
      }),
    );
  });
});

describe('normalizeText', () => {
  it('folds accents, case, punctuation and spaces', () => {
    expect(normalizeText('  JOSÉ   Pérez-Gómez ')).toBe('jose perez gomez');
    expect(normalizeText('Muñoz Güiza')).toBe('munoz guiza');
    expect(normalizeText("D'Alessandro")).toBe('dalessandro');
    expect(normalizeText('María\tdel  Carmen.')).toBe('maria del carmen');
    expect(normalizeText('...')).toBe('');
  });

  it('is idempotent and yields only lower-case words separated by one space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const text = normalizeText(s);
        expect(normalizeText(text)).toBe(text);
        expect(text).not.toMatch(/^\s|\s$|\s\s/);
        expect(text).toBe(text.toLowerCase());
      }),
    );
  });
});

describe('normalizeAddress', () => {
  it('unifies Colombian abbreviations', () => {
    const expected = 'cl 45 # 23 18';
    expect(normalizeAddress('Calle 45 # 23-18')).toBe(expected);
    expect(normalizeAddress('CL 45 No. 23 - 18')).toBe(expected);
    expect(normalizeAddress('Cll. 45 N° 23-18')).toBe(expected);
    expect(normalizeAddress('calle 45 Nº 23 18')).toBe(expected);
    expect(normalizeAddress('Cl45#23-18')).toBe(expected);
    expect(normalizeAddress('Calle 45 número 23-18')).toBe(expected);
  });

  it('maps each road type to one spelling', () => {
    for (const road of ['Carrera', 'Cra', 'Kr', 'Cr', 'KRA']) {
      expect(normalizeAddress(`${road} 7 # 12-30`)).toBe('kr 7 # 12 30');
    }
    for (const road of ['Avenida', 'Av.', 'AV'])
      expect(normalizeAddress(`${road} 68`)).toBe('av 68');
    for (const road of ['Diagonal', 'Dg']) expect(normalizeAddress(`${road} 5`)).toBe('dg 5');
    for (const road of ['Transversal', 'Tv', 'Tr'])
      expect(normalizeAddress(`${road} 5`)).toBe('tv 5');
    expect(normalizeAddress('AC 26 # 68-10')).toBe(normalizeAddress('Avenida Calle 26 # 68-10'));
  });

  it('splits letters from numbers so that 45A and 45 A agree', () => {
    expect(normalizeAddress('Cra 7A # 12B-30')).toBe(normalizeAddress('Carrera 7 A # 12 B 30'));
    expect(normalizeAddress('Cra 7A # 12B-30')).toBe('kr 7 a # 12 b 30');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const address = normalizeAddress(s);
        expect(normalizeAddress(address)).toBe(address);
      }),
    );
  });
});

describe('parseFlexibleDate', () => {
  it('reads ISO and day-first dates', () => {
    expect(parseFlexibleDate('2024-03-05')).toBe('2024-03-05');
    expect(parseFlexibleDate(' 05/03/2024 ')).toBe('2024-03-05');
    expect(parseFlexibleDate('5/3/2024')).toBe('2024-03-05');
    expect(parseFlexibleDate('05-03-2024')).toBe('2024-03-05');
    expect(parseFlexibleDate('29/02/2024')).toBe('2024-02-29');
  });

  it('rejects impossible, ambiguous and malformed dates', () => {
    expect(parseFlexibleDate('31/02/2024')).toBeNull();
    expect(parseFlexibleDate('29/02/2023')).toBeNull();
    expect(parseFlexibleDate('2024-13-01')).toBeNull();
    expect(parseFlexibleDate('2024-00-10')).toBeNull();
    expect(parseFlexibleDate('05/03/24')).toBeNull();
    expect(parseFlexibleDate('05/03-2024')).toBeNull();
    expect(parseFlexibleDate('45000')).toBeNull();
    expect(parseFlexibleDate('')).toBeNull();
    expect(parseFlexibleDate('mañana')).toBeNull();
  });

  it('reads Excel serial days in the 1900 date system', () => {
    expect(parseFlexibleDate(45000)).toBe('2023-03-15');
    expect(parseFlexibleDate(45000.75)).toBe('2023-03-15');
    expect(parseFlexibleDate(1)).toBe('1900-01-01');
    expect(parseFlexibleDate(59)).toBe('1900-02-28');
    expect(parseFlexibleDate(60)).toBeNull(); // Excel's 29 February 1900 never existed
    expect(parseFlexibleDate(61)).toBe('1900-03-01');
    expect(parseFlexibleDate(36526)).toBe('2000-01-01');
    expect(parseFlexibleDate(2_958_465)).toBe('9999-12-31');
    expect(parseFlexibleDate(0)).toBeNull();
    expect(parseFlexibleDate(-5)).toBeNull();
    expect(parseFlexibleDate(Number.NaN)).toBeNull();
  });

  it('round-trips every real date through its day-first spelling', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const [year, month, day] = iso.split('-');
          expect(parseFlexibleDate(iso)).toBe(iso);
          expect(parseFlexibleDate(`${day}/${month}/${year}`)).toBe(iso);
          expect(parseFlexibleDate(`${Number(day)}/${Number(month)}/${year}`)).toBe(iso);
        },
      ),
    );
  });
});

describe('parseYesNo', () => {
  it('reads yes, no and empty', () => {
    for (const yes of ['Sí', 'si', 'SI', 's', 'yes', 'Y', 'true', 'VERDADERO', '1', 'x', ' X ']) {
      expect(parseYesNo(yes)).toEqual({ ok: true, value: true });
    }
    for (const no of ['No', 'NO', 'n', 'false', 'FALSO', '0', 'no.']) {
      expect(parseYesNo(no)).toEqual({ ok: true, value: false });
    }
    expect(parseYesNo('')).toEqual({ ok: true, value: null });
    expect(parseYesNo('   ')).toEqual({ ok: true, value: null });
  });

  it('flags what is not an answer', () => {
    for (const other of ['tal vez', '2', 'n/a', '-', 'sii'])
      expect(parseYesNo(other)).toEqual({ ok: false });
  });
});
