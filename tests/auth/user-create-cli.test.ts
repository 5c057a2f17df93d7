import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { useTestDatabase, type TestDatabase } from "../db/helpers";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(() => database.cleanup());

/** Runs `npm run user:create` (its tsx script) with piped stdin; resolves exit code and output. */
function userCreate(args: string[], stdin: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["lib/cli/user-create.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: database.url },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += String(chunk)));
    child.stderr.on("data", (chunk) => (output += String(chunk)));
    child.on("close", (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}

describe("npm run user:create", { timeout: 90_000 }, () => {
  it("creates the first account as admin, with the piped password hashed", async () => {
    const result = await userCreate(["--email", "Ops@Example.com", "--role", "instructor"], "piped password 1\n");
    expect(result).toMatchObject({ code: 0 });
    expect(result.output).toMatch(/Created ops@example.com as admin/);
    const user = await getDb().user.findUniqueOrThrow({ where: { email: "ops@example.com" }, include: { learner: true } });
    expect(await verifyPassword(user.passwordHash, "piped password 1")).toBe(true);
    expect(user.learner).not.toBeNull();
  });

  it("honours --role after the first account", async () => {
    expect((await userCreate(["--email", "teacher@example.com", "--role", "instructor"], "piped password 2")).code).toBe(0);
    expect((await getDb().user.findUniqueOrThrow({ where: { email: "teacher@example.com" } })).role).toBe("instructor");
  });

  it("exits 2 on usage errors and 1 when the email is taken", async () => {
    expect((await userCreate([], "piped password 3\n")).code).toBe(2);
    expect((await userCreate(["--email", "x@example.com", "--role", "root"], "piped password 3\n")).code).toBe(2);
    expect((await userCreate(["--email", "not-an-email"], "piped password 3\n")).code).toBe(2);
    expect((await userCreate(["--email", "x@example.com"], "short\n")).code).toBe(2);
    expect((await userCreate(["--email", "x@example.com", "--password", "on the command line"], "")).code).toBe(2);
    const taken = await userCreate(["--email", "teacher@example.com"], "piped password 3\n");
    expect(taken.code).toBe(1);
    expect(taken.output).toMatch(/already exists/);
    expect(await getDb().user.count()).toBe(2);
  });
});
