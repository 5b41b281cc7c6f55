import { defineConfig } from 'vitest/config'

// Unit tests run in Node; renderer tests opt into happy-dom with a file-level
// `// @vitest-environment happy-dom` comment. End-to-end tests live in test/e2e
// and drive Chromium against the built web mode.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: 'forks'
  }
})
