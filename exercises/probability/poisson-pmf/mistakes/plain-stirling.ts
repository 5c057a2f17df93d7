// Stirling: ln k! ~ k ln k - k + ln(2 pi k) / 2, without its correction terms (off by 1/(12k)).
function logFactorial(k: number): number {
  return k === 0 ? 0 : k * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI * k);
}
