// The Welch-Satterthwaite df rounded to the nearest integer.
function welchDf(wa: number, wb: number, na: number, nb: number): number {
  return Math.round((wa + wb) ** 2 / (wa ** 2 / (na - 1) + wb ** 2 / (nb - 1)));
}
