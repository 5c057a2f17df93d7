import { GraderPool } from "../../grader/pool";

const globalForGrader = globalThis as unknown as { graderPool?: GraderPool };

/**
 * The web server's one pool of grading processes (kept on globalThis so development reloads do
 * not start new ones). Size from GRADER_WORKERS, default 2 (one per core on the reference machine).
 * Outside production its processes pick up edited exercise files (the authoring loop).
 */
export function getGraderPool(): GraderPool {
  if (!globalForGrader.graderPool) {
    const size = Number(process.env.GRADER_WORKERS ?? 2);
    globalForGrader.graderPool = new GraderPool({
      size: Number.isInteger(size) && size > 0 ? size : 2,
      reloadExercises: process.env.NODE_ENV !== "production",
    });
  }
  return globalForGrader.graderPool;
}
