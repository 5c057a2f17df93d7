// Multiplied by ln(base) instead of divided.
function inBase(nats: number, base: number): number {
  return nats * Math.log(base);
}
