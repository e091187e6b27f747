import { randomBytes } from 'node:crypto';
import { evaluateEligibility } from '../../../shared/domain/registration/eligibility.ts';
import { normalizeText } from '../../../shared/domain/registration/normalize.ts';
import { priorityScore } from '../../../shared/domain/registration/priority.ts';
import { findSimilarPairs } from '../../../shared/domain/registration/similarity.ts';
import type { TApplicantInput, TCall } from '../../../shared/schemas/registration.ts';
import { uuidv7 } from '../../db/columns.ts';
import type { Executor } from '../../db/client.ts';
import * as repo from './applicants.repo.ts';
import { CONSENT_VERSION } from './consent.ts';

/** Unambiguous characters for codes people copy by hand (no 0/O, 1/I/L). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

export function newConfirmationCode(): string {
  // One draw of 8 random bytes; 256 is not a multiple of 31, so drop bytes that would bias the code.
  const chars: string[] = [];
  while (chars.length < 8) {
    for (const byte of randomBytes(8)) {
      if (byte < 248 && chars.length < 8) chars.push(CODE_ALPHABET[byte % CODE_ALPHABET.length]!);
    }
  }
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`;
}

/** Where an applicant counts for the call: their locality when the call works by locality, else their city. */
export function territoryOf(call: Pick<TCall, 'territories'>, input: TApplicantInput): string {
  const codes = new Set(call.territories.map((t) => t.territoryCode));
  const { localityCode, municipalityCode } = input.owner;
  return localityCode && codes.has(localityCode) ? localityCode : municipalityCode;
}

/** `lastnames firstnames`, normalized: sorts and blocks well for duplicate search. */
export function matchName(input: TApplicantInput): string {
  return normalizeText(`${input.owner.lastNames} ${input.owner.firstNames}`);
}

/** A code not yet in `taken` (31^8 codes: about one clash in 170 among 100,000 draws). */
function uniqueCode(taken: Set<string>, makeCode: () => string): string {
  let code = makeCode();
  while (taken.has(code)) code = makeCode();
  taken.add(code);
  return code;
}

/**
 * Writes prepared applications and their flags. A confirmation code that another application
 * already holds is drawn again first, so a rare clash never fails a registration or an import.
 */
export async function insertPrepared(
  tx: Executor,
  prepared: { rows: repo.NewApplicant[]; flags: repo.NewFlag[] },
  options: { makeCode?: () => string; onProgress?: (done: number) => void } = {},
) {
  const makeCode = options.makeCode ?? newConfirmationCode;
  const inBatch = new Set(prepared.rows.map((r) => r.confirmationCode));
  let clashes = await repo.takenCodes(tx, [...inBatch]);
  while (clashes.length > 0) {
    const clashing = new Set(clashes);
    const redrawn: string[] = [];
    for (const row of prepared.rows) {
      if (!clashing.has(row.confirmationCode)) continue;
      row.confirmationCode = uniqueCode(inBatch, makeCode);
      redrawn.push(row.confirmationCode);
    }
    clashes = await repo.takenCodes(tx, redrawn);
  }
  await repo.insertApplicants(tx, prepared.rows, options.onProgress);
  await repo.insertFlags(tx, prepared.flags);
}

export interface DuplicateIndex {
  byDocument: Map<string, { id: string; businessId: string }>;
  byPhone: Map<string, string[]>;
  formerBeneficiaryCase: Map<string, string>;
  people: Array<{
    id: string;
    firstNames: string;
    lastNames: string;
    address: string;
    phone: string | null;
  }>;
}

/** Loads what duplicate detection needs; limited to the given people when known, else the whole organization. */
export async function loadDuplicateIndex(
  db: Executor,
  options: { organizationId: string; inputs?: TApplicantInput[] },
): Promise<DuplicateIndex> {
  const one = options.inputs?.length === 1 ? options.inputs[0] : undefined;
  // One query after the other: `db` is usually a transaction (one connection).
  const rows = await repo.duplicateCandidates(db, {
    organizationId: options.organizationId,
    ...(one
      ? {
          documentNumbers: [one.owner.documentNumber],
          phones: [one.owner.phone],
          namePrefix: {
            municipalityCode: one.owner.municipalityCode,
            prefix: matchName(one).slice(0, 3),
          },
        }
      : {}),
  });
  const former = await repo.formerBeneficiaries(db, {
    organizationId: options.organizationId,
    ...(one ? { documentNumbers: [one.owner.documentNumber] } : {}),
  });
  const index: DuplicateIndex = {
    byDocument: new Map(),
    byPhone: new Map(),
    formerBeneficiaryCase: new Map(),
    people: [],
  };
  for (const r of rows) addToIndex(index, r);
  for (const f of former) index.formerBeneficiaryCase.set(f.documentNumber, f.caseId);
  return index;
}

