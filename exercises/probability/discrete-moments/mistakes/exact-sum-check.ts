// The sum compared with 1 exactly: 0.1 + 0.2 + 0.7 is 0.9999999999999999 and is rejected.
function checkSumsToOne(total: number): void {
  if (total !== 1) throw new Error("probabilities do not sum to 1");
}
