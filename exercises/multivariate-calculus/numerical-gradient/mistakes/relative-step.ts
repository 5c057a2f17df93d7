// A step relative to each coordinate: it collapses where x_i is tiny (and is 0 where x_i = 0).
function stepAt(xi: number, h: number): number {
  return h * Math.abs(xi);
}
