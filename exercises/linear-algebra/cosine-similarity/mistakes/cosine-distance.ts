// 1 - cos: the cosine distance (scipy.spatial.distance.cosine)
function clampToUnit(cosine: number): number {
  return 1 - cosine;
}
