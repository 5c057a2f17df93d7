"use client";

import { useCallback, useEffect, useMemo, useState } from "react";

/**
 * The seconds left before the server accepts the next submit of this exercise, ticking once a
 * second. Starts from the last submission (on load), from a new submit, or from the server's
 * Retry-After when a submit was refused. The server enforces the interval; this only tells.
 */
export function useSubmitCountdown(intervalSeconds: number, lastSubmittedAt: string | null) {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(0);

  // After hydration only: the server's render and the first client render must agree.
  useEffect(() => {
    if (lastSubmittedAt && intervalSeconds > 0) setUntil(Date.parse(lastSubmittedAt) + intervalSeconds * 1000);
  }, [lastSubmittedAt, intervalSeconds]);

  useEffect(() => {
    setNow(Date.now());
    if (until <= Date.now()) return;
    const timer = window.setInterval(() => {
      const at = Date.now();
      setNow(at);
      if (at >= until) window.clearInterval(timer);
    }, 250);
    return () => window.clearInterval(timer);
  }, [until]);

  const startFrom = useCallback((at: number) => setUntil(intervalSeconds > 0 ? at + intervalSeconds * 1000 : 0), [intervalSeconds]);
  const waitFor = useCallback((seconds: number) => setUntil(Date.now() + seconds * 1000), []);
  // now is 0 until the first effect ran (server render, hydration): nothing to wait for yet.
  const secondsLeft = now === 0 ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
  return useMemo(() => ({ secondsLeft, startFrom, waitFor }), [secondsLeft, startFrom, waitFor]);
}
