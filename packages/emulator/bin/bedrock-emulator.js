#!/usr/bin/env node
// The `bedrock-emulator` command. This small launcher exists before any build,
// so `npm ci` in a source checkout links it (npm skips a bin whose file is
// missing, and `npx bedrock-emulator` would then ask the registry for a package
// of that name). Installed from npm, dist/ is always there and it only loads it;
// in a source checkout before its first build it runs the TypeScript source
// through tsx (a devDependency of the workspace), so it starts at once.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  const source = new URL('../src/cli.ts', import.meta.url);
  let register;
  if (existsSync(source)) register = await import('tsx/esm/api').then((tsx) => tsx.register, () => undefined);
  if (!register) {
    process.stderr.write('bedrock-emulator: dist/cli.js is missing from @bedrock-kit/emulator; reinstall the package.\n');
    process.exit(1);
  }
  register();
  await import(source.href);
}
