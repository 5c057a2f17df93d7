import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, waitForEditor } from "./browser";

// Operational health and the Run limits through `next start` (issue 10, items 2 and 3).
const baseUrl = inject("baseUrl");
const REFERENCE = fs.readFileSync(path.resolve("exercises/ml-math/softmax/reference.ts"), "utf8");

describe("GET /api/health", () => {
  it("answers anyone with aggregate numbers only: queue depth, event-loop delay, grading processes, restarts", async () => {
    // A Run first, so the grading processes exist and have done something. (On a loaded machine
    // the first one may wait past the Run deadline while the processes start: 503, retried.)
    await expect
      .poll(
        async () =>
          (
            await fetch(`${baseUrl}/api/exercises/softmax/run`, {
              method: "POST",
              headers: { origin: baseUrl, "content-type": "application/json", cookie: "gd_learner=health-check" },
              body: JSON.stringify({ code: REFERENCE }),
            })
          ).status,
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(200);
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const health = JSON.parse(text);
    expect(health).toMatchObject({
      status: "ok",
      uptimeS: expect.any(Number),
      eventLoop: {
        windowS: expect.any(Number),
        p50Ms: expect.any(Number),
        p99Ms: expect.any(Number),
        maxMs: expect.any(Number),
        currentMaxMs: expect.any(Number),
      },
      grader: {
        queued: { submit: expect.any(Number), run: expect.any(Number) },
        processes: { size: 2, alive: 2, ready: expect.any(Number), busy: expect.any(Number) },
        restarts: { total: expect.any(Number) },
        jobs: { completed: expect.any(Number) },
      },
    });
    expect(health.grader.jobs.completed).toBeGreaterThan(0);
    expect(health.grader.processes.ready).toBeGreaterThanOrEqual(1); // the other may still be starting on a loaded machine
    expect(health.eventLoop.currentMaxMs).toBeGreaterThan(0);
    // Nothing that identifies a learner, a process or the machine.
    expect(Object.keys(health).sort()).toEqual(["eventLoop", "grader", "status", "uptimeS"]);
    expect(text).not.toMatch(/pid|\/work|\/tmp|\.db|softmax|learner|version/i);
  });
});

describe("Run limits", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("the exercise page shows the limit's message", async () => {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
    await context.addCookies([{ name: "gd_learner", value: "page-limit-learner", url: baseUrl }]);
    const page = await context.newPage();
    await page.goto("/exercises/softmax");
    await waitForEditor(page);
    // The allowance refills at 2 Runs a second: keep spending it (fetch, all at once) while the
    // learner clicks, and click again if a click happened to catch a fresh token.
    let spending = true;
    const spend = (async () => {
      while (spending) {
        await Promise.all(
          Array.from({ length: 10 }, () =>
            fetch(`${baseUrl}/api/exercises/softmax/run`, {
              method: "POST",
              headers: { origin: baseUrl, "content-type": "application/json", cookie: "gd_learner=page-limit-learner" },
              body: JSON.stringify({ code: REFERENCE }),
            }).then((response) => response.arrayBuffer()),
          ),
        );
      }
    })();
    const alert = page.getByRole("region", { name: "Your solution" }).getByRole("alert");
    const run = page.getByRole("button", { name: "Run" });
    for (let attempt = 0; attempt < 10 && (await alert.count()) === 0; attempt++) {
      await page.waitForTimeout(300);
      await run.click();
      await expect.poll(() => run.isEnabled(), { timeout: 30_000 }).toBe(true);
    }
    spending = false;
    await spend;
    expect(await alert.innerText()).toMatch(/You are running code faster than the grader allows\. Your code is still here: try again in \d+ s\./);
    if (process.env.GD_E2E_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.GD_E2E_SCREENSHOTS, "run-limit.png") });
    await context.close();
  });

  it("answers 429 with Retry-After and a message the page shows once one learner's burst is spent; other learners still run", async () => {
    const run = (cookie: string) =>
      fetch(`${baseUrl}/api/exercises/softmax/run`, {
        method: "POST",
        headers: { origin: baseUrl, "content-type": "application/json", cookie: `gd_learner=${cookie}` },
        body: JSON.stringify({ code: REFERENCE }),
      });
    const responses = await Promise.all(Array.from({ length: 45 }, () => run("burst-learner")));
    const statuses = responses.map((response) => response.status);
    // 30 pass the limit (a 503 would be a Run that waited too long on a loaded machine); the rest are refused at once.
    expect(statuses.every((status) => status === 200 || status === 429 || status === 503)).toBe(true);
    const limited = responses.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThanOrEqual(10);
    expect(limited.length).toBeLessThanOrEqual(15);
    expect(Number(limited[0].headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await limited[0].json()).toEqual({
      error: {
        code: "rate_limited",
        message: expect.stringMatching(/^You are running code faster than the grader allows\. Your code is still here: try again in \d+ s\.$/),
      },
    });
    const other = await run("another-learner");
    expect(other.status).toBe(200);
    expect((await other.json()).verdict).toBe("accepted");
  });
});
