import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');

/**
 * Packages a README example (or one of ours) imports beside ours. They are linked from the workspace's
 * node_modules (`file:` a folder): what is tested is our tarballs, and an offline install cannot resolve a
 * registry version without the registry's metadata, which `npm ci` does not cache.
 */
const thirdParty = ['@ai-sdk/provider', 'ai', 'zod', '@types/node', '@aws-sdk/credential-providers', '@opentelemetry/api'];

/** Every public package in packages/*. */
export function listPublicPackages(): string[] {
  return readdirSync(join(repositoryRoot, 'packages'))
    .filter((name) => existsSync(join(repositoryRoot, 'packages', name, 'package.json')))
    .filter((name) => JSON.parse(readFileSync(join(repositoryRoot, 'packages', name, 'package.json'), 'utf8')).private !== true)
    .sort();
}

export interface ReadmeExample {
  /** e.g. `packages/bedrock/README.md#2` */
  name: string;
  code: string;
}

/** Every ```ts block of the root README, each package README and the migration guides' bedrock-kit blocks (the other SDK's blocks are not installed here). */
export function readReadmeExamples(): ReadmeExample[] {
  const guides = readdirSync(join(repositoryRoot, 'docs/guides')).filter((name) => name.endsWith('.md')).map((name) => join(repositoryRoot, 'docs/guides', name));
  const files = [join(repositoryRoot, 'README.md'), ...listPublicPackages().map((name) => join(repositoryRoot, 'packages', name, 'README.md')), ...guides];
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)]
      .map((match) => match[1]!)
      .filter((code) => !file.includes('/docs/guides/') || /from '@bedrock-kit\//.test(code))
      .map((code, index) => ({ name: `${relative(repositoryRoot, file)}#${index + 1}`, code })),
  );
}


/**
 * A project in a temporary folder, as a user would make one: `npm pack` of every public package (their
 * built `dist`), a package.json that depends on the tarballs, `npm install --offline` (the registry is
 * never asked: third-party packages come from the npm cache the workspace install filled), and one
 * source file per README example.
 */
export async function createConsumerProject(): Promise<{ directory: string; examples: Map<string, ReadmeExample> }> {
  const directory = mkdtempSync(join(tmpdir(), 'bedrock-kit-consumer-'));
  const tarballs = join(directory, 'tarballs');
  mkdirSync(tarballs);
  const dependencies: Record<string, string> = {};
  for (const name of listPublicPackages()) {
    const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tarballs], { cwd: join(repositoryRoot, 'packages', name) });
    dependencies[`@bedrock-kit/${name}`] = `file:tarballs/${JSON.parse(stdout)[0].filename}`;
  }
  for (const name of thirdParty) dependencies[name] = `file:${join(repositoryRoot, 'node_modules', name)}`;
  // Our packages depend on each other (and ai-sdk on @ai-sdk/provider) by version: the overrides make npm take the tarballs and links.
  const overrides = Object.fromEntries(Object.keys(dependencies).map((name) => [name, `$${name}`]));
  writeFileSync(join(directory, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies, overrides }, null, 2));
  await run('npm', ['install', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: directory });
  mkdirSync(join(directory, 'src'));
  const examples = new Map<string, ReadmeExample>();
  readReadmeExamples().forEach((example, index) => {
    const file = `src/example-${String(index + 1).padStart(2, '0')}.ts`;
    // `export {}` makes every block a module, so top-level await and same-named constants in two blocks are fine.
    writeFileSync(join(directory, file), `// ${example.name}\n${example.code}\nexport {};\n`);
    examples.set(file, example);
  });
  return { directory, examples };
}

/** The two module settings a TypeScript user picks between. */
export const moduleSettings = {
  nodenext: { module: 'nodenext', moduleResolution: 'nodenext' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const;

/** Compilers: the workspace's TypeScript 5.9 (JavaScript) and TypeScript 7 (the native compiler, npm alias `typescript7`). */
export const compilers = {
  'TypeScript 5.9': join(repositoryRoot, 'node_modules/typescript/bin/tsc'),
  'TypeScript 7': join(repositoryRoot, 'node_modules/typescript7/bin/tsc'),
} as const;

/** Type-checks the project's examples; resolves to the compiler's diagnostics, one per line (empty when clean). */
export async function typeCheck(directory: string, compiler: keyof typeof compilers, settings: keyof typeof moduleSettings): Promise<{ version: string; diagnostics: string[] }> {
  const config = `tsconfig.${settings}.json`;
  const compilerOptions = { ...moduleSettings[settings], target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], strict: true, noEmit: true, skipLibCheck: false, noUnusedLocals: false };
  writeFileSync(join(directory, config), JSON.stringify({ compilerOptions, include: ['src'] }, null, 2));
  const { stdout: version } = await run(process.execPath, [compilers[compiler], '--version'], { cwd: directory });
  const output = await run(process.execPath, [compilers[compiler], '-p', config, '--pretty', 'false'], { cwd: directory, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  // Our published declarations are checked too (skipLibCheck off); a third party's are its own affair
  // (@ai-sdk/provider's types import `json-schema`, whose types are in @types/json-schema, which it does not declare).
  const ours = (line: string) => line.startsWith('src/') || line.startsWith('node_modules/@bedrock-kit/');
  return { version: version.trim(), diagnostics: output.split('\n').filter((line) => /error TS\d+/.test(line) && ours(line)) };
}
