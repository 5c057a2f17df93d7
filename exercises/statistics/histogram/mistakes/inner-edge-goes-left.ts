// Bins (e_k, e_{k+1}], the first one closed on the left: a value on an inner edge goes left.
function binIndex(value: number, lo: number, width: number, edges: number[]): number {
  let k = 0;
  while (k < edges.length - 2 && value > edges[k + 1]) k++;
  return k;
}