function addToIndex(
  index: DuplicateIndex,
  a: DuplicateIndex['people'][number] & {
    businessId: string;
    documentNumber: string;
    phone: string;
  },
) {
  if (!index.byDocument.has(a.documentNumber))
    index.byDocument.set(a.documentNumber, { id: a.id, businessId: a.businessId });
  const phones = index.byPhone.get(a.phone);
  if (phones) phones.push(a.id);
  else index.byPhone.set(a.phone, [a.id]);
  index.people.push({
    id: a.id,
    firstNames: a.firstNames,
    lastNames: a.lastNames,
    address: a.address,
    phone: a.phone,
  });
}

export interface PrepareOptions {
  call: TCall;
  organizationId: string;
  inputs: TApplicantInput[];
  channel: 'public' | 'field' | 'import';
  registeredBy: string | null;
  now: Date;
  index: DuplicateIndex;
  importKeys?: string[];
  /** Id and confirmation-code makers; the demo passes seeded ones so that it is the same every time. */
  makeId?: () => string;
  makeCode?: () => string;
}

/**
 * Turns applications into rows ready to insert, with eligibility, priority and duplicate flags.
 * Pure but for the index it reads and extends, so a file's rows are checked against each other too.
 */
export function prepareApplicants(options: PrepareOptions): {
  rows: repo.NewApplicant[];
  flags: repo.NewFlag[];
} {
  const { call, index } = options;
  const rows: repo.NewApplicant[] = [];
  const flags: repo.NewFlag[] = [];
  const territoryCodes = call.territories.map((t) => t.territoryCode);
  const fresh: DuplicateIndex['people'] = [];
  const makeCode = options.makeCode ?? newConfirmationCode;
  const codes = new Set<string>();

  options.inputs.forEach((input, i) => {
    const id = (options.makeId ?? uuidv7)();
    const businessId = (options.makeId ?? uuidv7)();
    const { owner } = input;
    const sameDocument = index.byDocument.get(owner.documentNumber);
    const formerCase = index.formerBeneficiaryCase.get(owner.documentNumber);
    // Copied: the index grows with this very row below.
    const samePhone = [...(index.byPhone.get(owner.phone) ?? [])];
    const eligibility = evaluateEligibility({
      applicant: input,
      rules: call.rules,
      territoryCodes,
      asOf: call.opensOn,
      previousBeneficiary: formerCase !== undefined,
      documents: [],
    });
    const priority = priorityScore({
      applicant: input,
      weights: call.rules.priorityWeights,
      asOf: call.opensOn,
    });
    // One object grown from the application's columns: cheaper than a spread for 100,000 rows.
    rows.push(
      Object.assign(repo.fromApplicantInput(input), {
        businessId,
        id,
        callId: call.id,
        programId: call.programId,
        organizationId: options.organizationId,
        confirmationCode: uniqueCode(codes, makeCode),
        channel: options.channel,
        registeredBy: options.registeredBy,
        fullName: matchName(input),
        territoryCode: territoryOf(call, input),
        consentVersion: CONSENT_VERSION,
        consentAt: options.now,
        submittedAt: options.now,
        verdict: eligibility.verdict,
        criteriaOutcomes: eligibility.criteria.map((c) => c.outcome),
        rulesVersion: call.rulesVersion,
        priorityScore: priority.score,
        priorityGroups: priority.groups,
        previousBeneficiary: formerCase !== undefined,
        blocked: sameDocument !== undefined,
        importKey: options.importKeys?.[i] ?? null,
      }),
    );
    const flag = (kind: string, extra: Partial<repo.NewFlag> = {}) =>
      flags.push({ businessId, applicantId: id, kind, ...extra });
    if (sameDocument) flag('same_document', { otherApplicantId: sameDocument.id });
    if (formerCase) flag('previous_beneficiary', { otherCaseId: formerCase });
    for (const other of samePhone) flag('same_phone', { otherApplicantId: other });
    const person = {
      id,
      firstNames: owner.firstNames,
      lastNames: owner.lastNames,
      address: owner.address,
      phone: owner.phone,
    };
    addToIndex(index, { ...person, businessId, documentNumber: owner.documentNumber });
    fresh.push(person);
  });

  // Similar names at similar addresses, among the new rows and against earlier applicants.
  const freshIds = new Set(fresh.map((p) => p.id));
  const byId = new Map(rows.map((r) => [r.id!, r]));
  for (const pair of findSimilarPairs(index.people)) {
    if (pair.reason !== 'similar_name_and_address') continue;
    const [mine, other] = freshIds.has(pair.b) ? [pair.b, pair.a] : [pair.a, pair.b];
    if (!freshIds.has(mine)) continue;
    const row = byId.get(mine)!;
    flags.push({
      businessId: row.businessId,
      applicantId: mine,
      kind: 'similar_name_and_address',
      otherApplicantId: other,
      score: Math.round(pair.nameScore * 100),
    });
  }
  return { rows, flags };
}
