// Each column uses its own index in the exponent, so cos(2i + 1) gets a different frequency from sin(2i).
function pairStart(j: number): number {
  return j;
}
