import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

const nothing = () => false;
const only = (path: string) => (candidate: string) => candidate === path;
// A Playwright cache with two builds, so "newest first" is observable; every path under it exists.
const cache = mkdtempSync(join(tmpdir(), 'bedrock-kit-find-chromium-'));
for (const build of ['chromium-1100', 'chromium-1200']) {
  mkdirSync(join(cache, build, 'chrome-linux'), { recursive: true });
  writeFileSync(join(cache, build, 'chrome-linux', 'chrome'), '');
}
const inCache = (candidate: string) => candidate.startsWith(cache) && candidate.endsWith(join('chrome-linux', 'chrome'));

afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('findChromium', () => {
  it('takes CHROMIUM_PATH, then CHROME_PATH, over everything else', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/a/chromium', CHROME_PATH: '/opt/b/chrome' }, (path) => path.startsWith('/opt/') || path === '/usr/bin/chromium')).toBe('/opt/a/chromium');
    expect(findChromium({ CHROME_PATH: '/opt/b/chrome' }, (path) => path.startsWith('/opt/') || path === '/usr/bin/chromium')).toBe('/opt/b/chrome');
  });

  it('refuses an override that does not exist instead of silently using another browser', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' }, only('/usr/bin/chromium'))).toThrow('CHROMIUM_PATH=/nowhere/chromium does not exist');
  });

  it.each(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'])('finds %s', (path) => {
    expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: join(cache, 'empty') }, only(path))).toBe(path);
  });

  it('prefers the system browser to Playwright’s cache', () => {
    expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: cache }, (path) => path === '/usr/bin/chromium-browser' || inCache(path))).toBe('/usr/bin/chromium-browser');
  });

  it('finds the newest Chromium in Playwright’s cache (PLAYWRIGHT_BROWSERS_PATH)', () => {
    expect(findChromium({ PLAYWRIGHT_BROWSERS_PATH: cache }, inCache)).toBe(join(cache, 'chromium-1200', 'chrome-linux', 'chrome'));
  });

  it('says how to get a browser when there is none', () => {
    const error = (() => {
      try {
        findChromium({ PLAYWRIGHT_BROWSERS_PATH: join(cache, 'empty') }, nothing);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('findChromium found a browser where none exists');
    })();
    expect(error.message).toContain('No Chromium or Chrome found');
    expect(error.message).toContain('apt-get install chromium');
    expect(error.message).toContain('npx playwright install chromium');
    expect(error.message).toContain('CHROMIUM_PATH');
  });
});
