import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../testing/factories.js';
import {
  arbitraryOf,
  asQueryValue,
  dataFingerprint,
  encodeUrlPart,
  type FuzzContext,
  type JsonSchema,
} from '../testing/fuzz.js';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { buildWorld, type Client, type Persona, type World } from '../testing/world.js';

/**
 * "Bad input changes nothing" (SECURITY.md VAL-1), for every route in the
 * OpenAPI document: generated params, query and body — following the schema
 * or not — never get a 5xx, a refusal always has the error envelope, and a
 * refused request leaves the data as it was. Runs per route: DUCHA_FUZZ_RUNS
 * (default 12, kept small so the suite stays fast; raise it for a deep run).
 */
const RUNS = Number(process.env.DUCHA_FUZZ_RUNS ?? 12);
/** Tables a refusal is allowed to write to: the refusal's own record, sessions, login counters. */
const RECORDS = ['audit_log', 'sessions', 'login_throttle', 'job_runs'];
const PERSONAS: Persona[] = [
  'supervisor',
  'sysadmin',
  'secadmin',
  'auditor',
  'unitLead',
  'leader',
  'anonymous',
];

interface Operation {
  method: string;
  path: string;
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

let t: TestApp;
let w: World;
let operations: Operation[] = [];
let fuzz: FuzzContext;
const clients = new Map<Persona, Client>();

beforeAll(async () => {
  t = await startTestApp();
  w = await buildWorld(t);
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = Object.entries(doc.paths as Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>)
    .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ ...op, method, path })))
    // Logging out a persona would end the session the other runs share; the anonymous run covers it.
    .filter((op) => op.path !== '/api/auth/logout');
  const item = await w.seedItem({}, 'assign');
  // A user of its own to be edited, so that no persona's account is switched off under the runs.
  const target = await buildUser(t.sys, { roles: ['leader'] });
  fuzz = {
    ids: [item.id, w.ledgerId, w.leadUnitId, target.id],
    resolve: (ref) => doc.components.schemas[ref.split('/').pop() as string],
  };
  for (const p of PERSONAS) clients.set(p, await w.api(p));
}, 60_000);
afterAll(() => t?.close());

function requestOf(op: Operation) {
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const body = op.requestBody?.content['application/json']?.schema;
  return fc.record({
    persona: fc.constantFrom(...PERSONAS),
    path: fc.record(
      Object.fromEntries(
        pathParams.map((p) => [p.name, fc.oneof(fc.constantFrom(...fuzz.ids), arbitraryOf(p.schema, fuzz))]),
      ),
    ),
    query: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, arbitraryOf(p.schema, fuzz)])), {
      requiredKeys: [],
    }),
    body: body ? arbitraryOf(body, fuzz) : fc.constant(undefined),
  });
}

describe('every route under generated input', () => {
  it('has routes to fuzz', () => {
    expect(operations.length).toBeGreaterThan(25);
  });

  it('answers no 5xx and changes nothing when it refuses', async () => {
    let cases = 0;
    for (const op of operations) {
      await fc.assert(
        fc.asyncProperty(requestOf(op), async (r) => {
          const url = op.path.replace(/\{(\w+)\}/g, (_, name) =>
            encodeUrlPart(asQueryValue(r.path[name] ?? '')),
          );
          const query = Object.fromEntries(Object.entries(r.query).map(([k, v]) => [k, asQueryValue(v)]));
          const before = await dataFingerprint(t.db.handle.db, RECORDS);
          const client = clients.get(r.persona) as Client;
          const headers = { 'content-type': 'application/json' };
          const qs = Object.entries(query)
            .map(([k, v]) => `${k}=${encodeUrlPart(v)}`)
            .join('&');
          const full = qs ? `${url}?${qs}` : url;
          const res =
            op.method === 'get'
              ? await client.get(full)
              : op.method === 'delete'
                ? await client.delete(full)
                : op.method === 'patch'
                  ? await client.patch(full, JSON.stringify(r.body ?? null), headers)
                  : await client.post(full, JSON.stringify(r.body ?? null), headers);
          cases++;
          expect(
            res.statusCode,
            `${op.method.toUpperCase()} ${full}: ${res.body.slice(0, 300)}`,
          ).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.json().error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
            expect(await dataFingerprint(t.db.handle.db, RECORDS), `${op.method} ${full}`).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
    }
    console.log(`fuzz: ${operations.length} routes × ${RUNS} runs = ${cases} requests, 0 failures`);
  }, 600_000);
});
