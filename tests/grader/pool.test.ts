import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GraderError, GraderPool } from "@/grader/pool";

const REFERENCE = fs.readFileSync(path.resolve("exercises/ml-math/softmax/reference.ts"), "utf8");
const INFINITE = "export function softmax(z: number[]) { while (true) {} }";
const PROJECT_REFERENCE = fs.readFileSync(path.resolve("exercises/projects/project-linear-regression/reference.ts"), "utf8");
const WASM_GROWTH = fs.readFileSync(path.resolve("tests/grader/fixtures/memory_limit_exceeded/wasm-memory-growth.ts"), "utf8");

const pools: GraderPool[] = [];
function makePool(options: ConstructorParameters<typeof GraderPool>[0]): GraderPool {
  const pool = new GraderPool(options);
  pools.push(pool);
  return pool;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe("GraderPool supervision", () => {
  it("kills a grading process that overruns the wall clock, answers time_limit_exceeded and replaces it", async () => {
    const pool = makePool({ size: 1, wallClockMs: 400 });
    await pool.grade("softmax", REFERENCE, "run"); // warm: the process exists and is ready
    const before = pool.pids[0];
    // The sandbox stops softmax's calls after its own 100 ms limit; the project's limit is 1 s, so
    // the pool's 400 ms wall clock is what stops this one (a loop in the module's top-level code).
    const result = await pool.grade("project-linear-regression", `${PROJECT_REFERENCE}\nwhile (true) {}\n`, "submit");
    expect(result.verdict).toBe("time_limit_exceeded");
    expect(result.message).toContain("longer than 0.4 s");
    expect(pool.pids[0]).not.toBe(before);
    expect((await pool.grade("softmax", REFERENCE, "submit")).verdict).toBe("accepted");
  });

  it("kills a grading process above the RSS ceiling and answers memory_limit_exceeded", async () => {
    const pool = makePool({ size: 1, rssLimitMb: 200 });
    const result = await pool.grade("softmax", WASM_GROWTH, "submit");
    expect(result.verdict).toBe("memory_limit_exceeded");
    expect(result.message).toContain("200 MB");
    expect((await pool.grade("softmax", REFERENCE, "submit")).verdict).toBe("accepted");
  });

  it("recycles a grading process after its quota of jobs", async () => {
    const pool = makePool({ size: 1, maxJobsPerWorker: 2 });
    await pool.grade("softmax", REFERENCE, "run");
    const first = pool.pids[0];
    await pool.grade("softmax", REFERENCE, "run");
    expect(pool.pids[0]).not.toBe(first);
    expect((await pool.grade("softmax", REFERENCE, "run")).verdict).toBe("accepted");
  });

  it("refuses work beyond its queue instead of queueing forever", async () => {
    const pool = makePool({ size: 1, maxQueue: 1 });
    await pool.grade("softmax", REFERENCE, "run"); // ready, so the next job starts at once
    const running = pool.grade("softmax", REFERENCE, "submit");
    const queued = pool.grade("softmax", REFERENCE, "submit");
    await expect(pool.grade("softmax", REFERENCE, "submit")).rejects.toMatchObject({ code: "busy" });
    expect((await running).verdict).toBe("accepted");
    expect((await queued).verdict).toBe("accepted");
  });

  it("puts submits ahead of runs, and lets runs fill only half the queue", async () => {
    const pool = makePool({ size: 1, maxQueue: 4 });
    await pool.grade("softmax", REFERENCE, "run");
    const finished: string[] = [];
    const track = (label: string, mode: "run" | "submit") =>
      pool.grade("softmax", REFERENCE, mode).then((result) => {
        finished.push(label);
        return result;
      });
    const jobs = [track("run 0", "run"), track("run 1", "run"), track("run 2", "run")]; // one running, two queued
    await expect(pool.grade("softmax", REFERENCE, "run")).rejects.toMatchObject({ code: "busy" });
    jobs.push(track("submit", "submit"));
    await Promise.all(jobs);
    expect(finished).toEqual(["run 0", "submit", "run 1", "run 2"]);
  });

  it("refuses work instead of hanging when grading processes cannot start", async () => {
    const pool = makePool({ size: 1, v8Flags: ["--not-a-real-node-flag"] });
    const started = Date.now();
    await expect(pool.grade("softmax", REFERENCE, "submit")).rejects.toMatchObject({ code: "internal", message: expect.stringContaining("fail to start") });
    await expect(pool.grade("softmax", REFERENCE, "run")).rejects.toMatchObject({ code: "internal" });
    expect(Date.now() - started).toBeLessThan(10_000); // refused, not left waiting on the queue
  });

  it("tells an unknown exercise apart from a learner's failure", async () => {
    const pool = makePool({ size: 1 });
    const error = await pool.grade("no-such-exercise", REFERENCE, "submit").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraderError);
    expect((error as GraderError).code).toBe("unknown_exercise");
  });

  it("describes an exercise's test counts without revealing tests", async () => {
    const pool = makePool({ size: 1 });
    const summary = await pool.describe("softmax");
    const examples = JSON.parse(fs.readFileSync(path.resolve("exercises/ml-math/softmax/examples.json"), "utf8")) as unknown[];
    expect(summary.examples).toBe(examples.length);
    expect(summary.hidden).toBeGreaterThan(20);
    expect(summary.authorErrors).toEqual([]);
    expect(summary.robustness).toBeGreaterThan(0);
    expect(Object.keys(summary).sort()).toEqual(["authorErrors", "examples", "exerciseId", "hidden", "robustness"]);
  });
});

