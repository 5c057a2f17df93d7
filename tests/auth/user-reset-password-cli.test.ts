import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPasswordReset } from "@/lib/auth/check-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { useTestDatabase, type TestDatabase } from "../db/helpers";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
  await createUser({ email: "ada@example.com", password: "the old password" });
});
afterAll(() => database.cleanup());

/** Runs `npm run user:reset-password` (its tsx script); resolves exit code and output. */
function resetCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["lib/cli/user-reset-password.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url, ...env },
    });
    let stdout = "";
    let output = "";
    child.stdout.on("data", (chunk) => ((stdout += String(chunk)), (output += String(chunk))));
    child.stderr.on("data", (chunk) => (output += String(chunk)));
    child.on("close", (code) => resolve({ code, stdout, output }));
  });
}

describe("npm run user:reset-password", { timeout: 90_000 }, () => {
  it("prints a one-time link under GD_PUBLIC_URL that sets a new password once", async () => {
    const result = await resetCli(["Ada@Example.com"], { GD_PUBLIC_URL: "https://gd.example.edu/" });
    expect(result.code, result.output).toBe(0);
    const link = result.stdout.match(/^https:\/\/gd\.example\.edu\/reset-password\/([A-Za-z0-9_-]{43})$/m);
    expect(link, result.stdout).not.toBeNull();
    const token = link![1];
    expect(await checkPasswordReset({ token })).toEqual({ email: "ada@example.com" });
    expect((await getDb().passwordResetToken.findFirstOrThrow()).issuedById).toBeNull();
    await resetPassword({ token, password: "a brand new passphrase" });
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "ada@example.com" } });
    expect(await verifyPassword(user.passwordHash, "a brand new passphrase")).toBe(true);
    expect(await checkPasswordReset({ token })).toBeNull();
  });

  it("exits 2 without a valid email and 1 for an unknown account, printing no link", async () => {
    for (const [args, code] of [
      [[], 2],
      [["not an email"], 2],
      [["nobody@example.com"], 1],
    ] as const) {
      const result = await resetCli([...args]);
      expect(result.code, result.output).toBe(code);
      expect(result.stdout).not.toContain("/reset-password/");
    }
  });
});
