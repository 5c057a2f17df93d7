import { spawnSync } from "node:child_process";
import path from "node:path";
import type { APIRequestContext, Browser, BrowserContext } from "playwright-core";
import { expect, inject } from "vitest";

export const PASSWORD = "correct horse battery";
const ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface Account {
  context: BrowserContext;
  request: APIRequestContext;
  id: string;
  learnerId: string;
}

/**
 * An account made the way a deployment's scripts make one (`npm run user:create`, on the
 * server's database) and signed in over HTTP in a browser profile of its own. Staff roles need no
 * admin to promote them, and no file spends the address's sign-up allowance on its setup.
 */
export async function createAccount(browser: Browser, email: string, role: "learner" | "instructor" | "admin" = "learner"): Promise<Account> {
  const created = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["lib/cli/user-create.ts", "--email", email, "--role", role], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    input: `${PASSWORD}\n`,
    encoding: "utf8",
  });
  expect(created.status, `user:create ${email}: ${created.stdout}${created.stderr}`).toBe(0);
  const context = await browser.newContext({ baseURL: inject("baseUrl"), viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  const response = await context.request.post("/api/auth/sign-in", { data: { email, password: PASSWORD } });
  expect(response.status(), await response.text()).toBe(200);
  const { user } = (await response.json()) as { user: { id: string; learnerId: string; role: string } };
  // The first account of an installation is always admin: accounts.e2e signs it up first (see vitest.e2e.config.ts).
  expect(user.role, `${email} should be ${role}`).toBe(role);
  return { context, request: context.request, id: user.id, learnerId: user.learnerId };
}