describe("GraderPool fair queueing", () => {
  it("takes owners in turn: one learner's burst of runs does not delay another's", async () => {
    const pool = makePool({ size: 1 });
    await pool.grade("softmax", REFERENCE, "run");
    const finished: string[] = [];
    const track = (label: string, owner: string) => pool.grade("softmax", REFERENCE, "run", { owner }).then(() => finished.push(label));
    const jobs = [0, 1, 2, 3, 4].map((i) => track(`a${i}`, "alice")); // a0 runs, a1-a4 wait
    jobs.push(track("b0", "bob"));
    await Promise.all(jobs);
    expect(finished).toEqual(["a0", "a1", "b0", "a2", "a3", "a4"]);
  });

  it("answers a run that waited past its deadline with busy and a Retry-After, but never drops a queued submit", async () => {
    const pool = makePool({ size: 1, runQueueDeadlineMs: 100 });
    await pool.grade("softmax", REFERENCE, "submit"); // a submit to warm up: it has no queue deadline
    const slow = [0, 1, 2].map(() => pool.grade("softmax", INFINITE, "submit", { owner: "looper" }));
    const run = pool.grade("softmax", REFERENCE, "run", { owner: "patient" }).catch((error: unknown) => error);
    const submit = pool.grade("softmax", REFERENCE, "submit", { owner: "patient" });
    const refused = await run;
    expect(refused).toBeInstanceOf(GraderError);
    expect(refused).toMatchObject({ code: "busy" });
    expect((refused as GraderError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((await submit).verdict).toBe("accepted");
    for (const result of await Promise.all(slow)) expect(result.verdict).toBe("time_limit_exceeded");
    const stats = pool.stats();
    expect(stats.jobs.expired).toBe(1);
    expect(stats.queued).toEqual({ submit: 0, run: 0 });
    expect(stats.processes).toMatchObject({ size: 1, alive: 1 });
  });

  it("has no queue deadline in a batch tool's pool: the same queued run is graded, not refused", async () => {
    const pool = makePool({ size: 1, runQueueDeadlineMs: null });
    await pool.grade("softmax", REFERENCE, "submit");
    const slow = [0, 1, 2].map(() => pool.grade("softmax", INFINITE, "submit", { owner: "looper" }));
    const measured = await pool.measure("softmax"); // queued behind three time-outs, as check:exercises queues all 96
    expect(measured.maxCallMs).toBeGreaterThan(0);
    expect((await pool.grade("softmax", REFERENCE, "run", { owner: "patient" })).verdict).toBe("accepted");
    for (const result of await Promise.all(slow)) expect(result.verdict).toBe("time_limit_exceeded");
    expect(pool.stats().jobs.expired).toBe(0);
  });

  it("counts restarts by cause in its stats", async () => {
    const pool = makePool({ size: 1, wallClockMs: 3000, maxJobsPerWorker: 2 });
    await pool.grade("softmax", REFERENCE, "run");
    await pool.grade("softmax", REFERENCE, "run"); // second job: recycled
    expect((await pool.grade("softmax", WASM_GROWTH, "submit")).verdict).toBe("memory_limit_exceeded");
    const { restarts, jobs } = pool.stats();
    expect(restarts.recycled).toBe(1);
    expect(restarts.memory + restarts.crashed).toBe(1);
    expect(restarts.total).toBe(2);
    expect(jobs.completed).toBe(2);
  });
});
