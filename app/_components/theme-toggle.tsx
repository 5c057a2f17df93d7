"use client";

import { useEffect } from "react";
import { THEME_COOKIE, parseTheme, type Theme } from "./theme";
import { useEffectiveTheme } from "./use-effective-theme";

/**
 * Switches between light and dark. The choice is kept in a cookie (so the server renders it on
 * the next visit without a flash) and in localStorage (restored if the cookie was cleared).
 */
export function ThemeToggle({ initialTheme }: { initialTheme: Theme | null }) {
  const effective = useEffectiveTheme();

  useEffect(() => {
    if (initialTheme) return;
    const stored = parseTheme(readStored());
    if (stored) applyTheme(stored);
  }, [initialTheme]);

  const next: Theme = effective === "dark" ? "light" : "dark";
  return (
    <button type="button" className="theme-toggle" onClick={() => applyTheme(next)} aria-label={`Switch to ${next} theme`} title={`Switch to ${next} theme`}>
      <span aria-hidden="true">{effective === "dark" ? "☀" : "☾"}</span>
    </button>
  );
}

function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.cookie = `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; SameSite=Lax`;
  try {
    localStorage.setItem("gd-theme", theme);
  } catch {
    // Storage disabled: the cookie still carries the choice.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem("gd-theme");
  } catch {
    return null;
  }
}
