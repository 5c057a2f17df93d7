function winsVoteTie(label: number, best: number): boolean {
  return false;
}
