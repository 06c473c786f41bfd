import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { checkRedmine, redmineTarget, shoot } from './bench.redmine.js';

/**
 * The Redmine side of the comparison against a real Redmine: creates and edits
 * through the same load generator the bench uses. Needs a running Redmine, so
 * it runs only when REDMINE_URL and REDMINE_KEY are set (REDMINE_PROJECT,
 * default 1); see docs/redmine-comparison.md for installing one.
 */
const url = process.env.REDMINE_URL;
const key = process.env.REDMINE_KEY;

describe.skipIf(!url || !key)('Redmine write client', () => {
  it('creates issues and edits their subjects over the REST API', async () => {
    const redmine = redmineTarget(url!, key!, process.env.REDMINE_PROJECT ?? '1');
    await checkRedmine(redmine);
    const cannon = createRequire(import.meta.url)('autocannon');
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
