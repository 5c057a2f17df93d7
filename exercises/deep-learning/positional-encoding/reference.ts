/**
 * Sinusoidal positional encoding: PE[pos][2i] = sin(pos / 10000^(2i / dModel)), PE[pos][2i + 1] = cos of the same angle.
 * seqLen 0 gives [] and dModel 0 gives seqLen empty rows: empty answers, not errors.
 */
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  if (!Number.isInteger(seqLen) || seqLen < 0) throw new Error(`seqLen must be an integer >= 0, got ${seqLen}`);
  if (!Number.isInteger(dModel) || dModel < 0) throw new Error(`dModel must be an integer >= 0, got ${dModel}`);
  // One inverse frequency per pair of columns (2i, 2i + 1); an odd dModel ends with a lone sine.
  const inverseFrequency: number[] = [];
  for (let j = 0; j < dModel; j += 2) inverseFrequency.push(Math.pow(10000, j / dModel));
  const out: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) {
    const row: number[] = new Array(dModel);
    for (let j = 0; j < dModel; j++) {
      const angle = pos / inverseFrequency[j >> 1];
      row[j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
    out.push(row);
  }
  return out;
}
