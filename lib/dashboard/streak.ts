/**
 * Streaks count calendar days in the SERVER's time zone (process.env.TZ, else the system's):
 * one zone for everyone keeps the number stable across devices; a learner far from the server
 * may see a day roll over at an unexpected hour. The dashboard says so.
 */

/** The calendar day of a moment in the server's time zone, as "YYYY-MM-DD". */
export function localDayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Noon of the day `offset` days away: built from calendar fields, so DST days still count as one. */
function shiftDay(date: Date, offset: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset, 12);
}

export interface Streak {
  /** Consecutive days with an accepted submission, ending today (or yesterday, if today has none yet). */
  current: number;
  longest: number;
  isActiveToday: boolean;
}

/** Streaks from the times of accepted submissions (any order). */
export function computeStreak(acceptedAt: Date[], now: Date): Streak {
  const days = new Set(acceptedAt.map(localDayKey));
  const isActiveToday = days.has(localDayKey(now));
  const runLength = (from: Date, step: 1 | -1) => {
    let length = 0;
    while (days.has(localDayKey(shiftDay(from, step * length)))) length += 1;
    return length;
  };
  const current = runLength(isActiveToday ? now : shiftDay(now, -1), -1);
  let longest = 0;
  for (const key of days) {
    const [year, month, day] = key.split("-").map(Number);
    const start = new Date(year, month - 1, day, 12);
    // Only from the first day of each run.
    if (!days.has(localDayKey(shiftDay(start, -1)))) longest = Math.max(longest, runLength(start, 1));
  }
  return { current, longest, isActiveToday };
}
