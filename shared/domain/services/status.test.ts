import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWebLink, parseOpening, serviceStatus } from './status.ts';

describe('opening month as written in the matrix', () => {
  it.each([
    ['marzo 2026', '2026-03'],
    ['Marzo de 2026', '2026-03'],
    ['  MARZO   2026 ', '2026-03'],
    ['mar-26', '2026-03'],
    ['sept. 2026', '2026-09'],
    ['Setiembre 2026', '2026-09'],
    ['2026-03', '2026-03'],
    ['2026/3', '2026-03'],
    ['03/2026', '2026-03'],
    ['1/03/2026', '2026-03'],
    ['March 2026', '2026-03'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseOpening(text)).toEqual({ kind: 'month', month: expected });
  });

  it('reads spreadsheet dates and Excel day numbers', () => {
    expect(parseOpening(new Date(Date.UTC(2026, 4, 1)))).toEqual({
      kind: 'month',
      month: '2026-05',
    });
    // 46143 is 2026-05-01 in Excel's day numbering.
    expect(parseOpening(46_143)).toEqual({ kind: 'month', month: '2026-05' });
  });

  it('knows "permanent / open", an empty cell, and what it cannot read', () => {
    for (const text of [
      'Permanente',
      'abierta',
      'Abierto todo el año',
      'permanente / abierta',
      'Open',
    ])
      expect(parseOpening(text)).toEqual({ kind: 'permanent' });
    for (const text of ['', '  ', '-', 'N/A', 'por definir', null, undefined])
      expect(parseOpening(text)).toEqual({ kind: 'none' });
    for (const text of ['pronto', 'marzo', '13/2026', 'smarch 2026', '2026-13'])
      expect(parseOpening(text)).toEqual({ kind: 'invalid' });
  });
});

describe('service status', () => {
  const base = {
    startMonth: '2026-03',
    permanent: false,
    link: 'https://example.org/credito',
    requirements: null,
    contact: null,
  };

  it('is active once its month has come and there is a way to reach it', () => {
    expect(serviceStatus(base, '2026-03-01')).toEqual({ status: 'active' });
    expect(serviceStatus(base, '2026-11-22')).toEqual({ status: 'active' });
    expect(serviceStatus({ ...base, startMonth: null, permanent: true }, '2020-01-01')).toEqual({
      status: 'active',
    });
  });

  it('says why it is still to be activated', () => {
    expect(serviceStatus(base, '2026-02-28')).toEqual({
      status: 'to_activate',
      reasons: ['opening_not_reached'],
    });
    expect(serviceStatus({ ...base, startMonth: null, link: ' ' }, '2026-11-22')).toEqual({
      status: 'to_activate',
      reasons: ['no_opening_date', 'no_way_to_reach'],
    });
    expect(serviceStatus({ ...base, link: null, contact: 'Luz Díaz' }, '2026-11-22').status).toBe(
      'active',
    );
  });

  it('only moves from to-be-activated to active as time passes (property)', () => {
    const day = fc
      .date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.boolean(), (a, b, reachable) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const s = { ...base, link: reachable ? base.link : null };
        if (serviceStatus(s, early).status === 'active')
          expect(serviceStatus(s, late).status).toBe('active');
      }),
    );
  });
});

describe('links', () => {
  it('accepts web links and refuses the rest', () => {
    expect(isWebLink('https://www.sena.edu.co/es-co/Paginas/default.aspx')).toBe(true);
    expect(isWebLink('http://bancoldex.com')).toBe(true);
    for (const text of [
      'www.sena.edu.co',
      'llamar al 3001234567',
      'javascript:alert(1)',
      'https://localhost',
    ])
      expect(isWebLink(text)).toBe(false);
  });
});
