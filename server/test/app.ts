import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import { loadConfig, type Config } from '../config.ts';
import type { Database, Db } from '../db/client.ts';
import { CSRF_COOKIE, CSRF_HEADER } from '../http/csrf.ts';
import { SESSION_COOKIE } from '../http/auth-hooks.ts';
import { openTestDatabase } from './database.ts';

export const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  db: Db;
  config: Config;
  close(): Promise<void>;
}

export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const database = await openTestDatabase();
  // Uploads go to a temporary data directory, never into the working tree.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'palanca-test-'));
  const config = {
    ...loadConfig({
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
      READ_CACHE_SECONDS: '0',
    }),
    ...overrides,
  };
  const app = await buildApp({
    database,
    config,
    secret: TEST_SECRET,
    logger: false,
    webDir: '/nonexistent',
  });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    config,
    close: async () => {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function parseSetCookies(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of res.cookies) out[c.name] = c.value;
  return out;
}

/** A POST of one file as multipart/form-data field `file`. */
export function multipartRequest(
  url: string,
  filename: string,
  bytes: Uint8Array,
  fields: Record<string, string> = {},
): InjectOptions {
  const boundary = `----palanca${Math.random().toString(16).slice(2)}`;
  // Text fields go first, so the server has them when the file arrives.
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const head = Buffer.from(
    parts.join('') +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const payload = Buffer.concat([head, Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return {
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A browser-like client for `app.inject`: keeps cookies and sends the CSRF header on writes. */
export class TestClient {
  readonly cookies: Record<string, string> = {};
  private readonly app: FastifyInstance;
  locale: 'es' | 'en' = 'es';

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const writes = !['GET', 'HEAD', 'OPTIONS'].includes(method);
    if (writes && options.csrf !== false && !this.cookies[CSRF_COOKIE]) {
      await this.request({ method: 'GET', url: '/api/auth/csrf' });
    }
    const headers: Record<string, string> = {
      'accept-language': this.locale,
      ...(options.headers as Record<string, string>),
    };
    if (writes && options.csrf !== false && this.cookies[CSRF_COOKIE])
      headers[CSRF_HEADER] = this.cookies[CSRF_COOKIE];
    const cookieHeader = Object.entries(this.cookies)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
    if (cookieHeader) headers.cookie = cookieHeader;
    const res = await this.app.inject({
      ...options,
      method: method as InjectOptions['method'],
      headers,
    });
    Object.assign(this.cookies, parseSetCookies(res));
    return res;
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: unknown) {
    return this.request({
      method: 'POST',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  put(url: string, payload?: unknown) {
    return this.request({
      method: 'PUT',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  patch(url: string, payload?: unknown) {
    return this.request({
      method: 'PATCH',
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }

  /** Sends one file as multipart/form-data field `file`. */
  upload(url: string, filename: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
    return this.request(multipartRequest(url, filename, bytes, fields));
  }

  async signIn(email: string, password: string) {
    const res = await this.post('/api/auth/login', { email, password });
    if (res.statusCode !== 200)
      throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
    return res;
  }

  get sessionToken() {
    return this.cookies[SESSION_COOKIE];
  }
}
