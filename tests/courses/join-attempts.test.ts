import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinCourse } from "@/lib/courses/join-course";
import { JOIN_WINDOW_MS, MAX_JOIN_FAILURES_PER_ACCOUNT, MAX_JOIN_FAILURES_PER_ADDRESS } from "@/lib/courses/reserve-join-attempt";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { useTestDatabase, type TestDatabase } from "../db/helpers";
import { courseWith, createUser } from "./helpers";

let database: TestDatabase;
beforeAll(async () => {
  database = await useTestDatabase();
});
afterAll(() => database.cleanup());

let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}`;

/** One join attempt: "ok", "not_found", or "rate_limited <seconds>". */
async function attempt(actor: Awaited<ReturnType<typeof createUser>>, code: string, address: string, now?: Date): Promise<string> {
  try {
    await joinCourse({ actor, code, address, now });
    return "ok";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code === "rate_limited" ? `rate_limited ${error.retryAfterSeconds}` : error.code;
  }
}

describe("join-code attempt limit", () => {
  it("blocks an account after MAX_JOIN_FAILURES_PER_ACCOUNT wrong codes, a right code too, until the window passes", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const course = await courseWith(instructor);
    const start = new Date("2031-03-01T10:00:00Z");
    for (let index = 0; index < MAX_JOIN_FAILURES_PER_ACCOUNT; index++) {
      // malformed codes count too: the limit is on attempts, not on well-formed guesses
      const code = index % 2 === 0 ? "ZZZZ-ZZZZ" : "not a code";
      expect(await attempt(learner, code, freshAddress(), new Date(start.getTime() + index * 1000))).toBe("not_found");
    }
    const blockedAt = new Date(start.getTime() + 60_000);
    expect(await attempt(learner, "ZZZZ-ZZZZ", freshAddress(), blockedAt)).toBe(`rate_limited ${JOIN_WINDOW_MS / 1000 - 60}`);
    expect(await attempt(learner, course.joinCode, freshAddress(), blockedAt)).toMatch(/^rate_limited /); // no oracle
    // Blocked attempts were rolled back: they do not extend the block.
    expect(await getDb().signInAttempt.count({ where: { key: `join:account:${learner.id}` } })).toBe(MAX_JOIN_FAILURES_PER_ACCOUNT);
    // The message states the wait.
    await expect(joinCourse({ actor: learner, code: "ZZZZ-ZZZZ", address: freshAddress(), now: blockedAt })).rejects.toThrow(
      "Too many wrong join codes. Please try again in 14 minutes.",
    );
    // Another account from the same address is not blocked by this one.
    const other = await createUser("learner");
    expect(await attempt(other, course.joinCode, freshAddress(), blockedAt)).toBe("ok");
    // Once the oldest failure leaves the window, the account may try again.
    expect(await attempt(learner, course.joinCode, freshAddress(), new Date(start.getTime() + JOIN_WINDOW_MS + 1))).toBe("ok");
  });

  it("blocks an address after MAX_JOIN_FAILURES_PER_ADDRESS wrong codes across accounts", async () => {
    const instructor = await createUser("instructor");
    const course = await courseWith(instructor);
    const address = freshAddress();
    const now = new Date("2031-04-01T10:00:00Z");
    for (let index = 0; index < MAX_JOIN_FAILURES_PER_ADDRESS; index++) {
      const account = await createUser("learner");
      expect(await attempt(account, "ZZZZ-ZZZZ", address, now)).toBe("not_found");
    }
    const fresh = await createUser("learner");
    expect(await attempt(fresh, "ZZZZ-ZZZZ", address, now)).toBe(`rate_limited ${JOIN_WINDOW_MS / 1000}`);
    expect(await attempt(fresh, course.joinCode, address, now)).toMatch(/^rate_limited /);
    expect(await attempt(fresh, course.joinCode, freshAddress(), now)).toBe("ok");
  });

  it("never counts successful joins", async () => {
    const instructor = await createUser("instructor");
    const learner = await createUser("learner");
    const address = freshAddress();
    const now = new Date("2031-05-01T10:00:00Z");
    for (let index = 0; index < MAX_JOIN_FAILURES_PER_ACCOUNT + 5; index++) {
      const course = await courseWith(instructor);
      expect(await attempt(learner, course.joinCode, address, now)).toBe("ok");
    }
    expect(await attempt(learner, "ZZZZ-ZZZZ", address, now)).toBe("not_found");
  });

  it("lets no concurrent burst through beyond the limit", async () => {
    const learner = await createUser("learner");
    const now = new Date("2031-06-01T10:00:00Z");
    const results = await Promise.all(Array.from({ length: 16 }, () => attempt(learner, "ZZZZ-ZZZZ", freshAddress(), now)));
    expect(results.filter((result) => result === "not_found")).toHaveLength(MAX_JOIN_FAILURES_PER_ACCOUNT);
  });
});
