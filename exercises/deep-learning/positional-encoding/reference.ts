/**
 * Sinusoidal positional encoding: PE[pos][2i] = sin(pos / 10000^(2i / dModel)), PE[pos][2i + 1] = cos of the same angle.
 * seqLen 0 gives [] and dModel 0 gives seqLen empty rows: empty answers, not errors.
 */
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  if (!Number.isInteger(seqLen) || seqLen < 0) throw new Error(`seqLen must be an integer >= 0, got ${seqLen}`);
  if (!Number.isInteger(dModel) || dModel < 0) throw new Error(`dModel must be an integer >= 0, got ${dModel}`);
  const out: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) out.push(encodingRow(pos, dModel));
  return out;
}

/** Row pos: column j is the wave of column j at angle(pos, j); an odd dModel ends with a lone sine. */
function encodingRow(pos: number, dModel: number): number[] {
  const row: number[] = new Array(dModel);
  for (let j = 0; j < dModel; j++) row[j] = wave(j, angle(pos, j, dModel));
  return row;
}

/** pos / 10000^(2i / dModel), where 2i is the first column of column j's (sin, cos) pair. */
function angle(pos: number, j: number, dModel: number): number {
  return pos / Math.pow(10000, pairStart(j) / dModel);
}

/** 2i for column j: the even column that starts j's pair, so columns 2i and 2i + 1 share one frequency. */
function pairStart(j: number): number {
  return j - (j % 2);
}

/** sin in the even columns, cos in the odd ones. */
function wave(j: number, angle: number): number {
  return j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
}
