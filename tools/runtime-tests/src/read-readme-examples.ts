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

/** Every ```ts block of the root README and each package README, in order. */
export function readReadmeExamples(): ReadmeExample[] {
  const files = [join(repositoryRoot, 'README.md'), ...readdirSync(join(repositoryRoot, 'packages')).map((name) => join(repositoryRoot, 'packages', name, 'README.md'))];
  return files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const blocks = [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
    return blocks.map((code, index) => ({
      name: `${relative(repositoryRoot, file)}#${index + 1}`,
      code,
      runtime: /\bdocument\./.test(code) ? 'browser' : /export default \{[\s\S]*fetch\(request/.test(code) ? 'worker' : 'node',
    }));
  });
}
