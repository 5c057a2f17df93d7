import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_EMAIL, SIGN_IN_WINDOW_MS } from "@/lib/auth/sign-in-attempts";
import { SIGN_IN_FAILED_MESSAGE, signIn } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { PASSWORD, freshAddress, resetAccounts, signUpUser } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(() => database.cleanup());
beforeEach(async () => {
  await resetAccounts();
  await signUpUser("admin@example.com");
  await signUpUser("ada@example.com");
  await signUpUser("mallory@example.com", "mallorys own password");
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function attempt(email: string, password: string, address: string, now?: Date): Promise<string> {
  try {
    await signIn({ email, password, address, anonymousToken: null, now });
    return "ok";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code === "rate_limited" ? "rate_limited" : `${error.code}: ${error.message}`;
  }
}

const WRONG = `unauthenticated: ${SIGN_IN_FAILED_MESSAGE}`;

describe("signIn", () => {
  it("signs in with the right password, whatever the case and spaces of the email", async () => {
    const result = await signIn({ email: " ADA@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: null });
    expect(result.user).toMatchObject({ email: "ada@example.com", role: "learner" });
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("stores only the sha256 of the session token, expiring in 30 days", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    const { token, expiresAt } = await signIn({ email: "ada@example.com", password: PASSWORD, address: freshAddress(), anonymousToken: null, now });
    expect(expiresAt.toISOString()).toBe("2030-01-31T00:00:00.000Z");
    const row = await getDb().session.findUniqueOrThrow({ where: { id: sha256(token) } });
    expect(row.expiresAt.toISOString()).toBe("2030-01-31T00:00:00.000Z");
    const raw = new Database(database.file, { readonly: true });
    try {
      const cells = raw
        .prepare("SELECT * FROM Session")
        .all()
        .flatMap((session) => Object.values(session as object));
      expect(cells.some((cell) => typeof cell === "string" && cell.includes(token))).toBe(false);
    } finally {
      raw.close();
    }
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const address = freshAddress();
    expect(await attempt("ada@example.com", "wrong password!", address)).toBe(WRONG);
    expect(await attempt("nobody@example.com", "wrong password!", address)).toBe(WRONG);
    expect(await attempt("nobody@example.com", PASSWORD, address)).toBe(WRONG);
    expect(await attempt("not an email", PASSWORD, address)).toBe(WRONG);
  });

  it("spends about as long on an unknown email as on a wrong password (a dummy hash is verified)", async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await attempt(email, "wrong password!", freshAddress());
      return performance.now() - started;
    };
    await time("ada@example.com"); // warm-up (the dummy hash is computed once)
    await time("nobody@example.com");
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const known: number[] = [];
    const unknown: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      known.push(await time("ada@example.com"));
      unknown.push(await time(`nobody${round}@example.com`));
    }
    // Without the dummy verification an unknown email answers in a few milliseconds, not tens.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it(`refuses an account after ${MAX_FAILURES_PER_EMAIL} failures, even with the right password, from any address`, async () => {
    for (let index = 0; index < MAX_FAILURES_PER_EMAIL; index += 1) {
      expect(await attempt("ada@example.com", `guess ${index}!!!!!!`, freshAddress())).toBe(WRONG);
    }
    expect(await attempt("ada@example.com", PASSWORD, freshAddress())).toBe("rate_limited");
    expect(await attempt("ADA@example.com ", "another guess!!", freshAddress())).toBe("rate_limited");
    // Other accounts are unaffected.
    expect(await attempt("mallory@example.com", "mallorys own password", freshAddress())).toBe("ok");
  });

  it("limits unknown emails the same way (so the limit does not reveal which emails exist)", async () => {
    for (let index = 0; index < MAX_FAILURES_PER_EMAIL; index += 1) await attempt("ghost@example.com", `guess ${index}!!!!!!`, freshAddress());
    expect(await attempt("ghost@example.com", "guess again!!", freshAddress())).toBe("rate_limited");
  });

  it("lets the account in again once the failures leave the 15-minute window, and says when", async () => {
    const start = new Date("2030-01-01T00:00:00Z");
    for (let index = 0; index < MAX_FAILURES_PER_EMAIL; index += 1) {
      await attempt("ada@example.com", `guess ${index}!!!!!!`, freshAddress(), new Date(start.getTime() + index * 60_000));
    }
    const blocked = await signIn({
      email: "ada@example.com",
      password: PASSWORD,
      address: freshAddress(),
      anonymousToken: null,
      now: new Date(start.getTime() + 10 * 60_000),
    }).catch((error: unknown) => error);
    expect(isAppError(blocked, "rate_limited") && blocked.message).toMatch(/try again in 5 minutes/);
    expect(await attempt("ada@example.com", PASSWORD, freshAddress(), new Date(start.getTime() + SIGN_IN_WINDOW_MS + 1))).toBe("ok");
  });

  it("starts an account's count again after a successful sign-in", async () => {
    const address = freshAddress();
    for (let index = 0; index < MAX_FAILURES_PER_EMAIL - 1; index += 1) await attempt("ada@example.com", `typo ${index}!!!!!!`, address);
    expect(await attempt("ada@example.com", PASSWORD, address)).toBe("ok");
    for (let index = 0; index < MAX_FAILURES_PER_EMAIL - 1; index += 1) await attempt("ada@example.com", `typo ${index}!!!!!!`, address);
    expect(await attempt("ada@example.com", PASSWORD, address)).toBe("ok");
  });

  it(`refuses an address after ${MAX_FAILURES_PER_ADDRESS} failures across many emails, even for a correct password`, async () => {
    const address = freshAddress();
    for (let index = 0; index < MAX_FAILURES_PER_ADDRESS; index += 1) {
      expect(await attempt(`victim${index}@example.com`, "password123!", address)).toBe(WRONG);
    }
    expect(await attempt("victim99@example.com", "password123!", address)).toBe("rate_limited");
    expect(await attempt("mallory@example.com", "mallorys own password", address)).toBe("rate_limited");
    expect(await attempt("mallory@example.com", "mallorys own password", freshAddress())).toBe("ok");
  });

  it("does not let successful sign-ins to an own account reset the address's count", async () => {
    const address = freshAddress();
    let failures = 0;
    // An attacker who owns an account interleaves successes with guesses at other accounts.
    for (let round = 0; failures < MAX_FAILURES_PER_ADDRESS; round += 1) {
      expect(await attempt("mallory@example.com", "mallorys own password", address)).toBe("ok");
      for (let index = 0; index < 4 && failures < MAX_FAILURES_PER_ADDRESS; index += 1, failures += 1) {
        expect(await attempt(`target${failures}@example.com`, "password123!", address)).toBe(WRONG);
      }
    }
    expect(await attempt("target-next@example.com", "password123!", address)).toBe("rate_limited");
    expect(await attempt("mallory@example.com", "mallorys own password", address)).toBe("rate_limited");
  });

  it("lets no more guesses through than the limit when they arrive all at once", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => attempt("ada@example.com", `burst ${index}!!!!!!`, freshAddress())));
    expect(results.filter((result) => result === WRONG)).toHaveLength(MAX_FAILURES_PER_EMAIL);
    expect(results.filter((result) => result === "rate_limited")).toHaveLength(12 - MAX_FAILURES_PER_EMAIL);
  });
});
