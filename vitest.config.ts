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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
