// Builds what the demo imports: the facade (nx builds its dependencies and the
// four families first) and the emulator. Output is shown only on failure.
import { spawnSync } from 'node:child_process';

/** Runs the nx build; returns true on success. */
export function buildForDemo(root) {
  process.stdout.write('Building @bedrock-kit/bedrock and the emulator with nx (cached after the first run)…\n');
  const result = spawnSync(
    'npx',
    ['--no-install', 'nx', 'run-many', '-t', 'build', '--projects=@bedrock-kit/bedrock,@bedrock-kit/emulator', '--outputStyle=static'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
      shell: process.platform === 'win32',
    },
  );
  if (result.status === 0) return true;
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`);
  process.stderr.write('error: the build failed (output above). Run `npm ci` first on a fresh clone.\n');
  return false;
}
