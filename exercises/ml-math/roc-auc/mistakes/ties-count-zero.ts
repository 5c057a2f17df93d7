function groupCredit(groupPositives: number, groupNegatives: number, negativesBelow: number): number {
  return groupPositives * negativesBelow;
}
