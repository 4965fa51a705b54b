import { defineConfig } from 'vitest/config';

// Browser tests: real headless Debian Chromium driven by playwright-core against the production
// build served on 127.0.0.1 (see test/e2e/globalSetup.ts). One worker: the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    testTimeout: 60000,
    hookTimeout: 90000,
    fileParallelism: false,
    maxWorkers: 1,
    // expect.poll waits for the UI: 1 s (the default) is short on 2 cores shared with another
    // session and software WebGL. A poll that passes returns as soon as it passes.
    expect: { poll: { timeout: 10000, interval: 100 } },
  },
});
