import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Environment variables that name a Chromium or Chrome executable, first wins. */
export const CHROMIUM_ENV_VARIABLES = ['CHROMIUM_PATH', 'CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'] as const;

/** Where systems install Chromium or Chrome, in the order they are tried. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The executable inside one of Playwright's `chromium-<build>` folders, per platform. */
const PLAYWRIGHT_EXECUTABLES = [
  ['chrome-linux', 'chrome'],
  ['chrome-linux64', 'chrome'],
  ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
  ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
  ['chrome-win', 'chrome.exe'],
  ['chrome-win64', 'chrome.exe'],
];

/** Playwright's browser cache: `PLAYWRIGHT_BROWSERS_PATH`, else its per-platform default. */
function playwrightCacheFolders(env: NodeJS.ProcessEnv): string[] {
  const folders: string[] = [];
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') folders.push(env.PLAYWRIGHT_BROWSERS_PATH);
  const home = homedir();
  folders.push(join(home, '.cache', 'ms-playwright'), join(home, 'Library', 'Caches', 'ms-playwright'));
  if (env.LOCALAPPDATA) folders.push(join(env.LOCALAPPDATA, 'ms-playwright'));
  return folders;
}

/** Playwright's downloaded Chromium builds, newest build first. */
function playwrightExecutables(env: NodeJS.ProcessEnv): string[] {
  const found: string[] = [];
  for (const folder of playwrightCacheFolders(env)) {
    if (!existsSync(folder)) continue;
    const builds = readdirSync(folder)
      .filter((name) => /^chromium-\d+$/.test(name))
      .sort((a, b) => Number(b.slice('chromium-'.length)) - Number(a.slice('chromium-'.length)));
    for (const build of builds) for (const parts of PLAYWRIGHT_EXECUTABLES) found.push(join(folder, build, ...parts));
  }
  return found;
}

/**
 * Finds a Chromium or Chrome to drive with Playwright: an environment override
 * (`CHROMIUM_PATH`, `CHROME_PATH`, `PUPPETEER_EXECUTABLE_PATH`), the usual system
 * paths, then Playwright's browser cache. Throws an error that says how to get one
 * when none is found; nothing is ever downloaded by the tests.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = existsSync): string {
  for (const name of CHROMIUM_ENV_VARIABLES) {
    const path = env[name];
    if (!path) continue;
    if (exists(path)) return path;
    throw new Error(`${name}=${path} does not exist: point it at a Chromium or Chrome executable, or unset it to search the usual places.`);
  }
  const candidates = [...SYSTEM_PATHS, ...playwrightExecutables(env)];
  const found = candidates.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium or Chrome found for the browser tests. Get one of these:',
      '  Debian / Ubuntu:  sudo apt-get install chromium   (Ubuntu: chromium-browser)',
      '  macOS:            brew install --cask chromium    (or install Google Chrome)',
      '  any system:       npx playwright install chromium (into Playwright\'s cache, found automatically)',
      `or set CHROMIUM_PATH to the executable. Looked in: ${SYSTEM_PATHS.filter((path) => path.startsWith('/')).join(', ')} and Playwright's cache (${playwrightCacheFolders(env)[0]}).`,
    ].join('\n'),
  );
}
