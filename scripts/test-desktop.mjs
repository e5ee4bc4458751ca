#!/usr/bin/env node
// Runs the same suite in a desktop (Node) extension host: code-server (npm, VS Code 1.100.3) opened in
// headless Chromium. Uses the extension's package.json "main" entry and real files (file:///).
// code-server is NOT a project dependency: prepare it once with scripts/setup-code-server.sh (default
// location cs/), or point CODE_SERVER at its bin/code-server.
// Usage: node scripts/test-desktop.mjs [--screenshots DIR] [--timeout SECONDS] [--verbose]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, buildNodeTests, root } from './build-tests.mjs';
import { HOST, freePort, launchChromium, log, runInPage, runMain, screenshotEndpoint } from './lib/harness.mjs';

const { values: opts } = parseArgs({
  options: {
    screenshots: { type: 'string' },
    timeout: { type: 'string', default: process.env.TEST_DESKTOP_TIMEOUT ?? '180' },
    verbose: { type: 'boolean', default: false },
  },
});
const codeServer = resolve(process.env.CODE_SERVER ?? join(root, 'cs/node_modules/code-server/out/node/entry.js'));

async function waitForHealth(base, child, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250)); // polling a server that is starting up
  }
  throw new Error(`code-server not healthy after ${ms / 1000} s`);
}

await runMain(async (cleanups) => {
  if (!existsSync(codeServer)) throw new Error(`code-server not found at ${codeServer}: run scripts/setup-code-server.sh`);
  let page;
  const screenshotDir = opts.screenshots && resolve(opts.screenshots);
  const screenshotUrl = await screenshotEndpoint(screenshotDir, () => page, cleanups);
  await buildExtension();
  await buildNodeTests({ screenshotUrl });
  log('bundles built');

  const scratch = await mkdtemp(join(tmpdir(), 'article-sieve-desktop-'));
  cleanups.push(() => rm(scratch, { recursive: true, force: true }));
  const workspace = join(scratch, 'workspace');
  await cp(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });

  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const child = spawn(
    process.execPath,
    [
      codeServer,
      '--auth', 'none',
      '--bind-addr', `${HOST}:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--user-data-dir', join(scratch, 'user-data'),
      '--extensions-dir', join(scratch, 'extensions'),
      workspace,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const relay = (chunk) => {
    if (opts.verbose) process.stderr.write(`[code-server] ${chunk}`);
  };
  child.stdout.on('data', relay);
  child.stderr.on('data', relay);
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM'); // its own process group: code-server and its extension host
    const t = setTimeout(() => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  });
  await waitForHealth(base, child, 60_000);
  log(`code-server on ${base}`);

  const remote = (p) => `vscode-remote://${HOST}:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(join(root, 'dist/test/node/index.js'))],
    ['skipWelcome', 'true'],
  ];
  const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  return runInPage({
    browser,
    url,
    timeoutMs: Number(opts.timeout) * 1000,
    verbose: opts.verbose,
    screenshotDir,
    onPage: (p) => (page = p),
  });
});
