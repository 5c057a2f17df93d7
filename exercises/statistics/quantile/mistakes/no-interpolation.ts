// The order statistic below h, without interpolating towards the next one.
function interpolate(sorted: number[], h: number): number {
  return sorted[Math.floor(h)];
}
