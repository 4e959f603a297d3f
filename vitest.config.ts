import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// One run for the whole tree: unit tests of core and web, API tests of the server against a
// real database (PGlite by default, PostgreSQL when TEST_DATABASE_URL is set).
export default defineConfig({
  resolve: {
    alias: { '@vatra/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    globalSetup: ['packages/server/src/test/global-setup.ts'],
    pool: 'forks',
    // Files share a worker's modules instead of importing the server again for each of ~90
    // files: the unit lane went from 564 s to 376 s on CI's 2 cores. Every API test opens its
    // own database copy (test/harness.ts) and no test mocks modules or changes the environment,
    // so nothing leaks from one file to the next; a test that needs either must restore it.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
