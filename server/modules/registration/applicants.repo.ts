import { and, asc, count, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { anyOf, arrayParam, bulkInsert, readMany } from '../../db/bulk.ts';
import type { TApplicantInput } from '../../../shared/schemas/registration.ts';
import type { Executor } from '../../db/client.ts';
import { cases, owners } from '../cases/cases.table.ts';
import { applicantDocuments, applicantFlags, applicants } from './registration.table.ts';

export type ApplicantRow = typeof applicants.$inferSelect;
export type NewApplicant = typeof applicants.$inferInsert;
export type NewFlag = typeof applicantFlags.$inferInsert;

/** The columns that hold what the applicant declared, for selects that need the application. */
export const inputColumns = {
  documentType: applicants.documentType,
  documentNumber: applicants.documentNumber,
  firstNames: applicants.firstNames,
  lastNames: applicants.lastNames,
  sex: applicants.sex,
  birthDate: applicants.birthDate,
  phone: applicants.phone,
  email: applicants.email,
  address: applicants.address,
  municipalityCode: applicants.municipalityCode,
  localityCode: applicants.localityCode,
  headOfHouseholdMother: applicants.headOfHouseholdMother,
  disability: applicants.disability,
  conflictVictim: applicants.conflictVictim,
  ethnicGroup: applicants.ethnicGroup,
  businessName: applicants.businessName,
  ciiuCode: applicants.ciiuCode,
  businessStartedOn: applicants.businessStartedOn,
  hasPremises: applicants.hasPremises,
  hasRut: applicants.hasRut,
  hasChamberRegistration: applicants.hasChamberRegistration,
  workersTotal: applicants.workersTotal,
  workersWomen: applicants.workersWomen,
  monthlySales: applicants.monthlySales,
  greenPractices: applicants.greenPractices,
  culturalCreative: applicants.culturalCreative,
};
export type InputColumns = Pick<ApplicantRow, keyof typeof inputColumns>;

/** An application as the API and the rules see it, from its columns. */
export function toApplicantInput(r: InputColumns): TApplicantInput {
  return {
    owner: {
      documentType: r.documentType as TApplicantInput['owner']['documentType'],
      documentNumber: r.documentNumber,
      firstNames: r.firstNames,
      lastNames: r.lastNames,
      sex: r.sex as TApplicantInput['owner']['sex'],
      birthDate: r.birthDate,
      phone: r.phone,
      email: r.email,
      address: r.address,
      municipalityCode: r.municipalityCode,
      localityCode: r.localityCode,
      headOfHouseholdMother: r.headOfHouseholdMother,
      disability: r.disability,
      conflictVictim: r.conflictVictim,
      ethnicGroup: r.ethnicGroup as TApplicantInput['owner']['ethnicGroup'],
    },
    business: {
      name: r.businessName,
      ciiuCode: r.ciiuCode,
      startedOn: r.businessStartedOn,
      hasPremises: r.hasPremises,
      hasRut: r.hasRut,
      hasChamberRegistration: r.hasChamberRegistration,
      workersTotal: r.workersTotal,
      workersWomen: r.workersWomen,
      monthlySales: r.monthlySales,
      greenPractices: r.greenPractices,
      culturalCreative: r.culturalCreative,
    },
  };
}

/** The columns of an application (the inverse of `toApplicantInput`). */
export function fromApplicantInput({ owner, business }: TApplicantInput): InputColumns {
  return {
    documentType: owner.documentType,
    documentNumber: owner.documentNumber,
    firstNames: owner.firstNames,
    lastNames: owner.lastNames,
    sex: owner.sex,
    birthDate: owner.birthDate,
    phone: owner.phone,
    email: owner.email,
    address: owner.address,
    municipalityCode: owner.municipalityCode,
    localityCode: owner.localityCode,
    headOfHouseholdMother: owner.headOfHouseholdMother,
    disability: owner.disability,
    conflictVictim: owner.conflictVictim,
    ethnicGroup: owner.ethnicGroup,
    businessName: business.name,
    ciiuCode: business.ciiuCode,
    businessStartedOn: business.startedOn,
    hasPremises: business.hasPremises,
    hasRut: business.hasRut,
    hasChamberRegistration: business.hasChamberRegistration,
    workersTotal: business.workersTotal,
    workersWomen: business.workersWomen,
    monthlySales: business.monthlySales,
    greenPractices: business.greenPractices,
    culturalCreative: business.culturalCreative,
  };
}

export async function insertApplicants(
  db: Executor,
  rows: NewApplicant[],
  onBatch?: (done: number) => void,
) {
  await bulkInsert(db, applicants, rows, { onChunk: onBatch });
}

export async function insertFlags(db: Executor, rows: NewFlag[]) {
  await bulkInsert(db, applicantFlags, rows);
}

/** Which of these confirmation codes some application already holds. */
export async function takenCodes(db: Executor, codes: string[]) {
  if (codes.length === 0) return [];
  const rows = await db
    .select({ code: applicants.confirmationCode })
    .from(applicants)
    .where(sql`${applicants.confirmationCode} = any(${sql.param(`{${codes.join(',')}}`)}::text[])`);
  return rows.map((r) => r.code);
}

export async function documentsInCall(db: Executor, callId: string) {
  const rows = await db
    .select({ documentNumber: applicants.documentNumber })
    .from(applicants)
    .where(eq(applicants.callId, callId));
  return rows.map((r) => r.documentNumber);
}

/** What duplicate detection needs about the organization's earlier applicants. */
export async function duplicateCandidates(
  db: Executor,
  options: {
    organizationId: string;
    documentNumbers?: string[];
    phones?: string[];
    namePrefix?: { municipalityCode: string; prefix: string };
  },
) {
  const any: SQL[] = [];
  if (options.documentNumbers)
    any.push(inArray(applicants.documentNumber, options.documentNumbers));
  if (options.phones) any.push(inArray(applicants.phone, options.phones));
  if (options.namePrefix) {
    any.push(
      and(
        eq(applicants.municipalityCode, options.namePrefix.municipalityCode),
        ilike(applicants.fullName, `${options.namePrefix.prefix.replace(/[%_\\]/g, '')}%`),
      )!,
    );
  }
  const filter =
    options.documentNumbers || options.phones || options.namePrefix ? or(...any) : undefined;
  return db
    .select({
      id: applicants.id,
      businessId: applicants.businessId,
      callId: applicants.callId,
      documentNumber: applicants.documentNumber,
      phone: applicants.phone,
      firstNames: applicants.firstNames,
      lastNames: applicants.lastNames,
      address: applicants.address,
    })
    .from(applicants)
    .where(and(eq(applicants.organizationId, options.organizationId), filter));
}

/** Owners of the organization's earlier cases (former beneficiaries), by document number. */
export async function formerBeneficiaries(
  db: Executor,
  options: { organizationId: string; documentNumbers?: string[] },
) {
  return db
    .select({ documentNumber: owners.documentNumber, caseId: cases.id })
    .from(owners)
    .innerJoin(cases, eq(cases.businessId, owners.businessId))
    .where(
      and(
        sql`${owners.businessId} in (select id from businesses where organization_id = ${options.organizationId})`,
        options.documentNumbers
          ? inArray(owners.documentNumber, options.documentNumbers)
          : undefined,
      ),
    );
}

export async function findApplicant(
  db: Executor,
  options: { callId: string; applicantId: string; scope: SQL },
) {
  const [row] = await db
    .select()
    .from(applicants)
    .where(
      and(
        eq(applicants.id, options.applicantId),
        eq(applicants.callId, options.callId),
        options.scope,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function findApplicantByCode(db: Executor, confirmationCode: string) {
  const [row] = await db
    .select()
    .from(applicants)
    .where(eq(applicants.confirmationCode, confirmationCode))
    .limit(1);
  return row ?? null;
}

export interface ApplicantFilter {
  callId: string;
  scope: SQL;
  territoryCode?: string | undefined;
  verdict?: string | undefined;
  selection?: string | undefined;
  flagged?: boolean | undefined;
  q?: string | undefined;
}

function filterConditions(f: ApplicantFilter) {
  const c: Array<SQL | undefined> = [eq(applicants.callId, f.callId), f.scope];
  if (f.territoryCode) c.push(eq(applicants.territoryCode, f.territoryCode));
  if (f.verdict) c.push(eq(applicants.verdict, f.verdict));
  if (f.selection) c.push(eq(applicants.selection, f.selection));
  if (f.flagged) {
    c.push(
      sql`exists (select 1 from ${applicantFlags} where ${applicantFlags.applicantId} = ${applicants.id} and ${applicantFlags.status} = 'open')`,
    );
  }
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '')}%`;
    c.push(
      or(
        ilike(applicants.fullName, like),
        ilike(applicants.documentNumber, like),
        ilike(applicants.confirmationCode, like),
      ),
    );
  }
  return and(...c);
}

export async function listApplicants(
  db: Executor,
  filter: ApplicantFilter,
  page: { limit: number; offset: number },
) {
  const where = filterConditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(applicants)
      .where(where)
      .orderBy(desc(applicants.submittedAt), asc(applicants.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(applicants).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listFlags(db: Executor, applicantIds: string[]) {
  if (applicantIds.length === 0) return [];
  return db.select().from(applicantFlags).where(inArray(applicantFlags.applicantId, applicantIds));
}

export async function listDocuments(db: Executor, applicantId: string) {
  return db
    .select()
    .from(applicantDocuments)
    .where(eq(applicantDocuments.applicantId, applicantId))
    .orderBy(asc(applicantDocuments.createdAt));
}

/** Everything a re-evaluation needs about a call's applicants, in one read. */
export async function applicantsForEvaluation(
  db: Executor,
  options: { callId: string; ids?: string[] | undefined },
) {
  return readMany(db, {
    fields: {
      ...inputColumns,
      id: applicants.id,
      previousBeneficiary: applicants.previousBeneficiary,
      verdict: applicants.verdict,
      criteriaOutcomes: applicants.criteriaOutcomes,
      rulesVersion: applicants.rulesVersion,
      priorityScore: applicants.priorityScore,
      priorityGroups: applicants.priorityGroups,
    },
    from: applicants,
    where: and(
      eq(applicants.callId, options.callId),
      options.ids ? anyOf(applicants.id, options.ids, 'uuid') : undefined,
    ),
  });
}

export async function documentStatuses(
  db: Executor,
  options: { callId: string; ids?: string[] | undefined },
) {
  return db
    .select({
      applicantId: applicantDocuments.applicantId,
      kind: applicantDocuments.kind,
      status: applicantDocuments.status,
    })
    .from(applicantDocuments)
    .innerJoin(applicants, eq(applicants.id, applicantDocuments.applicantId))
    .where(
      and(
        eq(applicants.callId, options.callId),
        options.ids ? anyOf(applicants.id, options.ids, 'uuid') : undefined,
      ),
    );
}

/** Writes new evaluations in chunks, each one statement over arrays of values. */
export async function updateEvaluations(
  db: Executor,
  rows: Array<{
    id: string;
    verdict: string;
    criteriaOutcomes: string[];
    rulesVersion: number;
    priorityScore: number;
    priorityGroups: string[];
  }>,
) {
  const CHUNK = 5000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK);
    // Array columns travel as text (one array literal per row), cast back below.
    await db.execute(sql`
      update ${applicants} set
        verdict = r.verdict,
        criteria_outcomes = r.outcomes::text[],
        rules_version = r.rules_version,
        priority_score = r.score,
        priority_groups = r.groups::text[],
        version = ${applicants.version} + 1
      from unnest(
        ${arrayParam(
          part.map((r) => r.id),
          'uuid',
        )},
        ${arrayParam(
          part.map((r) => r.verdict),
          'text',
        )},
        ${arrayParam(
          part.map((r) => r.criteriaOutcomes),
          'text',
        )},
        ${arrayParam(
          part.map((r) => r.rulesVersion),
          'int',
        )},
        ${arrayParam(
          part.map((r) => r.priorityScore),
          'int',
        )},
        ${arrayParam(
          part.map((r) => r.priorityGroups),
          'text',
        )}
      ) as r(id, verdict, outcomes, rules_version, score, groups)
      where ${applicants.id} = r.id`);
  }
}

export async function resolveFlag(
  db: Executor,
  options: { flagId: string; status: string; resolvedBy: string | null; note: string },
) {
  await db
    .update(applicantFlags)
    .set({
      status: options.status,
      resolvedBy: options.resolvedBy,
      resolvedAt: new Date(),
      resolutionNote: options.note,
    })
    .where(eq(applicantFlags.id, options.flagId));
}

export async function setBlockAndHistory(
  db: Executor,
  options: { id: string; blocked: boolean; previousBeneficiary: boolean | null },
) {
  await db
    .update(applicants)
    .set({
      blocked: options.blocked,
      previousBeneficiary: options.previousBeneficiary,
      version: sql`${applicants.version} + 1`,
    })
    .where(eq(applicants.id, options.id));
}

/** Eligible, unblocked applicants of a call for selection, in one territory. */
export async function selectionCandidates(
  db: Executor,
  options: { callId: string; territoryCode: string },
) {
  return readMany(db, {
    fields: {
      id: applicants.id,
      businessId: applicants.businessId,
      territoryCode: applicants.territoryCode,
      verdict: applicants.verdict,
      score: applicants.priorityScore,
      submittedAt: applicants.submittedAt,
      selection: applicants.selection,
      blocked: applicants.blocked,
      firstNames: applicants.firstNames,
      lastNames: applicants.lastNames,
    },
    from: applicants,
    where: and(
      eq(applicants.callId, options.callId),
      eq(applicants.territoryCode, options.territoryCode),
    ),
  });
}

/** Sets the selection of many applicants in one statement (ids and ranks travel as two arrays). */
export async function markSelection(
  db: Executor,
  options: {
    ids: string[];
    selection: 'selected' | 'waitlisted' | 'none';
    decisionId: string | null;
    ranks: Map<string, number>;
  },
) {
  if (options.ids.length === 0) return;
  const ranks = options.ids.map((id) => options.ranks.get(id) ?? 0);
  await db.execute(sql`
    update ${applicants} set
      selection = ${options.selection},
      selection_decision_id = ${options.decisionId},
      selection_rank = r.rank,
      version = ${applicants.version} + 1
    from unnest(${arrayParam(options.ids, 'uuid')}, ${arrayParam(ranks, 'int')}) as r(id, rank)
    where ${applicants.id} = r.id`);
}

/** Links applicants to the cases made from them, in one statement. */
export async function setApplicantCases(
  db: Executor,
  links: Array<{ applicantId: string; caseId: string }>,
) {
  if (links.length === 0) return;
  await db.execute(sql`
    update ${applicants} set case_id = l.case_id
    from unnest(${arrayParam(
      links.map((l) => l.applicantId),
      'uuid',
    )}, ${arrayParam(
      links.map((l) => l.caseId),
      'uuid',
    )}) as l(id, case_id)
    where ${applicants.id} = l.id`);
}

export async function insertDocument(db: Executor, values: typeof applicantDocuments.$inferInsert) {
  const [row] = await db
    .insert(applicantDocuments)
    .values(values)
    .returning({ id: applicantDocuments.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export async function reviewDocument(
  db: Executor,
  options: { id: string; status: string; reason: string | null; reviewedBy: string | null },
) {
  await db
    .update(applicantDocuments)
    .set({
      status: options.status,
      rejectionReason: options.reason,
      reviewedBy: options.reviewedBy,
      reviewedAt: new Date(),
    })
    .where(eq(applicantDocuments.id, options.id));
}

export async function applicantsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(applicants)
    .where(anyOf(applicants.id, ids, 'uuid'));
}
