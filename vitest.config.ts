// Test runner configuration: every test lives under spec/ (unit tests in spec/unit, golden
// programs driven by spec/golden.test.ts). Long stdlib comparisons set their own timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['spec/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
