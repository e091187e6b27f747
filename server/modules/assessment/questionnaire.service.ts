import {
  DEFAULT_ASSESSMENT_SETTINGS,
  DEFAULT_QUESTIONNAIRE,
} from '../../../shared/domain/assessment/standard.ts';
import { questionsOf } from '../../../shared/domain/assessment/definition.ts';
import {
  ZAssessmentSettings,
  ZQuestionnaireDefinition,
  type TAssessmentSettings,
  type TQuestionnaireDefinition,
  type TQuestionnaireVersion,
} from '../../../shared/schemas/assessment.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor, ProgramAccess } from '../../http/context.ts';
import { AppError, invalidFields, notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import * as repo from './assessment.repo.ts';

/**
 * Questionnaire versions never change once written, so their parsed definitions are kept in
 * memory by program and version (a batch of thousands of assessments parses each one once).
 */
const definitions = new Map<string, TQuestionnaireDefinition>();

function parsed(programId: string, version: number, raw: unknown): TQuestionnaireDefinition {
  const key = `${programId}:${version}`;
  let def = definitions.get(key);
  if (!def) {
    def = ZQuestionnaireDefinition.parse(raw);
    definitions.set(key, def);
  }
  return def;
}

export interface LoadedQuestionnaire {
  version: number;
  definition: TQuestionnaireDefinition;
  createdAt: Date | null;
  createdBy: string | null;
}

/** Until a program publishes its own, its questionnaire is the standard one as version 1. */
const standard: LoadedQuestionnaire = {
  version: 1,
  definition: DEFAULT_QUESTIONNAIRE,
  createdAt: null,
  createdBy: null,
};

function loaded(row: NonNullable<Awaited<ReturnType<typeof repo.latestQuestionnaire>>>) {
  return {
    version: row.version,
    definition: parsed(row.programId, row.version, row.definition),
    createdAt: row.createdAt,
    createdBy: row.createdBy,
  };
}

/** A version of the program's questionnaire, or its latest; 404 for a version that never was. */
export async function loadQuestionnaire(
  db: Executor,
  programId: string,
  version?: number,
): Promise<LoadedQuestionnaire> {
  const row =
    version === undefined
      ? await repo.latestQuestionnaire(db, programId)
      : await repo.questionnaireVersion(db, programId, version);
  if (row) return loaded(row);
  if (version === undefined || version === 1) return standard;
  throw notFound();
}

/** The latest version as a stored row (writes the standard one as version 1 the first time). */
export async function ensureQuestionnaire(
  tx: Executor,
  programId: string,
): Promise<LoadedQuestionnaire> {
  const latest = await repo.latestQuestionnaire(tx, programId);
  if (latest) return loaded(latest);
  await repo.insertQuestionnaire(tx, {
    programId,
    version: 1,
    definition: DEFAULT_QUESTIONNAIRE,
    createdBy: null,
  });
  return loaded((await repo.latestQuestionnaire(tx, programId))!);
}

export async function loadAssessmentSettings(
  db: Executor,
  programId: string,
): Promise<TAssessmentSettings> {
  const saved = await repo.savedSettings(db, programId);
  if (!saved) throw notFound();
  // Saved settings were validated when saved; parsing again keeps old rows honest after upgrades.
  const result = saved.settings ? ZAssessmentSettings.safeParse(saved.settings) : null;
  return result?.success ? result.data : DEFAULT_ASSESSMENT_SETTINGS;
}

async function versionOut(db: Executor, q: LoadedQuestionnaire): Promise<TQuestionnaireVersion> {
  return {
    version: q.version,
    definition: q.definition,
    createdAt: (q.createdAt ?? new Date(0)).toISOString(),
    createdByName: await repo.userName(db, q.createdBy),
  };
}

export async function getQuestionnaire(options: {
  db: Db;
  access: ProgramAccess;
  version?: number;
}) {
  const { db, access } = options;
  return versionOut(db, await loadQuestionnaire(db, access.programId, options.version));
}

export async function listQuestionnaireVersions(options: { db: Db; access: ProgramAccess }) {
  const rows = await repo.questionnaireVersions(options.db, options.access.programId);
  if (rows.length === 0)
    return [
      {
        version: 1,
        createdAt: new Date(0).toISOString(),
        createdByName: null,
        questions: questionsOf(DEFAULT_QUESTIONNAIRE).length,
      },
    ];
  return rows.map((r) => ({
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
    questions: r.definition.sections.reduce((n, s) => n + s.questions.length, 0),
  }));
}

/** Publishes a new version; drafts under the old one keep it, new assessments use this one. */
export async function publishQuestionnaire(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  definition: TQuestionnaireDefinition;
}) {
  const { access } = options;
  const published = await options.db.transaction(async (tx) => {
    const latest = await ensureQuestionnaire(tx, access.programId);
    const row = await repo.insertQuestionnaire(tx, {
      programId: access.programId,
      version: latest.version + 1,
      definition: options.definition,
      createdBy: options.actor.userId,
    });
    // Someone published the same version number a moment ago: they should look at it first.
    if (!row) throw new AppError('conflict');
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'questionnaire.publish',
      entityType: 'questionnaire',
      entityId: row.id,
      programId: access.programId,
      after: { version: row.version, questions: questionsOf(options.definition).length },
    });
    return loaded(row);
  });
  return versionOut(options.db, published);
}

export function getAssessmentSettings(options: { db: Db; access: ProgramAccess }) {
  return loadAssessmentSettings(options.db, options.access.programId);
}

/** Saves the settings; plan templates may only name levers of the current questionnaire. */
export async function saveAssessmentSettings(options: {
  db: Db;
  actor: Actor;
  access: ProgramAccess;
  body: TAssessmentSettings;
}) {
  const { access, body } = options;
  return options.db.transaction(async (tx) => {
    const before = await loadAssessmentSettings(tx, access.programId);
    const questionnaire = await loadQuestionnaire(tx, access.programId);
    const levers = new Set(questionnaire.definition.levers.map((l) => l.id));
    const problems = body.templates.flatMap((t, i) =>
      levers.has(t.lever) ? [] : [{ path: `templates.${i}.lever`, code: 'template_lever_unknown' }],
    );
    if (problems.length > 0) throw invalidFields(problems);
    await repo.saveSettings(tx, access.programId, body);
    await recordAudit({
      tx,
      actor: options.actor,
      action: 'assessment_settings.update',
      entityType: 'program',
      entityId: access.programId,
      programId: access.programId,
      before: { ...before, templates: before.templates.length },
      after: { ...body, templates: body.templates.length },
    });
    return body;
  });
}
