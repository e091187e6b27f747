import { describe, expect, it } from 'vitest';
import { applicantInput } from '../../test/registration.ts';
import {
  matchName,
  newConfirmationCode,
  prepareApplicants,
  territoryOf,
} from './applicants.service.ts';
import type { TCall } from '../../../shared/schemas/registration.ts';
import { DEFAULT_CALL_RULES } from '../../../shared/schemas/registration.ts';

const call: TCall = {
  id: '019f0000-0000-7000-8000-000000000001',
  programId: '019f0000-0000-7000-8000-000000000002',
  code: 'X-1',
  name: 'x',
  opensOn: '2026-02-01',
  closesOn: '2026-03-01',
  status: 'open',
  rulesVersion: 4,
  rules: { ...DEFAULT_CALL_RULES, requiredDocuments: [] },
  territories: [
    { territoryCode: '11001-08', name: 'Kennedy', goal: 10, target: 16 },
    { territoryCode: '68001', name: 'Bucaramanga', goal: 10, target: 16 },
  ],
};
const emptyIndex = () => ({
  byDocument: new Map(),
  byPhone: new Map(),
  formerBeneficiaryCase: new Map(),
  people: [],
});

describe('preparing applications', () => {
  it('makes confirmation codes without look-alike characters, unique in practice', () => {
    const codes = Array.from({ length: 20_000 }, newConfirmationCode);
    expect(codes.every((c) => /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('counts an applicant in their locality when the call works by locality, else in their city', () => {
    expect(
      territoryOf(
        call,
        applicantInput({ owner: { municipalityCode: '11001', localityCode: '11001-08' } }),
      ),
    ).toBe('11001-08');
    expect(
      territoryOf(
        call,
        applicantInput({ owner: { municipalityCode: '11001', localityCode: '11001-07' } }),
      ),
    ).toBe('11001');
    expect(territoryOf(call, applicantInput())).toBe('68001');
    expect(
      matchName(applicantInput({ owner: { firstNames: 'José  Ángel', lastNames: 'Núñez Peña' } })),
    ).toBe('nunez pena jose angel');
  });

  it('checks a batch against itself: a repeated document is blocked, a shared phone flagged', () => {
    const a = applicantInput();
    const b = applicantInput({ owner: { documentNumber: a.owner.documentNumber } });
    const c = applicantInput({ owner: { phone: a.owner.phone } });
    const { rows, flags } = prepareApplicants({
      call,
      organizationId: call.programId,
      inputs: [a, b, c],
      channel: 'import',
      registeredBy: null,
      now: new Date('2026-02-10T12:00:00Z'),
      index: emptyIndex(),
    });
    expect(rows.map((r) => r.blocked)).toEqual([false, true, false]);
    expect(rows.every((r) => r.rulesVersion === 4)).toBe(true);
    expect(flags.map((f) => [rows.findIndex((r) => r.id === f.applicantId), f.kind])).toEqual(
      expect.arrayContaining([
        [1, 'same_document'],
        [2, 'same_phone'],
      ]),
    );
  });

  it('never gives two applications of a batch the same confirmation code', () => {
    // A maker that repeats itself, as a random one eventually does.
    const draws = ['AAAA-AAAA', 'AAAA-AAAA', 'BBBB-BBBB', 'AAAA-AAAA', 'CCCC-CCCC'];
    let i = 0;
    const { rows } = prepareApplicants({
      call,
      organizationId: call.programId,
      inputs: [applicantInput(), applicantInput(), applicantInput()],
      channel: 'import',
      registeredBy: null,
      now: new Date('2026-02-10T12:00:00Z'),
      index: emptyIndex(),
      makeCode: () => draws[i++]!,
    });
    expect(rows.map((r) => r.confirmationCode)).toEqual(['AAAA-AAAA', 'BBBB-BBBB', 'CCCC-CCCC']);
  });
});
