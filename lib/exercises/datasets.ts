/**
 * Small real data sets for exercises' tests.ts (`import { penguins } from "@/lib/exercises/datasets"`).
 * They ship inside npm packages and are read from disk on the host of a grading process: never
 * downloaded at run time, never loaded by the web server, and they reach the sandbox only as test
 * inputs. Visible examples inline a subset in examples.json (the page reads that file only).
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type PenguinSpecies = "Adelie" | "Chinstrap" | "Gentoo";

/** One bird of the Palmer penguins data, measured at Palmer Station, Antarctica (2007-2009). */
export interface Penguin {
  species: PenguinSpecies;
  island: "Biscoe" | "Dream" | "Torgersen";
  beakLengthMm: number;
  beakDepthMm: number;
  flipperLengthMm: number;
  bodyMassG: number;
  sex: "female" | "male";
}

/** The same bird as recorded, with null where a measurement (or the sex) is missing. */
export type PenguinRecord = { [Key in keyof Penguin]: Key extends "species" | "island" ? Penguin[Key] : Penguin[Key] | null };

interface VegaPenguin {
  Species: PenguinSpecies;
  Island: Penguin["island"];
  "Beak Length (mm)": number | null;
  "Beak Depth (mm)": number | null;
  "Flipper Length (mm)": number | null;
  "Body Mass (g)": number | null;
  Sex: "MALE" | "FEMALE" | "." | null;
}

let records: PenguinRecord[] | null = null;

/**
 * The Palmer penguins, all 344 birds in the file's order, with missing values as null (the
 * source's "." for an unknown sex too). Source: the vega-datasets package (data/penguins.json),
 * from Gorman, Williams & Fraser (2014), PLoS ONE 9(3): e90081, via Allison Horst's
 * palmerpenguins; licence CC0 1.0. A fresh copy on every call: callers may change it.
 */
export function penguinRecords(): PenguinRecord[] {
  records ??= readPackageJson<VegaPenguin[]>("vega-datasets", "data/penguins.json").map((row) => ({
    species: row.Species,
    island: row.Island,
    beakLengthMm: row["Beak Length (mm)"],
    beakDepthMm: row["Beak Depth (mm)"],
    flipperLengthMm: row["Flipper Length (mm)"],
    bodyMassG: row["Body Mass (g)"],
    sex: row.Sex === "MALE" ? "male" : row.Sex === "FEMALE" ? "female" : null,
  }));
  return records.map((record) => ({ ...record }));
}

/** The 333 penguins with every measurement and the sex known (R's na.omit(penguins)), in file order. */
export function penguins(): Penguin[] {
  return penguinRecords().filter((record): record is Penguin => Object.values(record).every((value) => value !== null));
}

/**
 * Reads a JSON file shipped inside an installed package. The package's own entry point is not
 * used: vega-datasets' fetches from a CDN, and its `exports` hide the data folder from import.
 */
function readPackageJson<T>(packageName: string, file: string): T {
  const entry = createRequire(import.meta.url).resolve(packageName);
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, "package.json")) && dir !== path.dirname(dir)) dir = path.dirname(dir);
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as T;
}
