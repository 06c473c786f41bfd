import type { ErrorCode, ErrorDetail } from '../../core/errors.js';
import { acceptLanguage, getLang } from '../i18n/lang-store.js';
import { translate } from '../i18n/translate.js';

/**
 * The one way the web app talks to the server: JSON over fetch with the session
 * cookie, `Accept-Language` following the UI language, and every failure turned
 * into an `ApiError` whose `code` the screens switch on.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** A code of core/errors.ts, or `network` when the server could not be reached. */
    readonly code: ErrorCode | 'network',
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type Query = Record<string, QueryValue>;

/** `?a=1&b=x,y` from an object; empty values and empty lists are left out. */
export function toQueryString(query?: Query): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Called on 401 from any request except the session probe, so the app can return to the login page. */
let onUnauthenticated: (() => void) | null = null;
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** Do not trigger the unauthenticated handler (the `me` probe expects 401). */
  quiet401?: boolean;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': acceptLanguage() };
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let res: Response;
  try {
    res = await fetch(path + toQueryString(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', translate(getLang(), 'common.networkError'));
  }
  if (res.ok) {
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  const error = await readError(res);
  if (error.status === 401 && !options.quiet401 && onUnauthenticated) onUnauthenticated();
  throw error;
}

async function readError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as {
      error?: { code?: ErrorCode; message?: string; details?: ErrorDetail[] };
    };
    if (data?.error?.code) {
      return new ApiError(
        res.status,
        data.error.code,
        data.error.message ?? data.error.code,
        data.error.details ?? [],
      );
    }
  } catch {
    // Not JSON (a proxy's error page, say): fall through to a generic message.
  }
  return new ApiError(
    res.status,
    res.status === 404 ? 'not_found' : 'internal',
    translate(getLang(), 'common.httpError', { status: res.status }),
  );
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** `{ items, total }` — every list endpoint answers this way. */
export type { List } from '../../core/schemas/common.js';
