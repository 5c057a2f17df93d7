// Student's pooled degrees of freedom, na + nb - 2, with Welch's t.
function welchDf(wa: number, wb: number, na: number, nb: number): number {
  return na + nb - 2;
}
