"use client";

import { useIsHydrated } from "./use-is-hydrated";

const FORMATS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  dateTime: { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" },
  dateTimeWithYear: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A moment in the reader's own time zone. The server cannot know that zone: the server render
 * and the hydration render both use UTC (so they match), then the browser re-renders it in the
 * reader's zone.
 */
export function LocalTime({ iso, format = "dateTime" }: { iso: string; format?: keyof typeof FORMATS }) {
  const isHydrated = useIsHydrated();
  const text = new Date(iso).toLocaleString("en-GB", { ...FORMATS[format], timeZone: isHydrated ? undefined : "UTC" });
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
