#!/usr/bin/env node
// Takes the README screenshots from the running editor: starts `npm start`'s server (examples/ open),
// drives the workbench in headless Chromium (quick open, cursor, quick-fix menu) and writes
// media/editor-highlighting.webp and media/editor-quick-fix.webp. Look at them before committing.
// The pictures are the largest files in the .vsix: they are stored as lossless WebP (a quarter smaller than the
// PNG), which needs `cwebp` (Debian package `webp`).
// Usage: node scripts/screenshots.mjs [--out DIR]
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './build-tests.mjs';
import { freePort, launchChromium, log } from './lib/harness.mjs';

const { values: opts } = parseArgs({ options: { out: { type: 'string', default: join(root, 'media') } } });
try {
  execFileSync('cwebp', ['-version'], { stdio: 'ignore' });
} catch {
  console.error('screenshots: cwebp not found; install it (Debian: apt-get install webp) and run again.');
  process.exit(2);
}
await mkdir(opts.out, { recursive: true });

/** The screenshot `name` in 256 colours (with pngquant, when installed) as lossless WebP, the PNG removed. */
async function toWebp(name) {
  const png = join(opts.out, `${name}.png`);
  try {
    execFileSync('pngquant', ['--force', '--ext', '.png', '--speed', '1', '256', png]);
  } catch {
    log('pngquant not found: the picture keeps all its colours (larger)');
  }
  execFileSync('cwebp', ['-quiet', '-lossless', '-z', '9', png, '-o', join(opts.out, `${name}.webp`)]);
  await rm(png);
  log(`${name}.webp`);
}
const port = await freePort();
const server = spawn(process.execPath, [join(root, 'scripts/start.mjs'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
let browser;
try {
  await new Promise((res, rej) => {
    server.stdout.on('data', (d) => String(d).includes('http://') && res());
    server.once('exit', (code) => rej(new Error(`server exited with ${code}`)));
  });
  browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1100, height: 700 }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
  log('workbench ready');
  // Open an example from the explorer (the web build has no file search for quick open).
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'en-tunnel-rescue.txt' }).click();
  await page.waitForSelector('.monaco-editor .squiggly-info', { timeout: 30_000 }).catch(async (e) => {
    await page.screenshot({ path: join(opts.out, 'failed.png') });
    throw e;
  });
  // Close the side bar and wrap long lines for a readable picture.
  await page.keyboard.press('Control+B');
  await page.keyboard.press('Alt+Z');
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+G');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1200); // decorations and the status bar settle; a picture, not a test
  await page.screenshot({ path: join(opts.out, 'editor-highlighting.png') });
  await toWebp('editor-highlighting');
  // Cursor on "Share on Facebook" (line 7), then the quick-fix menu.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(opts.out, 'editor-quick-fix.png') });
  await toWebp('editor-quick-fix');
} finally {
  await browser?.close();
  server.kill('SIGTERM');
}
