"use client";

import { useSyncExternalStore } from "react";
import type { Theme } from "./theme";

/** The theme in effect: the explicit choice on <html data-theme>, else the system's. */
export function readEffectiveTheme(): Theme {
  const explicit = document.documentElement.dataset.theme;
  if (explicit === "light" || explicit === "dark") return explicit;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  media.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", onChange);
  };
}

/** Re-renders when the toggle or the system preference changes the theme (Monaco follows it). */
export function useEffectiveTheme(): Theme {
  return useSyncExternalStore(subscribe, readEffectiveTheme, () => "light");
}
