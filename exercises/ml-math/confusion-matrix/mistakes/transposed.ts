function tally(C: number[][], truth: number, prediction: number): void {
  C[prediction][truth]++;
}
