import path from "node:path";

/**
 * The app's root folder, computed in one place. Next.js bundles server code into .next/, so
 * module-relative paths would point there; the server, the CLIs and the grading processes all
 * run from the project root (override with GD_ROOT).
 */
export const APP_ROOT = process.env.GD_ROOT ?? process.cwd();

/** Where exercise folders live: exercises/<track>/<exercise-id>/ (override with GD_EXERCISES_DIR). */
export const EXERCISES_DIR = process.env.GD_EXERCISES_DIR ?? path.join(APP_ROOT, "exercises");
