import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './test/app.ts';

describe('API surface', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  it('publishes an OpenAPI 3 document generated from the Zod schemas', async () => {
    const res = await ctx.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const login = doc.paths['/api/auth/login'].post;
    const schema = login.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['email', 'password']);
    expect(schema.additionalProperties).toBe(false);
    // Every catalogued route is documented.
    for (const route of ctx.app.routeCatalog.filter((r) => r.url !== '/api/openapi.json')) {
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(
        doc.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${route.url}`,
      ).toBeDefined();
    }
  });

  it('serves the interactive documentation', async () => {
    const res = await ctx.app.inject({ url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('swagger');
  });

  it('answers unknown API paths with a JSON 404 in the caller’s language', async () => {
    const res = await ctx.app.inject({
      url: '/api/nothing-here',
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'not_found',
      message: 'What you are looking for was not found.',
    });
  });
});
