import { defineConfig } from 'vitest/config';

/**
 * The browser tests, run by `npm run test:e2e` (scripts/e2e.js), which starts
 * the server and passes its address in DUCHA_E2E_BASE_URL. All files share one
 * database, so they run in two groups, one after another:
 *   1. the tests that create and edit items (they change the numbers others compare);
 *   2. the read-only tests, two files at a time.
 * The cockpit's load time is measured by `ducha bench --web`, not here.
 */
const root = new URL('..', import.meta.url).pathname;
// A polled expectation waits for what it needs as long as a busy machine takes (Vitest's default, 1 s,
// turned a ledger page that loads in 1.3 s into a failure), and answers as soon as it holds.
const common = {
  root,
  // A test's time limit only stops a hung test; CI machines have been seen taking 10 s for one login.
  testTimeout: 180_000,
  hookTimeout: 120_000,
  expect: { poll: { timeout: 30_000, interval: 100 } },
  env: { TZ: 'Asia/Shanghai' },
};

export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          ...common,
          name: 'e2e-write',
          include: [
            'e2e/item.test.ts',
            'e2e/meetings.test.ts',
            'e2e/workflow.test.ts',
            'e2e/adjustment.test.ts',
            'e2e/workflow-units.test.ts',
            'e2e/sheets.test.ts',
            'e2e/account.test.ts',
            'e2e/notices.test.ts',
            'e2e/inspections.test.ts',
            'e2e/notifications.test.ts',
            'e2e/secadm.test.ts',
          ],
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...common,
          name: 'e2e-read',
          include: ['e2e/**/*.test.ts'],
          exclude: [
            'e2e/adjustment.test.ts',
            'e2e/item.test.ts',
            'e2e/meetings.test.ts',
            'e2e/workflow.test.ts',
            'e2e/workflow-units.test.ts',
            'e2e/sheets.test.ts',
            'e2e/account.test.ts',
            'e2e/notices.test.ts',
            'e2e/inspections.test.ts',
            'e2e/notifications.test.ts',
            'e2e/secadm.test.ts',
          ],
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
