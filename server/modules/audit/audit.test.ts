import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TestClient, type TestContext } from '../../test/app.ts';
import { createOrganization, createUser, TEST_PASSWORD } from '../../test/factories.ts';
import { users } from '../auth/auth.table.ts';
import { auditEvents } from './audit.table.ts';
import { recordAudit } from './audit.service.ts';

describe('audit log', () => {
  let ctx: TestContext;
  let admin: TestClient;
  let orgId: string;
  let adminId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    orgId = (await createOrganization(ctx.db)).id;
    adminId = (
      await createUser(ctx.db, { organizationId: orgId, email: 'admin@audit.test', isAdmin: true })
    ).id;
    admin = new TestClient(ctx.app);
    await admin.signIn('admin@audit.test', TEST_PASSWORD);
  });
  afterAll(() => ctx.close());

  it('records who, what, when and before → after, without secrets', async () => {
    const created = await admin.post('/api/users', {
      email: 'nuevo@audit.test',
      name: 'Nuevo',
      password: 'clave suficientemente larga',
    });
    expect(created.statusCode).toBe(201);
    const userId = created.json().id as string;
    await admin.post(`/api/users/${userId}/disable`);

    const page = await admin.get(`/api/audit?entityType=user&entityId=${userId}`);
    expect(page.statusCode).toBe(200);
    const events = page.json().items as Array<{
      action: string;
      actor: { id: string };
      before: unknown;
      after: unknown;
      at: string;
    }>;
    expect(events.map((e) => e.action)).toEqual(['user.disable', 'user.create']);
    expect(events[0]).toMatchObject({
      actor: { id: adminId },
      before: { disabled: false },
      after: { disabled: true, sessionsRevoked: 0 },
    });
    expect(events[1]!.after).toMatchObject({ email: 'nuevo@audit.test' });
    expect(JSON.stringify(events)).not.toMatch(/passwordHash|scrypt\$/);
  });

  it('filters by action, actor and time range, and pages', async () => {
    const byAction = (await admin.get('/api/audit?action=auth.login')).json();
    expect(byAction.total).toBeGreaterThanOrEqual(1);
    expect(byAction.items.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);
    const byActor = (await admin.get(`/api/audit?actorId=${adminId}&pageSize=1`)).json();
    expect(byActor.items).toHaveLength(1);
    expect(byActor.total).toBeGreaterThan(1);
    const future = (
      await admin.get(`/api/audit?from=${encodeURIComponent('2100-01-01T00:00:00Z')}`)
    ).json();
    expect(future.total).toBe(0);
    const bad = await admin.get('/api/audit?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('from');
  });

  it('rolls back with the change: a failed mutation leaves neither data nor an event', async () => {
    const before = await ctx.db.select().from(auditEvents);
    const dup = await admin.post('/api/users', {
      email: 'nuevo@audit.test',
      name: 'Otra vez',
      password: 'clave suficientemente larga',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.fields[0].path).toBe('email');
    const after = await ctx.db.select().from(auditEvents);
    expect(after.length).toBe(before.length);

    await expect(
      ctx.db.transaction(async (tx) => {
        await tx.update(users).set({ name: 'Cambiado' }).where(eq(users.id, adminId));
        await recordAudit({
          tx,
          actor: { userId: adminId, organizationId: orgId, requestId: 'rollback-test', ip: null },
          action: 'user.rename',
          entityType: 'user',
          entityId: adminId,
        });
        throw new Error('crash mid-way');
      }),
    ).rejects.toThrow('crash mid-way');
    expect(
      await ctx.db.select().from(auditEvents).where(eq(auditEvents.requestId, 'rollback-test')),
    ).toEqual([]);
    const [row] = await ctx.db.select().from(users).where(eq(users.id, adminId));
    expect(row!.name).not.toBe('Cambiado');
  });
});
