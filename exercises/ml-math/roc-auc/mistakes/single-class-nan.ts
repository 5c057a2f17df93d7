function checkBothClasses(positives: number, negatives: number): void {
  if (positives + negatives === 0) throw new Error("no samples");
}
