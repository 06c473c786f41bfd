import { defineConfig } from 'vitest/config';

/**
 * Three projects: the pure rules once, and every suite that touches data once
 * per database dialect (DUCHA_TEST_DB), as the design asks.
 */
const dataTests = ['src/server/**/*.test.ts'];

export default defineConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      { test: { name: 'core', include: ['src/core/**/*.test.ts'], env: { TZ: 'UTC' } } },
      {
        test: {
          name: 'sqlite',
          include: dataTests,
          env: { TZ: 'UTC', DUCHA_TEST_DB: 'sqlite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'postgres',
          include: dataTests,
          env: { TZ: 'UTC', DUCHA_TEST_DB: 'postgres' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
