#!/usr/bin/env node
// Installs the packaged extension (article-sieve.vsix, from `npm run package`) into code-server with
// `--install-extension`, starts code-server with only that extension, and runs a probe
// (test/integration/vsix/index.ts) that checks the installed extension activates and analyses an article.
// A second launch leaves the workspace untrusted (Restricted Mode, no trust prompt), as a folder a user has
// just downloaded would be, with pattern settings in the user profile and in the workspace: the probe checks
// that the workspace's are ignored and the user's apply.
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
/** Patterns of the Restricted Mode launch: the user's applies, the untrusted workspace's is ignored. */
const PATTERNS = { user: '^Pattern from the user settings$', workspace: '^Pattern from the workspace settings$' };
const codeServer = resolve(process.env.CODE_SERVER ?? join(root, 'cs/node_modules/code-server/out/node/entry.js'));

/** Starts code-server on `workspace` with the installed extension and runs the probe in a browser page. */
async function launch({ args, probe, workspace, trusted }, cleanups) {
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const child = spawn(process.execPath, [codeServer, '--auth', 'none', '--bind-addr', `${HOST}:${port}`, '--disable-telemetry',
    '--disable-update-check', ...(trusted ? ['--disable-workspace-trust'] : []), ...args, workspace], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const relay = (chunk) => opts.verbose && process.stderr.write(`[code-server] ${chunk}`);
  child.stdout.on('data', relay);
  child.stderr.on('data', relay);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    const t = setTimeout(() => child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
  };
  cleanups.push(stop);
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
  try {
    return await runInPage({
      browser,
      url: `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
      timeoutMs: Number(opts.timeout) * 1000,
      verbose: opts.verbose,
    });
  } finally {
    await browser.close();
    await stop();
  }
}

await runMain(async (cleanups) => {
  if (!existsSync(codeServer)) throw new Error(`code-server not found at ${codeServer}: run scripts/setup-code-server.sh`);
  if (!existsSync(opts.vsix)) throw new Error(`${opts.vsix} not found: run npm run package`);
  const scratch = await mkdtemp(join(tmpdir(), 'article-sieve-vsix-'));
  cleanups.push(() => rm(scratch, { recursive: true, force: true }));
  const extensionsDir = join(scratch, 'extensions');
  const install = ['--extensions-dir', extensionsDir];

  const out = execFileSync(process.execPath, [codeServer, ...install, '--install-extension', resolve(opts.vsix)], { encoding: 'utf8' });
  log(out.trim().split('\n').pop());
  const installed = (await readdir(extensionsDir)).filter((d) => d.startsWith('article-sieve.article-sieve-'));
  if (installed.length !== 1) throw new Error(`expected the extension in ${extensionsDir}, found ${installed.join(', ') || 'nothing'}`);
  log(`installed ${installed[0]}`);

  // The probe runs as a test "development extension" of its own, so the installed extension stays the real one.
  // It runs in Restricted Mode too, and picks its checks by the workspace's trust.
  const probe = join(scratch, 'probe');
  await mkdir(probe, { recursive: true });
  await writeFile(join(probe, 'package.json'), JSON.stringify({
    name: 'vsix-probe', publisher: 'test', version: '0.0.0', engines: { vscode: '*' },
    capabilities: { untrustedWorkspaces: { supported: true } },
  }));
  await buildVsixProbe(join(probe, 'index.js'));

  // 1. A trusted workspace and an empty profile: activation, analysis, commands.
  const workspace = join(scratch, 'workspace');
  await mkdir(workspace);
  const trusted = await launch({ args: [...install, '--user-data-dir', join(scratch, 'user-data')], probe, workspace, trusted: true }, cleanups);
  if (trusted.code !== 0) return trusted;

  // 2. Restricted Mode: no trust prompt, pattern settings in the user profile and in the untrusted workspace.
  const userData = join(scratch, 'user-data-restricted');
  await mkdir(join(userData, 'User'), { recursive: true });
  await writeFile(join(userData, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.startupPrompt': 'never',
    'articleSieve.boilerplatePatterns': [PATTERNS.user],
  }));
  const untrusted = join(scratch, 'untrusted');
  await mkdir(join(untrusted, '.vscode'), { recursive: true });
  await writeFile(join(untrusted, '.vscode', 'settings.json'), JSON.stringify({ 'articleSieve.boilerplatePatterns': [PATTERNS.workspace] }));
  return launch({ args: [...install, '--user-data-dir', userData], probe, workspace: untrusted, trusted: false }, cleanups);
});
