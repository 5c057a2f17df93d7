import { describe, expect, it } from "vitest";
import { FairJobQueue } from "@/grader/job-queue";
import { TokenBuckets } from "@/lib/grading/token-buckets";
import { reserveRun } from "@/lib/submissions/reserve-run";
import { AppError } from "@/lib/errors";

function drain<T>(queue: FairJobQueue<T>): T[] {
  const out: T[] = [];
  for (let job = queue.shift(); job !== undefined; job = queue.shift()) out.push(job);
  return out;
}

describe("FairJobQueue", () => {
  it("lets owners take turns, so one owner's burst waits behind itself", () => {
    const queue = new FairJobQueue<string>();
    for (let i = 0; i < 4; i++) queue.push(`a${i}`, "alice", "run");
    queue.push("b0", "bob", "run");
    queue.push("c0", "carol", "run");
    queue.push("b1", "bob", "run");
    expect(drain(queue)).toEqual(["a0", "b0", "c0", "a1", "b1", "a2", "a3"]);
  });

  it("serves every submit before any run, and an urgent job before both", () => {
    const queue = new FairJobQueue<string>();
    queue.push("run-a", "alice", "run");
    queue.push("submit-b", "bob", "submit");
    queue.push("submit-a", "alice", "submit");
    queue.pushFirst("regrade");
    expect(queue.size()).toBe(4);
    expect(queue.size("run")).toBe(1);
    expect(queue.size("submit")).toBe(2);
    expect(drain(queue)).toEqual(["regrade", "submit-b", "submit-a", "run-a"]);
    expect(queue.size()).toBe(0);
  });

  it("removes a waiting job (its deadline passed) and keeps the others' order", () => {
    const queue = new FairJobQueue<string>();
    queue.push("a0", "alice", "run");
    queue.push("a1", "alice", "run");
    queue.push("b0", "bob", "run");
    expect(queue.remove("a0")).toBe(true);
    expect(queue.remove("a0")).toBe(false);
    expect(queue.remove("b0")).toBe(true);
    expect(queue.size("run")).toBe(1);
    expect(drain(queue)).toEqual(["a1"]);
  });

  it("drains everything, urgent jobs included", () => {
    const queue = new FairJobQueue<number>();
    queue.push(1, "x", "run");
    queue.push(2, "y", "submit");
    queue.pushFirst(3);
    expect(queue.drain().sort()).toEqual([1, 2, 3]);
    expect(queue.size()).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });
});

describe("Run limits", () => {
  it("TokenBuckets: a burst, then the refill rate; a refused call takes nothing", () => {
    const buckets = new TokenBuckets(3, 2);
    const t = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(buckets.waitSeconds("k", t)).toBe(0);
      buckets.take("k", t);
    }
    expect(buckets.waitSeconds("k", t)).toBeCloseTo(0.5);
    expect(buckets.waitSeconds("k", t + 250)).toBeCloseTo(0.25);
    expect(buckets.waitSeconds("k", t + 500)).toBe(0);
    expect(buckets.waitSeconds("other", t)).toBe(0);
  });

  it("reserveRun refuses a learner past the burst with rate_limited and Retry-After, other learners unaffected", () => {
    const now = 5_000_000;
    const address = "192.0.2.10";
    let refused: unknown = null;
    let allowed = 0;
    for (let i = 0; i < 100 && refused === null; i++) {
      try {
        reserveRun({ learnerKey: "learner-burst", address, now });
        allowed++;
      } catch (error) {
        refused = error;
      }
    }
    expect(allowed).toBe(30);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "rate_limited", retryAfterSeconds: 1, message: expect.stringContaining("try again in 1 s") });
    expect(() => reserveRun({ learnerKey: "learner-other", address, now })).not.toThrow();
    expect(() => reserveRun({ learnerKey: "learner-burst", address, now: now + 1000 })).not.toThrow();
  });

  it("reserveRun limits an address whatever cookies it invents", () => {
    const now = 9_000_000;
    const address = "198.51.100.7";
    let error: unknown = null;
    let allowed = 0;
    for (let i = 0; i < 1000 && error === null; i++) {
      try {
        reserveRun({ learnerKey: `made-up-${i}`, address, now });
        allowed++;
      } catch (caught) {
        error = caught;
      }
    }
    expect(allowed).toBe(300);
    expect(error).toMatchObject({ code: "rate_limited", message: expect.stringContaining("Your network is") });
    expect(() => reserveRun({ learnerKey: "someone", address: "198.51.100.8", now })).not.toThrow();
  });
});
