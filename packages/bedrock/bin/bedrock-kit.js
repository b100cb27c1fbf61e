#!/usr/bin/env node
// The `bedrock-kit` command. This small launcher exists before any build, so
// `npm ci` in a source checkout links it (npm skips a bin whose file is
// missing, and `npx bedrock-kit` would then ask the registry for a package of
// that name). Installed from npm, dist/ is always there and it only loads it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  // A source checkout before its first build: build once, with progress on stderr.
  const builder = new URL('../../../tools/scripts/build-with-progress.mjs', import.meta.url);
  if (!existsSync(new URL('../src/cli/main.ts', import.meta.url)) || !existsSync(builder)) {
    process.stderr.write('bedrock-kit: dist/cli.js is missing from @bedrock-kit/bedrock; reinstall the package.\n');
    process.exit(1);
  }
  process.stderr.write('bedrock-kit: first run in this checkout, so the command is built first.\n');
  const { buildWithProgress } = await import(builder.href);
  if (!(await buildWithProgress(['@bedrock-kit/bedrock']))) process.exit(1);
}
await import(cli.href);
