/**
 * A grading process: never the web server's. Started by the pool with --no-node-snapshot
 * (required by isolated-vm on Node 20+), it grades one submission at a time in a fresh context
 * of a warm isolate. The parent kills it on a wall-clock deadline or an RSS ceiling; a fatal V8
 * out-of-memory here kills only this process.
 */
import { trackExercisesVersion } from "../lib/exercises/exercises-version";
import { loadExerciseCatalog, type ExerciseContent } from "../lib/exercises/load-catalog";
import { loadExerciseRuntime } from "../lib/exercises/load-runtime";
import { EXERCISES_DIR } from "../lib/exercises/paths";
import { prepareExercise, type PreparedExercise } from "./cases";
import { gradeSource } from "./grade";
import { measureReferenceCost } from "./measure-reference";
import type { ExerciseSummary, WorkerErrorCode, WorkerRequest } from "./protocol";
import { IsolateHost } from "./sandbox";

const host = new IsolateHost();
let catalog: Map<string, ExerciseContent> | null = null;
const prepared = new Map<string, PreparedExercise | Error>();
// In development (the pool's reloadExercises) a change to any exercise file drops what this
// process loaded, so the next job grades with the edited tests; otherwise exercises load once.
const currentVersion = process.env.GD_RELOAD_EXERCISES === "1" ? trackExercisesVersion(EXERCISES_DIR) : () => "loaded once";
let loadedVersion: string | null = null;

class WorkerError extends Error {
  constructor(
    readonly code: WorkerErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Exercises are read once per process (in development: again after a change, see above). */
function exercise(exerciseId: string): PreparedExercise {
  const version = currentVersion();
  if (version !== loadedVersion) {
    catalog = null;
    prepared.clear();
    loadedVersion = version;
  }
  catalog ??= new Map(loadExerciseCatalog(EXERCISES_DIR).exercises.map((content) => [content.meta.id, content]));
  const content = catalog.get(exerciseId);
  if (!content) throw new WorkerError("unknown_exercise", `unknown exercise ${exerciseId}`);
  let entry = prepared.get(exerciseId);
  if (!entry) {
    try {
      entry = prepareExercise(loadExerciseRuntime(EXERCISES_DIR, content));
    } catch (error) {
      entry = error instanceof Error ? error : new Error(String(error));
    }
    prepared.set(exerciseId, entry);
  }
  if (entry instanceof Error) throw new WorkerError("exercise_broken", `exercise ${exerciseId} is broken: ${entry.message}`);
  return entry;
}

function handle(request: WorkerRequest): unknown {
  const target = exercise(request.exerciseId);
  if (request.type === "describe") {
    const summary: ExerciseSummary = {
      exerciseId: request.exerciseId,
      examples: target.examples.length,
      hidden: target.hidden.filter((item) => item.tier === "required").length,
      robustness: target.hidden.filter((item) => item.tier === "robustness").length,
      authorErrors: target.authorErrors,
    };
    return summary;
  }
  if (request.type === "measure") return measureReferenceCost(target);
  // A reference that disagrees with its own tests would grade learners wrongly: refuse, and
  // let `npm run check:exercises` (or describe) name the problem to the author.
  if (target.authorErrors.length > 0) {
    throw new WorkerError("exercise_broken", `exercise ${request.exerciseId} is broken: ${target.authorErrors[0]}`);
  }
  // The pool hears when the robustness tier runs: if it gets this process killed, the pool grades
  // again without it, so that the tier never decides the verdict.
  return gradeSource(target, request.source, request.mode, host, {
    skipRobustness: request.skipRobustness === true,
    onPhase: (phase) => process.send?.({ id: request.id, ok: true, phase }),
  });
}

process.on("message", (request: WorkerRequest) => {
  try {
    process.send?.({ id: request.id, ok: true, result: handle(request) });
  } catch (error) {
    const code = error instanceof WorkerError ? error.code : "internal";
    const message = error instanceof Error ? error.message : String(error);
    process.send?.({ id: request.id, ok: false, code, message: message.slice(0, 4000) });
  }
  prepareWhileIdle();
});

/** The next job's fresh context is made once this one is answered (see IsolateHost.prepareNext). */
function prepareWhileIdle(): void {
  setImmediate(() => {
    try {
      host.prepareNext();
    } catch {
      // Nothing lost: the next job makes its context itself.
    }
  });
}

// The parent went away (server stopped or crashed): never outlive it.
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true });
prepareWhileIdle();
