#!/usr/bin/env node
// Takes the README screenshots from the running editor: starts `npm start`'s server (examples/ open),
// drives the workbench in headless Chromium (quick open, cursor, quick-fix menu) and writes
// media/editor-highlighting.png and media/editor-quick-fix.png. Look at them before committing.
// Usage: node scripts/screenshots.mjs [--out DIR]
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './build-tests.mjs';
import { freePort, launchChromium, log } from './lib/harness.mjs';

const { values: opts } = parseArgs({ options: { out: { type: 'string', default: join(root, 'media') } } });
await mkdir(opts.out, { recursive: true });
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
  log('editor-highlighting.png');
  // Cursor on "Share on Facebook" (line 7), then the quick-fix menu.
  await page.keyboard.press('Control+G');
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');
  await page.waitForSelector('.action-widget', { state: 'visible', timeout: 15_000 });
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(opts.out, 'editor-quick-fix.png') });
  log('editor-quick-fix.png');
} finally {
  await browser?.close();
  server.kill('SIGTERM');
}
