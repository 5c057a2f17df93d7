function nearerFirst(a: Candidate, b: Candidate): number {
  return a.squared - b.squared || b.index - a.index;
}
