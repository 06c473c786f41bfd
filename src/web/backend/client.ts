import { ERRORS, type ErrorCode, type ErrorDetail } from '../../core/errors.js';
import { errorProse } from '../../core/field-labels.js';
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
      const details = data.error.details ?? [];
      // Worded here from the code and details, the same way the server words it
      // (core/field-labels.ts), so the field is named by its label in the UI's language.
      const message =
        data.error.code in ERRORS ? errorProse(data.error.code, details, getLang()) : data.error.message;
      return new ApiError(res.status, data.error.code, message ?? data.error.code, details);
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

/** Uploads one file to an item as multipart form data (the server judges its kind by content). */
export async function uploadFile<T>(path: string, file: Blob, name: string): Promise<T> {
  const form = new FormData();
  form.append('file', file, name);
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': acceptLanguage() },
      body: form,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', translate(getLang(), 'common.networkError'));
  }
  if (res.ok) return (await res.json()) as T;
  const error = await readError(res);
  if (error.status === 401 && onUnauthenticated) onUnauthenticated();
  throw error;
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
