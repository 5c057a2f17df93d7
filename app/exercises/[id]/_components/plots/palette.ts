import type { Theme } from "../../../../_components/theme";

/** Chart colours per theme (SVG attributes take colours, not the page's CSS variables). */
export interface Palette {
  actual: string;
  expected: string;
  points: string;
  grid: string;
  axis: string;
  text: string;
  surface: string;
}

const PALETTES: Record<Theme, Palette> = {
  light: { actual: "#3451d1", expected: "#b4540a", points: "#7c8694", grid: "#e4e7eb", axis: "#9aa3ae", text: "#5b6470", surface: "#ffffff" },
  dark: { actual: "#8097ff", expected: "#f0a35e", points: "#7d8896", grid: "#2b313a", axis: "#5d6773", text: "#98a2ae", surface: "#161a20" },
};

export function paletteOf(theme: Theme): Palette {
  return PALETTES[theme];
}

/** Axis ticks: 4 significant digits, thousands without exponent. */
export function formatTick(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-3)) return value.toExponential(1);
  return String(Number(value.toPrecision(4)));
}
