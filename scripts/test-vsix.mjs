#!/usr/bin/env node
// Installs the packaged extension (article-sieve.vsix, from `npm run package`) into code-server with
// `--install-extension`, starts code-server with only that extension, and runs a probe
// (test/integration/vsix/index.ts) that checks the installed extension activates and analyses an article.
// Needs scripts/setup-code-server.sh first. Usage: node scripts/test-vsix.mjs [--vsix FILE] [--timeout S] [--verbose]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildVsixProbe, root } from './build-tests.mjs';
import { HOST, freePort, launchChromium, log, runInPage, runMain } from './lib/harness.mjs';

const { values: opts } = parseArgs({
  options: {
    vsix: { type: 'string', default: join(root, 'article-sieve.vsix') },
    timeout: { type: 'string', default: '120' },
    verbose: { type: 'boolean', default: false },
  },
});
const codeServer = resolve(process.env.CODE_SERVER ?? join(root, 'cs/node_modules/code-server/out/node/entry.js'));

await runMain(async (cleanups) => {
  if (!existsSync(codeServer)) throw new Error(`code-server not found at ${codeServer}: run scripts/setup-code-server.sh`);
  if (!existsSync(opts.vsix)) throw new Error(`${opts.vsix} not found: run npm run package`);
  const scratch = await mkdtemp(join(tmpdir(), 'article-sieve-vsix-'));
  cleanups.push(() => rm(scratch, { recursive: true, force: true }));
  const extensionsDir = join(scratch, 'extensions');
  const userData = join(scratch, 'user-data');
  const args = ['--user-data-dir', userData, '--extensions-dir', extensionsDir];

  const out = execFileSync(process.execPath, [codeServer, ...args, '--install-extension', resolve(opts.vsix)], { encoding: 'utf8' });
  log(out.trim().split('\n').pop());
  const installed = (await readdir(extensionsDir)).filter((d) => d.startsWith('article-sieve.article-sieve-'));
  if (installed.length !== 1) throw new Error(`expected the extension in ${extensionsDir}, found ${installed.join(', ') || 'nothing'}`);
  log(`installed ${installed[0]}`);

  // The probe runs as a test "development extension" of its own, so the installed extension stays the real one.
  const probe = join(scratch, 'probe');
  await mkdir(probe, { recursive: true });
  await writeFile(join(probe, 'package.json'), JSON.stringify({ name: 'vsix-probe', publisher: 'test', version: '0.0.0', engines: { vscode: '*' } }));
  await buildVsixProbe(join(probe, 'index.js'));
  const workspace = join(scratch, 'workspace');
  await mkdir(workspace);

  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const child = spawn(process.execPath, [codeServer, '--auth', 'none', '--bind-addr', `${HOST}:${port}`, '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', ...args, workspace], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const relay = (chunk) => opts.verbose && process.stderr.write(`[code-server] ${chunk}`);
  child.stdout.on('data', relay);
  child.stderr.on('data', relay);
  cleanups.push(async () => {
    if (child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    const t = setTimeout(() => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  });
  const until = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}`);
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    if (Date.now() > until) throw new Error('code-server not healthy after 60 s');
    await new Promise((r) => setTimeout(r, 250)); // polling a server that is starting up
  }
  const remote = (p) => `vscode-remote://${HOST}:${port}${p}`;
  const payload = [['extensionDevelopmentPath', remote(probe)], ['extensionTestsPath', remote(join(probe, 'index.js'))], ['skipWelcome', 'true']];
  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  return runInPage({
    browser,
    url: `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    timeoutMs: Number(opts.timeout) * 1000,
    verbose: opts.verbose,
  });
});
