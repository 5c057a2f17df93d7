"use client";

import { useCallback, useEffect, useMemo, useState } from "react";
import { useIsHydrated } from "@/app/_components/use-is-hydrated";

/**
 * The seconds left before the server accepts the next submit of this exercise, ticking four
 * times a second. Starts from the last submission (on load), from a new submit, or from the
 * server's Retry-After when a submit was refused. The server enforces the interval; this only tells.
 */
export function useSubmitCountdown(intervalSeconds: number, lastSubmittedAt: string | null) {
  const isHydrated = useIsHydrated();
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const fromHistory = lastSubmittedAt && intervalSeconds > 0 ? Date.parse(lastSubmittedAt) + intervalSeconds * 1000 : 0;
  const waitUntil = Math.max(until, fromHistory);

  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= waitUntil) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [waitUntil]);

  const startFrom = useCallback(
    (at: number) => {
      setNow(Date.now());
      setUntil(intervalSeconds > 0 ? at + intervalSeconds * 1000 : 0);
    },
    [intervalSeconds],
  );
  const waitFor = useCallback((seconds: number) => {
    setNow(Date.now());
    setUntil(Date.now() + seconds * 1000);
  }, []);
  // The server's render and hydration show no wait: only the browser's clock can tell.
  const secondsLeft = isHydrated ? Math.max(0, Math.ceil((waitUntil - now) / 1000)) : 0;
  return useMemo(() => ({ secondsLeft, startFrom, waitFor }), [secondsLeft, startFrom, waitFor]);
}
