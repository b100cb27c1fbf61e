// Builds what the demo imports: the facade (nx builds its dependencies and the
// four families first) and the emulator, one progress line per package.
import { buildWithProgress } from './build-with-progress.mjs';

/** Runs the nx build; resolves to true on success. */
export function buildForDemo() {
  return buildWithProgress(['@bedrock-kit/bedrock', '@bedrock-kit/emulator'], {
    out: process.stdout,
    label: '@bedrock-kit/bedrock, its families and the emulator',
  });
}
