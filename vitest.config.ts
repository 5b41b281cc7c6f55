import { configDefaults, defineConfig } from 'vitest/config'

// Unit tests run in Node; renderer tests opt into happy-dom with a file-level
// `// @vitest-environment happy-dom` comment. End-to-end tests live in test/e2e
// and drive Chromium against the built web mode.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './test/summaryReporter.ts'],
    // Two projects so that the e2e build (globalSetup) runs only when an e2e test is queued.
    // Each sets its own include: with `extends`, arrays of the root would be concatenated.
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts', 'test/**/*.test.tsx'], exclude: [...configDefaults.exclude, 'test/e2e/**'] }
      },
      {
        extends: true,
        // One file at a time: each starts a server and a Chromium on a shared 2-core machine.
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/globalSetup.ts'], fileParallelism: false }
      }
    ]
  }
})
