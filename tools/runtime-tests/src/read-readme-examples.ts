import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Where an example runs: decided by what it uses. */
export type ExampleRuntime = 'node' | 'browser' | 'worker';

export interface ReadmeExample {
  /** e.g. `README.md#3` */
  name: string;
  code: string;
  runtime: ExampleRuntime;
}

/** The migration guides in docs/guides: their bedrock-kit blocks run too (the other SDK's blocks stand beside them, not run here). */
export const guideFiles = (): string[] => readdirSync(join(repositoryRoot, 'docs/guides')).filter((name) => name.endsWith('.md')).map((name) => join(repositoryRoot, 'docs/guides', name));

/** A guide block that shows another SDK (the "before" side of a migration): it imports no bedrock-kit package. */
export const isOtherSdkBlock = (code: string): boolean => !/from '@bedrock-kit\//.test(code);

/** Every ```ts block of the root README, each package README and the guides' bedrock-kit blocks, in order. */
export function readReadmeExamples(): ReadmeExample[] {
  const files = [join(repositoryRoot, 'README.md'), ...readdirSync(join(repositoryRoot, 'packages')).map((name) => join(repositoryRoot, 'packages', name, 'README.md')), ...guideFiles()];
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const guide = file.includes('/docs/guides/');
    const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((code) => !guide || !isOtherSdkBlock(code));
    return blocks.map((code, index) => ({
      name: `${relative(repositoryRoot, file)}#${index + 1}`,
      code,
      runtime: /\bdocument\./.test(code) ? 'browser' : /export default \{[\s\S]*fetch\(request/.test(code) ? 'worker' : 'node',
    }));
  });
}
