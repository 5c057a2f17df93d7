import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { penguinRecords, penguins } from "@/lib/exercises/datasets";

const examplesOf = (folder: string) => JSON.parse(fs.readFileSync(path.resolve("exercises/projects", folder, "examples.json"), "utf8"));

describe("datasets: the Palmer penguins from vega-datasets", () => {
  it("has all 344 birds as recorded, and 333 complete ones", () => {
    const records = penguinRecords();
    expect(records).toHaveLength(344);
    expect(records[3]).toMatchObject({ species: "Adelie", bodyMassG: null, sex: null });
    expect(new Set(records.map((record) => record.species))).toEqual(new Set(["Adelie", "Chinstrap", "Gentoo"]));
    const complete = penguins();
    expect(complete).toHaveLength(333);
    expect(complete.every((bird) => Object.values(bird).every((value) => value !== null))).toBe(true);
    expect(complete[0]).toEqual({
      species: "Adelie",
      island: "Torgersen",
      beakLengthMm: 39.1,
      beakDepthMm: 18.7,
      flipperLengthMm: 181,
      bodyMassG: 3750,
      sex: "male",
    });
  });

  it("returns a fresh copy on every call", () => {
    penguinRecords()[0].bodyMassG = -1;
    expect(penguinRecords()[0].bodyMassG).toBe(3750);
  });

  it("is the source of the real-data rows inlined in the projects' examples.json", () => {
    const regression = examplesOf("project-linear-regression").find((example: { name: string }) => example.name.startsWith("penguins:"));
    const every10th = penguins().filter((_, i) => i % 10 === 0);
    expect(regression.args[0]).toEqual(every10th.map((bird) => [bird.flipperLengthMm]));
    expect(regression.args[1]).toEqual(every10th.map((bird) => bird.bodyMassG));

    const analysis = examplesOf("project-statistical-analysis").find((example: { name: string }) => example.name.startsWith("penguins:"));
    const every7th = penguinRecords().filter((_, i) => i % 7 === 3);
    expect(analysis.args[0]).toEqual(
      every7th.map(({ species, sex, beakLengthMm, beakDepthMm, flipperLengthMm, bodyMassG }) => ({
        species,
        sex,
        beakLengthMm,
        beakDepthMm,
        flipperLengthMm,
        bodyMassG,
      })),
    );
  });
});
