function affine(gamma: number, centred: number, inv: number, beta: number): number {
  return centred * inv;
}
