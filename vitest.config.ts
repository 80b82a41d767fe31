// Test runner configuration: every test lives under spec/ (unit tests in spec/unit, golden
// programs driven by spec/golden.test.ts). Results also go to dist/test-results.json (vitest's
// JSON reporter), from which .ci/run prints its final "N passed, N failed" line.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['spec/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    pool: 'forks',
    globalSetup: ['spec/setup/build.ts'],
    reporters: ['default', ['json', { outputFile: 'dist/test-results.json' }]],
  },
});
