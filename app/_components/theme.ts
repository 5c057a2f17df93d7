/** The theme chosen with the toggle; absent means "follow the system" (prefers-color-scheme). */
export type Theme = "light" | "dark";

export const THEME_COOKIE = "gd_theme";

export function parseTheme(value: string | undefined | null): Theme | null {
  return value === "light" || value === "dark" ? value : null;
}
