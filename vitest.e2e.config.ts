import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { defineConfig } from "vitest/config";

/**
 * Every file shares one installation, so two of them have a place in the order:
 * accounts.e2e signs up the installation's first account (which becomes admin), so it runs
 * first; http-edge.e2e spends this address's join-code allowance for 15 minutes, so it runs last.
 */
class InstallationOrder extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => (file.moduleId.endsWith("/accounts.e2e.test.ts") ? 0 : file.moduleId.endsWith("/http-edge.e2e.test.ts") ? 2 : 1);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/**
 * Browser tests: a production build (`npm run build` first) served by one `next start` on a
 * throwaway database (tests/e2e/global-setup.ts), driven by playwright-core with the system's Chromium.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // One server, one browser, two cores: run test files one after another.
    fileParallelism: false,
    sequence: { sequencer: InstallationOrder },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
