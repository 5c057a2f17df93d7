import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Browser tests: a production build (`npm run build` first) served by `next start` on a
 * throwaway database, driven by playwright-core with the system's Chromium.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // One server, one browser, two cores: run test files one after another.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
