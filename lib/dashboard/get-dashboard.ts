import { getDb } from "../db/client";
import { withStorageErrors } from "../db/storage-errors";
import { getExerciseCatalog } from "../exercises/catalog";
import { TRACKS } from "../exercises/schema";
import type { Verdict } from "../grading/types";
import { listAssignedProblemSets } from "../problem-sets/list-assigned-problem-sets";
import { listProgress, type ExerciseProgress } from "../progress/list-progress";
import { computeStreak, localDayKey, type Streak } from "./streak";

const RECENT_COUNT = 8;
const PRACTICE_COUNT = 5;
/** Days in the activity calendar: twelve weeks. */
export const ACTIVITY_DAYS = 84;

export interface Dashboard {
  /** Per track: solved, and of those, solved and robust (both tiers passed). */
  tracks: { id: string; title: string; solved: number; robust: number; total: number }[];
  difficulties: { id: "easy" | "medium" | "hard"; solved: number; total: number }[];
  solved: number;
  /** Solved and robust (both tiers passed). */
  robust: number;
  total: number;
  streak: Streak;
  /** Accepted submissions per day (server's time zone), oldest first, ending today. */
  activity: { day: string; accepted: number }[];
  recent: { slug: string; title: string; verdict: Verdict; passed: number; total: number; createdAt: Date }[];
  /** Every exercise the learner submitted to, in catalog order. */
  exercises: { slug: string; title: string; status: ExerciseProgress["status"]; isRobust: boolean; attempts: number; firstSolvedAt: Date | null }[];
  next: {
    /** Open assigned sets with unsolved exercises, nearest due date first. */
    assigned: {
      id: string;
      title: string;
      dueAt: Date | null;
      isPastDue: boolean;
      course: { id: string; title: string };
      exercises: { slug: string; title: string; status: string }[];
    }[];
    /** Then unsolved exercises in catalog order (not already listed above). */
    practice: { slug: string; title: string; track: string; difficulty: string }[];
  };
}

/**
 * A learner's dashboard; a visitor without a learner (null) gets the empty one, with the first
 * catalog exercises to start with. Throws storage_unavailable.
 */
export async function getDashboard({ learnerId, now = new Date() }: { learnerId: string | null; now?: Date }): Promise<Dashboard> {
  const catalog = getExerciseCatalog().exercises;
  const [progress, acceptedAt, recentRows, assignedSets] = learnerId
    ? await Promise.all([
        listProgress({ learnerId }),
        withStorageErrors(() => getDb().submission.findMany({ where: { learnerId, verdict: "accepted" }, select: { createdAt: true } })),
        withStorageErrors(() =>
          getDb().submission.findMany({
            where: { learnerId },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: RECENT_COUNT,
            select: { verdict: true, passed: true, total: true, createdAt: true, exercise: { select: { slug: true, title: true } } },
          }),
        ),
        listAssignedProblemSets({ learnerId, now }),
      ])
    : [[], [], [], []];
  const bySlug = new Map(progress.map((row) => [row.exerciseSlug, row]));
  const isSolved = (slug: string) => bySlug.get(slug)?.status === "solved";
  const isRobust = (slug: string) => isSolved(slug) && bySlug.get(slug)?.isRobust === true;
  const titleOf = new Map(catalog.map((exercise) => [exercise.meta.id, exercise.meta.title]));

  const tracks = TRACKS.map((track) => {
    const inTrack = catalog.filter((exercise) => exercise.meta.track === track.id);
    return {
      id: track.id,
      title: track.title,
      solved: inTrack.filter((exercise) => isSolved(exercise.meta.id)).length,
      robust: inTrack.filter((exercise) => isRobust(exercise.meta.id)).length,
      total: inTrack.length,
    };
  }).filter((track) => track.total > 0);

  const difficulties = (["easy", "medium", "hard"] as const).map((id) => {
    const ofDifficulty = catalog.filter((exercise) => exercise.meta.difficulty === id);
    return { id, solved: ofDifficulty.filter((exercise) => isSolved(exercise.meta.id)).length, total: ofDifficulty.length };
  });

  const assigned = assignedSets
    .filter((set) => set.status === "published")
    .map((set) => ({
      id: set.id,
      title: set.title,
      dueAt: set.dueAt,
      isPastDue: set.isPastDue,
      course: set.course,
      exercises: set.exercises
        .filter((exercise) => exercise.standing.status !== "accepted" && exercise.isAvailable)
        .map((exercise) => ({ slug: exercise.slug, title: exercise.title, status: exercise.standing.status })),
    }))
    .filter((set) => set.exercises.length > 0);
  const listed = new Set(assigned.flatMap((set) => set.exercises.map((exercise) => exercise.slug)));
  const practice = catalog
    .filter((exercise) => !isSolved(exercise.meta.id) && !listed.has(exercise.meta.id))
    .slice(0, PRACTICE_COUNT)
    .map(({ meta }) => ({ slug: meta.id, title: meta.title, track: meta.track, difficulty: meta.difficulty }));

  return {
    tracks,
    difficulties,
    solved: tracks.reduce((sum, track) => sum + track.solved, 0),
    robust: tracks.reduce((sum, track) => sum + track.robust, 0),
    total: catalog.length,
    streak: computeStreak(
      acceptedAt.map((row) => row.createdAt),
      now,
    ),
    activity: activityCalendar(
      acceptedAt.map((row) => row.createdAt),
      now,
    ),
    recent: recentRows.map(({ exercise, ...row }) => ({ ...row, slug: exercise.slug, title: exercise.title, verdict: row.verdict as Verdict })),
    exercises: progress.map((row) => ({
      slug: row.exerciseSlug,
      title: titleOf.get(row.exerciseSlug) ?? row.exerciseSlug,
      status: row.status,
      isRobust: row.isRobust,
      attempts: row.attempts,
      firstSolvedAt: row.firstSolvedAt,
    })),
    next: { assigned, practice },
  };
}

function activityCalendar(acceptedAt: Date[], now: Date): Dashboard["activity"] {
  const counts = new Map<string, number>();
  for (const at of acceptedAt) counts.set(localDayKey(at), (counts.get(localDayKey(at)) ?? 0) + 1);
  return Array.from({ length: ACTIVITY_DAYS }, (_, index) => {
    const day = localDayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (ACTIVITY_DAYS - 1 - index), 12));
    return { day, accepted: counts.get(day) ?? 0 };
  });
}
