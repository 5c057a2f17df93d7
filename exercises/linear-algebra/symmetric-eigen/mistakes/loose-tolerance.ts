function converged(off2: number, norm2: number): boolean {
  return off2 <= 1e-16 * norm2;
}
