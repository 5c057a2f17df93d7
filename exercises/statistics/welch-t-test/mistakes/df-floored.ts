// The Welch-Satterthwaite df rounded down to an integer, as in a printed t table.
function welchDf(wa: number, wb: number, na: number, nb: number): number {
  return Math.floor((wa + wb) ** 2 / (wa ** 2 / (na - 1) + wb ** 2 / (nb - 1)));
}
