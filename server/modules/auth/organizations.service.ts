import type { Db } from '../../db/client.ts';
import type { Actor } from '../../http/context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { insertOrganization, listOrganizations } from './auth.repo.ts';

/** Finds an organization by slug, the only one when no slug is given, or creates it when a name is given. */
export async function resolveOrganization(options: {
  db: Db;
  actor: Actor;
  slug?: string | undefined;
  createName?: string | undefined;
}) {
  const all = await listOrganizations(options.db);
  const found = options.slug
    ? all.find((o) => o.slug === options.slug)
    : all.length === 1
      ? all[0]
      : undefined;
  if (found) return found;
  if (!options.createName) {
    throw new Error(
      options.slug
        ? `No organization "${options.slug}"; add --organization-name to create it.`
        : `Say which organization with --organization (${all.map((o) => o.slug).join(', ') || 'none yet: add --organization <slug> --organization-name <name>'}).`,
    );
  }
  const slug =
    options.slug ??
    options.createName
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return options.db.transaction(async (tx) => {
    const org = await insertOrganization(tx, { name: options.createName!, slug });
    await recordAudit({
      tx,
      actor: options.actor,
      organizationId: org.id,
      action: 'organization.create',
      entityType: 'organization',
      entityId: org.id,
      after: org,
    });
    return org;
  });
}
