import type { FieldError } from '../../../shared/errors.ts';
import i18n, { currentLanguage } from '../i18n/index.ts';

/** Error of an API call, carrying the server's code and already-translated message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  readonly retryAfterSeconds: number | undefined;
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fields?: FieldError[];
    retryAfterSeconds?: number;
    requestId?: string;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.requestId = init.requestId;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The message to show for any error: the server's text, or a generic translated one. */
export function errorMessage(error: unknown): string {
  if (isApiError(error)) return error.message;
  return i18n.t('ui.errors.unexpected');
}

type QueryValue = string | number | boolean | null | undefined;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  method?: Method;
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
}

const CSRF_COOKIE = 'palanca_csrf';
const CSRF_HEADER = 'x-csrf-token';

let unauthorizedHandler: ((error: ApiError) => void) | null = null;

/** Registers what happens on any 401 (the session module clears the user and goes to sign-in). */
export function setUnauthorizedHandler(handler: ((error: ApiError) => void) | null): void {
  unauthorizedHandler = handler;
}

function readCookie(name: string): string | null {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

let lastCsrfToken: string | null = null;
let csrfRequest: Promise<string> | null = null;

/** Asks the server for a fresh CSRF token (it also sets the cookie). Concurrent callers share one request. */
function refreshCsrf(): Promise<string> {
  csrfRequest ??= (async () => {
    try {
      const body = await send<{ csrfToken: string }>('/api/auth/csrf', { method: 'GET' }, false);
      lastCsrfToken = body.csrfToken;
      return readCookie(CSRF_COOKIE) ?? body.csrfToken;
    } finally {
      csrfRequest = null;
    }
  })();
  return csrfRequest;
}

async function csrfToken(): Promise<string> {
  return readCookie(CSRF_COOKIE) ?? lastCsrfToken ?? (await refreshCsrf());
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toApiError(status: number, payload: unknown): ApiError {
  const err = isRecord(payload) && isRecord(payload.error) ? payload.error : null;
  if (err && typeof err.code === 'string' && typeof err.message === 'string') {
    return new ApiError({
      status,
      code: err.code,
      message: err.message,
      fields: Array.isArray(err.fields) ? (err.fields as FieldError[]) : [],
      retryAfterSeconds:
        typeof err.retryAfterSeconds === 'number' ? err.retryAfterSeconds : undefined,
      requestId: typeof err.requestId === 'string' ? err.requestId : undefined,
    });
  }
  // Not our error shape (a proxy page, the server down): a generic message in the UI language.
  return new ApiError({
    status,
    code: status >= 500 || status === 0 ? 'unavailable' : 'http_error',
    message: i18n.t('ui.errors.unavailable'),
  });
}

async function send<T>(path: string, options: RequestOptions, withCsrf: boolean): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (withCsrf) headers[CSRF_HEADER] = await csrfToken();

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network', message: i18n.t('ui.errors.network') });
  }

  const text = await response.text();
  let payload: unknown = undefined;
  if (text) {
    try {
      payload = JSON.parse(text) as unknown;
    } catch {
      payload = undefined;
    }
  }
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}

/**
 * Calls the API: same-origin cookies, the UI language as Accept-Language, and for changes
 * the CSRF header (fetching a token first when there is no cookie, and retrying once when the
 * server says the token is no longer valid). Any 401 reaches the unauthorized handler.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const mutating = (options.method ?? 'GET') !== 'GET';
  try {
    try {
      return await send<T>(path, options, mutating);
    } catch (error) {
      if (mutating && isApiError(error) && error.status === 403 && error.code === 'csrf_invalid') {
        await refreshCsrf();
        return await send<T>(path, options, true);
      }
      throw error;
    }
  } catch (error) {
    if (isApiError(error) && error.status === 401) unauthorizedHandler?.(error);
    throw error;
  }
}

export interface UploadOptions {
  /** Called with the share of the file sent so far (0 to 1). */
  onProgress?: (ratio: number) => void;
  signal?: AbortSignal;
}

function sendForm<T>(path: string, form: FormData, options: UploadOptions, csrf: string) {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', currentLanguage());
    xhr.setRequestHeader(CSRF_HEADER, csrf);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let payload: unknown = undefined;
      try {
        payload = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        payload = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(payload as T);
      else reject(toApiError(xhr.status, payload));
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, code: 'network', message: i18n.t('ui.errors.network') }));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/**
 * Sends a multipart form (a file upload) with XMLHttpRequest, which reports upload progress
 * where fetch cannot; same CSRF, language and 401 handling as `api`.
 */
export async function upload<T>(
  path: string,
  form: FormData,
  options: UploadOptions = {},
): Promise<T> {
  try {
    try {
      return await sendForm<T>(path, form, options, await csrfToken());
    } catch (error) {
      if (isApiError(error) && error.status === 403 && error.code === 'csrf_invalid') {
        return await sendForm<T>(path, form, options, await refreshCsrf());
      }
      throw error;
    }
  } catch (error) {
    if (isApiError(error) && error.status === 401) unauthorizedHandler?.(error);
    throw error;
  }
}

/** Maps the server's field errors onto form paths (`scope.cities.0` → `scope.cities` when needed). */
export function formErrors(error: unknown, knownPaths: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isApiError(error)) return out;
  for (const field of error.fields) {
    let path = field.path;
    while (path && !knownPaths.includes(path)) {
      const cut = path.lastIndexOf('.');
      path = cut === -1 ? '' : path.slice(0, cut);
    }
    if (path && !(path in out)) out[path] = field.message;
  }
  return out;
}

/** Field errors that no form field shows, to list with the general message. */
export function unplacedFieldErrors(error: unknown, knownPaths: readonly string[]): string[] {
  if (!isApiError(error)) return [];
  return error.fields
    .filter((f) => !knownPaths.some((p) => f.path === p || f.path.startsWith(`${p}.`)))
    .map((f) => f.message);
}

/**
 * What a form says above its buttons after a refusal: the error's message and the field errors
 * no input shows; nothing when every field error stands next to its input.
 */
export function generalErrors(error: unknown, knownPaths: readonly string[]): string[] {
  const rest = unplacedFieldErrors(error, knownPaths);
  return rest.length > 0 || !isApiError(error) || error.fields.length === 0
    ? [errorMessage(error), ...rest]
    : [];
}
