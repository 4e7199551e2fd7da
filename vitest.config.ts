import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    env: { TANDEM_TODAY: '2026-11-26' },
    testTimeout: 60_000,
  },
});
