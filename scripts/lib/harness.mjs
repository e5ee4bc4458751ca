// Shared plumbing of the integration-test runners (web: test-web.mjs, desktop: test-desktop.mjs):
// headless Chromium from @sparticuz/chromium + playwright-core, the codeAutomationLog/Exit bridge,
// the screenshot endpoint, free ports, an overall timeout and cleanup.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOST = '127.0.0.1';
const t0 = Date.now();
/** Runner chatter goes to stderr so that stdout ends with the suite's own summary line. */
export const log = (msg) => console.error(`[harness ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
export const SUMMARY = /^\d+ passed, \d+ failed$/;
/** Workbench chatter that says nothing about the tests (shown with --verbose). */
const NOISE = [
  /^Ignoring fetching additional builtin extensions/,
  /^ENOPRO: No file system provider found/,
  /^\[AgentHost/,
  /^\[AccountPolicyGate\]/,
  /^Updating additional builtin extensions cache/,
  /^Found additional builtin location extensions/,
];

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

export function listening(server, port) {
  return new Promise((res, rej) => {
    if (server.listening) return res();
    server.once('listening', res);
    server.once('error', rej);
    if (port !== undefined) server.listen(port, HOST);
  });
}

export const closeServer = (s) =>
  s ? new Promise((r) => { s.closeAllConnections?.(); s.close(() => r()); }) : Promise.resolve();

/**
 * Chromium with no font at all hangs its renderer once an editor opens (the run then ends by timeout).
 * Use the system's fonts when fontconfig sees any (Debian: fonts-dejavu-core), else the Open Sans that
 * @sparticuz/chromium unpacks next to its binary (proportional, but it renders).
 */
function fontEnv() {
  let systemFonts = '';
  try {
    systemFonts = execFileSync('fc-list', [], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // no fontconfig tools: assume no system fonts
  }
  const bundled = join(tmpdir(), 'fonts');
  if (systemFonts || process.env.FONTCONFIG_PATH || !existsSync(join(bundled, 'fonts.conf'))) return {};
  log(`no system fonts; using the fonts bundled with @sparticuz/chromium (${bundled})`);
  return { FONTCONFIG_PATH: bundled };
}

export async function launchChromium() {
  const sparticuz = (await import('@sparticuz/chromium')).default;
  // Unpacks to /tmp/chromium (+ /tmp/fonts, swiftshader libs) on first use; reused as is afterwards.
  const executablePath = await sparticuz.executablePath();
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    env: { ...process.env, ...fontEnv() },
    args: [
      ...sparticuz.args,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  log(`chromium ${browser.version()} launched`);
  return browser;
}

/**
 * Runs one test session: opens `url` in a new page and resolves with the exit code the workbench reports
 * through codeAutomationExit (124 after `timeoutMs`). Relays the extension host's output.
 */
export async function runInPage({ browser, url, timeoutMs, verbose, screenshotDir, onPage }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  onPage?.(page);
  const state = { summary: undefined };
  const finished = new Promise((res) => {
    page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      if (SUMMARY.test(text.trim())) state.summary = text.trim();
      else if (!verbose && (state.summary || NOISE.some((re) => re.test(text)))) return;
      (typeof console[type] === 'function' ? console[type] : console.log)(...args);
    });
    page.exposeFunction('codeAutomationExit', (code) => res(Number(code)));
  });
  page.on('pageerror', (err) => log(`page error: ${err.message}`));
  page.on('crash', () => log('page crashed'));
  if (verbose) page.on('console', (m) => log(`[page ${m.type()}] ${m.text()}`));

  let timer;
  const timedOut = new Promise((res) => {
    timer = setTimeout(async () => {
      log(`no result after ${timeoutMs / 1000} s, giving up`);
      if (screenshotDir) {
        const file = join(screenshotDir, 'timeout.png');
        await page.screenshot({ path: file, timeout: 10_000 }).then(() => log(`screenshot ${file}`), () => {});
      }
      res(124);
    }, timeoutMs);
  });
  await page.goto(url);
  log('workbench loaded, tests running');
  try {
    const code = await Promise.race([finished, timedOut]);
    return { code, summary: state.summary };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * HTTP endpoint the tests call (fetch) to have the page screenshotted at a precise moment:
 * GET /screenshot?name=N[&waitFor=CSS] -> DIR/N.png. `getPage` returns the current page.
 */
export async function startScreenshotServer(dir, getPage) {
  await mkdir(dir, { recursive: true });
  const server = createHttpServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Content-Type', 'application/json');
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const page = getPage();
    if (url.pathname !== '/screenshot' || !page) {
      res.statusCode = 404;
      return res.end('{}');
    }
    const name = (url.searchParams.get('name') || 'shot').replace(/[^\w.-]/g, '_');
    const waitFor = url.searchParams.get('waitFor');
    const file = join(dir, `${name}.png`);
    try {
      if (waitFor) await page.waitForSelector(waitFor, { state: 'visible', timeout: 10_000 });
      // let the renderer paint what the extension host just changed (images decode asynchronously)
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
      await page.screenshot({ path: file });
      log(`screenshot ${file}`);
      res.end(JSON.stringify({ path: file }));
    } catch (e) {
      res.statusCode = 500;
      res.end(JSON.stringify({ error: String(e?.message ?? e) }));
    }
  });
  const port = await freePort();
  await listening(server, port);
  return { server, url: `http://${HOST}:${port}/screenshot` };
}

/**
 * The screenshot endpoint when `dir` is given (closed by the run's cleanups): its URL for the test bundle, or ''
 * without `dir` (the tests then take no screenshots).
 */
export async function screenshotEndpoint(dir, getPage, cleanups) {
  if (!dir) return '';
  const shots = await startScreenshotServer(dir, getPage);
  cleanups.push(() => closeServer(shots.server));
  return shots.url;
}

/** Runs `main(cleanupList)`; always runs the cleanups; prints the summary last; exits with the code. */
export async function runMain(main) {
  const cleanups = [];
  const cleanup = async () => {
    while (cleanups.length) {
      try {
        await cleanups.pop()();
      } catch (e) {
        log(`cleanup: ${e?.message ?? e}`);
      }
    }
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => cleanup().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143)));
  }
  let result = { code: 1, summary: undefined };
  try {
    result = await main(cleanups);
  } catch (err) {
    console.error(err);
  } finally {
    await cleanup();
  }
  let { code, summary } = result;
  if (code === 0 && !summary) {
    log('the suite exited 0 but printed no "N passed, N failed" line');
    code = 1;
  }
  log(`exit code ${code}`);
  if (summary) console.log(summary); // last stdout line, for CI
  process.exit(code);
}
