import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkRedmine, redmineTarget, shoot, type WriteTarget } from './bench.redmine.js';

/**
 * The load generator's side of the comparison. Against a small local server:
 * every create is sent once, and an item edited a second time (the ring of
 * created items comes round) carries the version its last answer gave —
 * autocannon hands answers to the request it was given, not to the one built
 * for each call. Against a real Redmine, when REDMINE_URL and REDMINE_KEY are
 * set (REDMINE_PROJECT, default 1; docs/redmine-comparison.md says how to
 * install one): creates and edits over its REST API.
 */
const cannon = createRequire(import.meta.url)('autocannon');
const url = process.env.REDMINE_URL;
const key = process.env.REDMINE_KEY;

describe('shoot', () => {
  it('creates once per request and edits with the version of the last answer', async () => {
    const seen: string[] = [];
    let next = 0;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        seen.push(`${req.method} ${req.url} ${body}`);
        if (req.method === 'POST') {
          res.writeHead(201).end(JSON.stringify({ id: String(++next), version: 1 }));
        } else {
          res.writeHead(200).end(JSON.stringify({ version: JSON.parse(body).version + 1 }));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const target: WriteTarget = {
      name: 'stub',
      base,
      headers: { 'content-type': 'application/json' },
      create: (i) => ({ method: 'POST', path: '/items', body: JSON.stringify({ i }) }),
      created: (body) => JSON.parse(body),
      edit: (item, i) => ({
        method: 'PATCH',
        path: `/items/${item.id}`,
        body: JSON.stringify({ version: item.version, i }),
      }),
      edited: (_item, body) => JSON.parse(body).version,
      cpu: () => 0,
    };
    const state = { next: 0, items: [], cursor: 0 };
    try {
      const created = await shoot(cannon, target, state, 'create', 4, 8);
      expect(created.ms).toHaveLength(8);
      expect(state.items.map((i: { id: string }) => i.id).sort()).toEqual([
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
      ]);
      await shoot(cannon, target, state, 'edit', 4, 8);
      await shoot(cannon, target, state, 'edit', 4, 8);
    } finally {
      server.close();
    }
    const edits = seen.filter((s) => s.startsWith('PATCH')).map((s) => JSON.parse(s.split(' ')[2]).version);
    expect(edits).toHaveLength(16);
    // Each item edited twice: first with version 1, then with the 2 its first edit answered.
    expect(edits.filter((v) => v === 1)).toHaveLength(8);
    expect(edits.filter((v) => v === 2)).toHaveLength(8);
  });
});

describe.skipIf(!url || !key)('Redmine write client', () => {
  it('creates issues and edits their subjects over the REST API', async () => {
    const redmine = redmineTarget(url!, key!, process.env.REDMINE_PROJECT ?? '1');
    await checkRedmine(redmine);
    const state = { next: 0, items: [], cursor: 0 };
    const created = await shoot(cannon, redmine, state, 'create', 2, 4);
    expect(created.ms).toHaveLength(4);
    expect(state.items.length).toBeGreaterThanOrEqual(4);
    const edited = await shoot(cannon, redmine, state, 'edit', 2, 4);
    expect(edited.ms).toHaveLength(4);
    expect(edited.seconds).toBeGreaterThan(0);
  });

  it('refuses a wrong API key with Redmine’s answer', async () => {
    await expect(checkRedmine(redmineTarget(url!, 'not-a-key', '1'))).rejects.toThrow(/401|403/);
  });
});
