// the catalog's absolute threshold: right for vectors of norm about 1, blind to their scale
function isIndependent(length: number, original: number): boolean {
  return !(length < 1e-10);
}
