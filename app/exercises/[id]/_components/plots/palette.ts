import type { Theme } from "@/app/_components/theme";

/** Chart colours per theme (SVG attributes take colours, not the page's CSS variables). */
export interface Palette {
  actual: string;
  /** A second learner line on the same chart (fit-line's `compare`). */
  compare: string;
  expected: string;
  points: string;
  grid: string;
  axis: string;
  text: string;
  surface: string;
}

const PALETTES: Record<Theme, Palette> = {
  light: {
    actual: "#3451d1",
    compare: "#0f8a6a",
    expected: "#b4540a",
    points: "#7c8694",
    grid: "#e4e7eb",
    axis: "#9aa3ae",
    text: "#5b6470",
    surface: "#ffffff",
  },
  dark: {
    actual: "#8097ff",
    compare: "#4fd1a5",
    expected: "#f0a35e",
    points: "#7d8896",
    grid: "#2b313a",
    axis: "#5d6773",
    text: "#98a2ae",
    surface: "#161a20",
  },
};

export function paletteOf(theme: Theme): Palette {
  return PALETTES[theme];
}

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumSignificantDigits: 3 });

/** Axis ticks: 3 significant digits, large values compact (18M), tiny ones in exponent form. */
export function formatTick(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 1e4) return compact.format(value);
  if (magnitude > 0 && magnitude < 1e-3) return value.toExponential(1);
  return String(Number(value.toPrecision(4)));
}

/** Round tick values (1, 2 or 5 times a power of ten) covering [low, high], about `count` of them. */
export function niceTicks(low: number, high: number, count = 6): number[] {
  if (!(high > low)) return [low];
  const rough = (high - low) / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= high + step * 1e-9; tick += step) ticks.push(Number(tick.toPrecision(12)));
  if (ticks[ticks.length - 1] < high) ticks.push(Number((ticks[ticks.length - 1] + step).toPrecision(12)));
  return ticks;
}
