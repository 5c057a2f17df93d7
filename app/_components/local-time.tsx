"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * A time in the reader's own time zone and locale, which the server does not know: the server
 * (and hydration) render UTC, then the browser re-renders it locally.
 */
export function LocalTime({ iso }: { iso: string }) {
  const isBrowser = useSyncExternalStore(subscribe, () => true, () => false);
  const text = isBrowser
    ? new Date(iso).toLocaleString([], { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" })
    : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return <time dateTime={iso}>{text}</time>;
}
