// Runs an nx build and prints one progress line per finished package, so a
// first build (30–60 s) is never silent. nx's own output is kept and shown
// only when the build fails. Used by `npm run demo` and by the `bedrock-kit` /
// `bedrock-emulator` bins on their first use in a source checkout.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const ansi = /\u001b\[[0-9;]*m/g;

/**
 * Builds `projects` (and what they depend on) with nx. Progress goes to `out`
 * (stderr by default, so a command's stdout stays clean); resolves to true on success.
 * @param {string[]} projects nx project names, e.g. `@bedrock-kit/bedrock`
 * @param {{ out?: NodeJS.WritableStream, label?: string }} [options]
 * @returns {Promise<boolean>}
 */
export function buildWithProgress(projects, { out = process.stderr, label = projects.join(' and ') } = {}) {
  out.write(`Building ${label} with nx (cached after the first run)…\n`);
  const child = spawn('npx', ['--no-install', 'nx', 'run-many', '-t', 'build', `--projects=${projects.join(',')}`, '--outputStyle=static'], {
    cwd: workspaceRoot,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
  });
  const started = Date.now();
  let output = '';
  let pending = '';
  let total = 0;
  let done = 0;
  let cached = 0;
  const onLine = (raw) => {
    const line = raw.replace(ansi, '');
    // " NX   Running target build for 2 projects and 7 tasks they depend on:"
    // " NX   Running target build for project @bedrock-kit/bedrock and 8 tasks it depends on:"
    const plan = /Running target \S+ for (?:project \S+|(\d+) projects?)(?: and (\d+) tasks?)?/.exec(line);
    if (plan) {
      total = Number(plan[1] ?? 1) + Number(plan[2] ?? 0);
      return;
    }
    // nx prints a task's header when the task ends: "> nx run @bedrock-kit/core:build  [local cache]"
    const task = /^> nx run (\S+):\S+(.*)$/.exec(line.trim());
    if (!task) return;
    done += 1;
    // A package restored from nx's cache takes no time: counted, not listed.
    if (/cache|existing outputs/.test(task[2] ?? '')) {
      cached += 1;
      return;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    out.write(`  ✓ ${task[1]}  [${done}${total ? `/${total}` : ''}, ${seconds} s]\n`);
  };
  const onData = (chunk) => {
    const text = chunk.toString();
    output += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', (chunk) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => {
    child.on('error', (error) => {
      output += `${error.message}\n`;
    });
    child.on('close', (status) => {
      if (pending) onLine(pending);
      if (status === 0) {
        const fromCache = cached === done ? 'all from the cache' : cached > 0 ? `${cached} of ${done} from the cache` : '';
        out.write(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s${fromCache ? ` (${fromCache})` : ''}.\n`);
        resolve(true);
        return;
      }
      out.write(output);
      out.write('error: the build failed (output above). On a fresh clone run `npm ci` first.\n');
      resolve(false);
    });
  });
}
