"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False on the server and during hydration, true from the first render after it: for text that
 * only the browser knows (its time zone, its origin). React renders the server's value while
 * hydrating and re-renders once with the browser's, without a setState in an effect.
 */
export function useIsHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
