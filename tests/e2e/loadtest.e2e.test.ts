import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

interface ScenarioSummary {
  scenario: string;
  ok: number;
  errors: number;
  errorSamples: string[];
  ops: Record<string, { n: number }>;
  probe: { n: number };
  health: { samples: number };
  cpu?: { web: number; grading: number; generator: number; idle: number };
  crash?: { acknowledged: number; presentInDatabase: number; presentThroughApi: number; lost: number; integrity: string };
}

/** `npm run loadtest -- --smoke`: its own production server and throwaway database; the last stdout line is JSON. */
function runSmokeLoadtest(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"), "tests/load/loadtest.mts", "--smoke"], {
      cwd: ROOT,
      env: process.env,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// No timing assertions: this proves the load generator, the server under concurrent learners
// (fair queue, limits, health) and the kill -9 durability property, not speed.
describe("npm run loadtest -- --smoke", () => {
  it("drives every scenario without errors, and after kill -9 of the whole server every acknowledged submission is there (integrity ok)", async () => {
    const { code, stdout, stderr } = await runSmokeLoadtest();
    const last = stdout.trim().split("\n").at(-1) ?? "";
    const report = JSON.parse(last) as { ok: boolean; smoke: boolean; scenarios: ScenarioSummary[] };
    expect(stderr).toMatch(/\[class \d+\/\d+s\] ok \d+/); // progress while it runs
    expect(report.smoke).toBe(true);
    expect(report.scenarios.map((scenario) => scenario.scenario)).toEqual(["class", "burst", "abuse", "crash"]);
    for (const scenario of report.scenarios) {
      expect({ scenario: scenario.scenario, errors: scenario.errorSamples }).toEqual({ scenario: scenario.scenario, errors: [] });
      expect(scenario.ops["run:correct"]?.n ?? 0).toBeGreaterThan(0);
      expect(scenario.ops["submit:correct"]?.n ?? 0).toBeGreaterThan(0);
      expect(scenario.probe.n).toBeGreaterThan(0);
      expect(scenario.health.samples).toBeGreaterThan(0);
      // Where the CPU went (Linux /proc): the web server and the grading processes were found and busy.
      if (scenario.scenario !== "crash" && process.platform === "linux") {
        expect(scenario.cpu?.web ?? 0).toBeGreaterThan(0);
        expect(scenario.cpu?.grading ?? 0).toBeGreaterThan(0);
      }
    }
    const crash = report.scenarios.find((scenario) => scenario.scenario === "crash")?.crash;
    expect(crash?.acknowledged).toBeGreaterThan(0);
    expect(crash).toMatchObject({ lost: 0, integrity: "ok" });
    expect(crash?.presentInDatabase).toBe(crash?.acknowledged);
    expect(crash?.presentThroughApi).toBe(crash?.acknowledged);
    expect(report.ok).toBe(true);
    expect(code).toBe(0);
    expect(stdout).toContain("probe /session");
  }, 600_000);
});
