import { ZCreateUserBody, ZMembershipBody } from '../../shared/schemas/users.ts';
import { loadConfig } from '../config.ts';
import { validationMessage } from '../http/validation-messages.ts';
import type { Actor } from '../http/context.ts';
import { resolveOrganization } from '../modules/auth/organizations.service.ts';
import { createUser, setMembership } from '../modules/auth/users.service.ts';
import { findProgramByCode } from '../modules/programs/programs.repo.ts';
import { openConfiguredDatabase } from '../runtime.ts';

interface Options {
  email: string;
  name: string;
  password?: string;
  organization?: string;
  organizationName?: string;
  admin: boolean;
  program?: string;
  role?: string;
  cities?: string;
  locale: string;
}

export async function createUserCommand(opts: Options) {
  if (!opts.password)
    throw new Error('Give a password with --password or the PALANCA_PASSWORD variable.');
  const body = ZCreateUserBody.safeParse({
    email: opts.email,
    name: opts.name,
    password: opts.password,
    locale: opts.locale,
    isAdmin: opts.admin,
  });
  if (!body.success) {
    const problems = body.error.issues.map(
      (i) =>
        `${i.path.join('.')}: ${validationMessage('en', { code: i.code, message: i.message, params: { ...i } })}`,
    );
    throw new Error(problems.join('; '));
  }
  if ((opts.program && !opts.role) || (!opts.program && opts.role))
    throw new Error('--program and --role go together.');

  const database = await openConfiguredDatabase(loadConfig());
  try {
    const cli: Actor = { userId: null, organizationId: null, requestId: 'cli', ip: null };
    const org = await resolveOrganization({
      db: database.db,
      actor: cli,
      slug: opts.organization,
      createName: opts.organizationName,
    });
    const actor = { ...cli, organizationId: org.id };
    let user = await createUser({
      db: database.db,
      actor,
      organizationId: org.id,
      body: body.data,
    });
    if (opts.program && opts.role) {
      const program = await findProgramByCode(database.db, org.id, opts.program);
      if (!program) throw new Error(`No program "${opts.program}" in ${org.slug}.`);
      const cities = opts.cities ? opts.cities.split(',').map((c) => c.trim()) : [];
      const membership = ZMembershipBody.parse({
        role: opts.role,
        ...(cities.length > 0 ? { scope: { type: 'territory', cities } } : {}),
      });
      user = await setMembership({
        db: database.db,
        actor,
        organizationId: org.id,
        userId: user.id,
        programId: program.id,
        body: membership,
      });
    }
    console.log(
      `Created ${user.email} in ${org.slug}${user.memberships.map((m) => `, ${m.role} in ${m.programCode}`).join('')}.`,
    );
  } finally {
    await database.close();
  }
}
