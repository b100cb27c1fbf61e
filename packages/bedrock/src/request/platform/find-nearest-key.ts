/**
 * The known key closest to `key`: the same letters once case, `_` and `-` are set aside
 * (`use_converse` → `useConverse`), else the one the fewest single-letter edits away
 * (at most a third of the key), else `undefined`.
 */
export function findNearestKey(key: string, known: Iterable<string>): string | undefined {
  const plain = (value: string) => value.replace(/[_-]/g, '').toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const distance = plain(candidate) === plain(key) ? 0 : countEdits(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Levenshtein distance, one row at a time. */
function countEdits(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}
