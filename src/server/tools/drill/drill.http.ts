/**
 * The drills' HTTP client: one logged-in session, JSON in and out, and every
 * answer classified rather than thrown, because counting the answers (and the
 * requests a killed server never answered) is what a drill reports.
 */
export interface Answer {
  /** 0 when the connection failed (the server was killed mid-request). */
  status: number;
  body: Record<string, unknown> | null;
}

export async function call(
  base: string,
  cookie: string,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<Answer> {
  try {
    const res = await fetch(base + path, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Record<string, unknown> | null = null;
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      parsed = null;
    }
    return { status: res.status, body: parsed };
  } catch {
    return { status: 0, body: null };
  }
}
