#!/usr/bin/env node
// The `bedrock-emulator` bin. An installed package runs the built CLI (`dist/cli.js`). In a fresh clone
// of the repository (after `npm ci`, before any build) `dist/` does not exist yet: the bin then runs the
// TypeScript source through tsx (a devDependency of the workspace), so `npx bedrock-emulator` works at
// once and never asks a registry for anything.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../src/cli.ts', import.meta.url).href);
}
