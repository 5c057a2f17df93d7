// All the sines first, then all the cosines (the tensor2tensor layout), instead of interleaved.
function encodingRow(pos: number, dModel: number): number[] {
  const angles = Array.from({ length: Math.ceil(dModel / 2) }, (_, i) => angle(pos, 2 * i, dModel));
  return [...angles.map(Math.sin), ...angles.map(Math.cos)].slice(0, dModel);
}
