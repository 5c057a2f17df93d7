// Rounds up: a last, partial window is kept and reads zeros past the padded end.
function outputSize(padded: number, k: number, stride: number): number {
  return Math.ceil((padded - k) / stride) + 1;
}
