import { getDraft } from "@/lib/drafts/get-draft";
import { isAppError } from "@/lib/errors";
import { getExerciseCatalog } from "@/lib/exercises/catalog";
import { getGraderPool } from "@/lib/grader-pool/get-grader-pool";
import { findCurrentLearner } from "@/lib/http/current-learner";
import { listProgress } from "@/lib/progress/list-progress";
import { listSubmissions } from "@/lib/submissions/list-submissions";
import type { ProgressStatus } from "@/app/_components/status-badge";
import type { HistoryEntry } from "./types";

export interface WorkspaceData {
  status: ProgressStatus | null;
  isRobust: boolean;
  draft: { code: string; updatedAt: string } | null;
  history: HistoryEntry[];
  /** Hidden required tests and robustness checks; null when the grader cannot tell quickly. */
  hiddenCount: { hidden: number; robustness: number } | null;
  /** A message when the learner's data could not be read (the page still works). */
  storageProblem: string | null;
}

const DESCRIBE_TIMEOUT_MS = 3000;
// A describe() is a job for a grading process: cache the count instead of asking on every view.
// In development the catalog is re-read after any exercise edit: a count from before is stale.
const HIDDEN_COUNT_TTL_MS = 5 * 60_000;
type Catalog = ReturnType<typeof getExerciseCatalog>;
const hiddenCounts = new Map<string, { count: { hidden: number; robustness: number }; at: number; catalog: Catalog }>();

/** Everything the workspace needs from the server, for the learner of this request. */
export async function loadWorkspaceData(exerciseSlug: string): Promise<WorkspaceData> {
  const [learnerData, hiddenCount] = await Promise.all([loadLearnerData(exerciseSlug), loadHiddenCount(exerciseSlug)]);
  return { ...learnerData, hiddenCount };
}

async function loadLearnerData(exerciseSlug: string): Promise<Omit<WorkspaceData, "hiddenCount">> {
  try {
    const learner = await findCurrentLearner();
    if (!learner) return { status: null, isRobust: false, draft: null, history: [], storageProblem: null };
    const [progress, draft, submissions] = await Promise.all([
      listProgress({ learnerId: learner.id }),
      getDraft({ learnerId: learner.id, exerciseSlug }),
      listSubmissions({ learnerId: learner.id, exerciseSlug }),
    ]);
    const mine = progress.find((row) => row.exerciseSlug === exerciseSlug);
    return {
      status: mine?.status ?? null,
      isRobust: mine?.isRobust ?? false,
      draft: draft && { code: draft.code, updatedAt: draft.updatedAt.toISOString() },
      history: submissions.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
      storageProblem: null,
    };
  } catch (error) {
    // The statement and the editor stay usable without saved work. (not_found here means the
    // exercise is in the catalog but not yet in the database index: start-up indexes it, and in
    // development every read indexes a changed catalog first.)
    console.error(`[page] /exercises/${exerciseSlug}: learner data unavailable:`, isAppError(error) ? error.message : error);
    return { status: null, isRobust: false, draft: null, history: [], storageProblem: "Your saved work could not be loaded right now." };
  }
}

/** The number of hidden tests and robustness checks, for the hint line; null when the grader cannot tell quickly. */
async function loadHiddenCount(exerciseSlug: string): Promise<WorkspaceData["hiddenCount"]> {
  const catalog = getExerciseCatalog();
  const cached = hiddenCounts.get(exerciseSlug);
  if (cached && cached.catalog === catalog && Date.now() - cached.at < HIDDEN_COUNT_TTL_MS) return cached.count;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), DESCRIBE_TIMEOUT_MS);
  });
  try {
    const summary = getGraderPool()
      .describe(exerciseSlug)
      .then((described) => {
        const count = { hidden: described.hidden, robustness: described.robustness };
        hiddenCounts.set(exerciseSlug, { count, at: Date.now(), catalog });
        return count;
      })
      .catch((error: unknown) => {
        console.warn(`[page] describe(${exerciseSlug}) failed: ${error instanceof Error ? error.message : String(error)}`);
        return null;
      });
    return await Promise.race([summary, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
