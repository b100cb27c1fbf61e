// Side-by-side measurement: the contenders of one benchmark run in
// alternating rounds in the same process, so machine noise (other work on a
// shared 2-core box, CPU frequency) hits them alike; each is reported by its
// median round.

/** The median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Runs each case for `roundMs` per round, `rounds` times, rotating the order
 * every round, after one warm-up round. A case is `{ name, run }` where
 * `run()` (sync or async) does one unit of work and returns how many units it
 * did (bytes, requests; default 1).
 * @returns {Promise<Map<string, number>>} units per second, median round, by case name
 */
export async function compareRates(cases, { rounds = 5, roundMs = 250 } = {}) {
  const rates = new Map(cases.map(({ name }) => [name, []]));
  for (let round = -1; round < rounds; round++) {
    const order = cases.map((_, index) => cases[(index + Math.max(round, 0)) % cases.length]);
    for (const { name, run } of order) {
      let units = 0;
      const start = performance.now();
      let elapsed = 0;
      do {
        units += (await run()) ?? 1;
        elapsed = performance.now() - start;
      } while (elapsed < roundMs);
      if (round >= 0) rates.get(name).push((units / elapsed) * 1000);
    }
  }
  return new Map([...rates].map(([name, values]) => [name, median(values)]));
}

/** `1234567` → `1.23 M`, for rates. */
export function formatRate(value, unit) {
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} G${unit}`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M${unit}`;
  if (value >= 1e3) return `${(value / 1e3).toFixed(2)} k${unit}`;
  return `${value.toFixed(1)} ${unit}`;
}

/** Bytes as MB (10^6) with one decimal. */
export const formatMegabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** `ours / theirs` as `1.73×`. */
export const formatRatio = (ours, theirs) => (Number.isFinite(ours / theirs) ? `${(ours / theirs).toFixed(2)}×` : 'n/a');

/** Prints a Markdown table. */
export function printTable(header, rows) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column] ?? '').length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}
