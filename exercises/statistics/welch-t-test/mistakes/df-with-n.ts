// Each term of the Welch-Satterthwaite denominator divided by n instead of n - 1.
function welchDf(wa: number, wb: number, na: number, nb: number): number {
  return (wa + wb) ** 2 / (wa ** 2 / na + wb ** 2 / nb);
}
