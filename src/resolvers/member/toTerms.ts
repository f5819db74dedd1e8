/** Sorted years on the Council as runs of consecutive years ("terms"). */
export function toTerms(years: number[]): Array<{ from: number; to: number }> {
  const terms: Array<{ from: number; to: number }> = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const last = terms[terms.length - 1];
    if (last && year === last.to + 1) last.to = year;
    else terms.push({ from: year, to: year });
  }
  return terms;
}
