#!/usr/bin/env node
// The facade's shape, as decision 0008 counts it: `node tools/scripts/facade-metrics.mjs [root]`. Source files
// of packages/bedrock/src (no tests, test support, cli/, fixtures/, on-the-wire/), distinct file → file
// import edges between them, the files one `streamText` reaches by static value imports (what loads before
// its first byte; code loaded on use excluded) and with its dynamic imports, and the transport's size.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
const root = process.argv[2] ?? new URL('../..', import.meta.url).pathname;
const src = join(root, 'packages/bedrock/src');
const skip = (p) => /\.test\.ts$|\.test-support\.ts$|\/(cli|fixtures|on-the-wire)\//.test(p);
const files = [];
(function walk(d) { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (p.endsWith('.ts') && !skip(p)) files.push(p); } })(src);
const rx = /(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const edges = new Map(); let edgeCount = 0;
const resolveLocal = (from, spec) => { for (const c of [spec + '.ts', join(spec, 'index.ts')]) { const p = resolve(dirname(from), c); if (existsSync(p)) return p; } return undefined; };
for (const f of files) {
  const text = readFileSync(f, 'utf8'); const out = []; const seen = new Set();
  for (const m of text.matchAll(rx)) {
    const spec = m[4] ?? m[5]; if (!spec.startsWith('.')) continue;
    const target = resolveLocal(f, spec); if (!target || skip(target)) continue;
    const dynamic = !!m[5]; const typeOnly = !!m[2] || (/^\{[^}]*\}$/.test((m[3]||'').trim()) && (m[3]||'').split(',').every((x) => /^\s*\{?\s*type\s/.test(x)));
    out.push({ target, dynamic, typeOnly });
    if (!seen.has(target)) { seen.add(target); edgeCount++; }
  }
  edges.set(f, out);
}
const closure = (start, dynamic) => { const seen = new Set([start]); const q = [start]; while (q.length) { const f = q.pop(); for (const e of edges.get(f) ?? []) if ((dynamic || !e.dynamic) && !e.typeOnly && !seen.has(e.target)) { seen.add(e.target); q.push(e.target); } } return seen; };
const entry = join(src, 'calls/stream-text.ts');
console.log(JSON.stringify({ facadeFiles: files.length, importEdges: edgeCount, streamTextUpFront: closure(entry, false).size, streamTextWithLoadedOnUse: closure(entry, true).size }));
const transport = files.filter((f) => f.includes('/transport/'));
console.log('transport files', transport.length, 'lines', transport.reduce((s, f) => s + readFileSync(f, 'utf8').split('\n').length, 0));
