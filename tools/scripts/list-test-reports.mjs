import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Paths of every project's vitest JSON report (present or not). */
export function listTestReports(root) {
  const reports = [];
  for (const folder of ['packages', 'tools', 'examples']) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) reports.push(join(dir, entry.name, 'test-results.json'));
    }
  }
  return reports;
}
