/** Sinusoidal positional encoding: a seqLen x dModel matrix, sin in even columns and cos in odd ones. */
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  // Your code here: PE[pos][2i] = sin(pos / 10000^(2i / dModel)), PE[pos][2i + 1] = cos(same angle).
  return [];
}
