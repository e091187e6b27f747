import { ROLES, type Role } from '../../shared/roles.ts';
import type { Db } from '../db/client.ts';
import {
  addMembership,
  createApplicant,
  createCall,
  createCase,
  createOrganization,
  createProgram,
  createUser,
  TEST_PASSWORD,
} from './factories.ts';

/**
 * Two organizations. Org A runs program P in Bucaramanga (68001) and Cúcuta (54001) with one user
 * per role; org B runs program Q. Cases: `inCase` in Bucaramanga belongs to the facilitator, mentor
 * and owner of org A; `outCase` in Cúcuta belongs to nobody of theirs.
 */
export async function buildWorld(db: Db) {
  const orgA = await createOrganization(db, { name: 'Organización A' });
  const orgB = await createOrganization(db, { name: 'Organización B secreta' });
  const programP = await createProgram(db, {
    organizationId: orgA.id,
    code: 'PRG-A',
    cities: [
      { municipalityCode: '68001', goal: 50 },
      { municipalityCode: '54001', goal: 40 },
    ],
  });
  const programQ = await createProgram(db, {
    organizationId: orgB.id,
    code: 'PRG-B',
    cities: [{ municipalityCode: '11001' }],
  });

  const users = {} as Record<Role, Awaited<ReturnType<typeof createUser>>>;
  for (const role of ROLES) {
    users[role] = await createUser(db, {
      organizationId: orgA.id,
      email: `${role}@a.test`,
      name: `Persona ${role}`,
      isAdmin: role === 'admin',
    });
    if (role === 'admin') continue;
    const territorial = role === 'supervisor' || role === 'case_coordinator';
    await addMembership(db, {
      userId: users[role].id,
      programId: programP.id,
      role,
      ...(territorial ? { cities: ['68001'] } : {}),
    });
  }
  const otherFacilitator = await createUser(db, {
    organizationId: orgA.id,
    email: 'other-facilitator@a.test',
  });
  await addMembership(db, {
    userId: otherFacilitator.id,
    programId: programP.id,
    role: 'facilitator',
  });
  const outsider = await createUser(db, {
    organizationId: orgB.id,
    email: 'outsider@b.test',
    name: 'Persona de B',
    isAdmin: true,
  });

  const inCase = await createCase(db, {
    organizationId: orgA.id,
    programId: programP.id,
    municipalityCode: '68001',
    facilitatorId: users.facilitator.id,
    supervisorId: users.supervisor.id,
    mentorId: users.mentor.id,
    ownerUserId: users.owner.id,
  });
  const outCase = await createCase(db, {
    organizationId: orgA.id,
    programId: programP.id,
    municipalityCode: '54001',
    facilitatorId: otherFacilitator.id,
    status: 'withdrawn',
  });
  const bCase = await createCase(db, {
    organizationId: orgB.id,
    programId: programQ.id,
    municipalityCode: '11001',
  });

  const callP = await createCall(db, {
    programId: programP.id,
    code: 'CALL-A',
    territories: [
      { territoryCode: '68001', goal: 1 },
      { territoryCode: '54001', goal: 1 },
    ],
  });
  const callQ = await createCall(db, {
    programId: programQ.id,
    code: 'CALL-B',
    territories: [{ territoryCode: '11001', goal: 1 }],
  });
  const inApplicant = await createApplicant(db, {
    call: callP,
    organizationId: orgA.id,
    municipalityCode: '68001',
    registeredBy: users.facilitator.id,
  });
  const outApplicant = await createApplicant(db, {
    call: callP,
    organizationId: orgA.id,
    municipalityCode: '54001',
    registeredBy: otherFacilitator.id,
  });
  const bApplicant = await createApplicant(db, {
    call: callQ,
    organizationId: orgB.id,
    municipalityCode: '11001',
  });

  return {
    callP,
    callQ,
    inApplicant,
    outApplicant,
    bApplicant,
    orgA,
    orgB,
    programP,
    programQ,
    users,
    otherFacilitator,
    outsider,
    inCase,
    outCase,
    bCase,
    password: TEST_PASSWORD,
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;
