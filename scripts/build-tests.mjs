// Builds the extension (esbuild.mjs: `main` and `browser` entries) and the integration-test bundles:
// dist/test/web/index.js (browser, for the web host) and dist/test/node/index.js (Node, for code-server and
// @vscode/test-electron). Usage: node scripts/build-tests.mjs [--no-extension]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const common = {
  bundle: true,
  format: 'cjs',
  external: ['vscode'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Virtual module `harness:test-suite`: require()s every test/integration/suite/*.test.ts in name order. */
const testSuitePlugin = {
  name: 'harness-test-suite',
  setup(build) {
    build.onResolve({ filter: /^harness:test-suite$/ }, (args) => ({ path: args.path, namespace: 'harness-suite' }));
    build.onLoad({ filter: /.*/, namespace: 'harness-suite' }, () => {
      const dir = join(root, 'test/integration/suite');
      const files = readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
      if (files.length === 0) throw new Error(`no *.test.ts in ${dir}`);
      return {
        contents: files.map((f) => `require(${JSON.stringify('./' + f)});`).join('\n'),
        resolveDir: dir,
        loader: 'js',
        watchFiles: files.map((f) => join(dir, f)),
      };
    });
  },
};

/** The extension's two entries, built by the project's own esbuild.mjs. */
export function buildExtension() {
  execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
}

/** @param {{ screenshotUrl?: string }} [options] screenshotUrl: the runner's screenshot endpoint ('' = off). */
export async function buildWebTests({ screenshotUrl = '' } = {}) {
  await esbuild.build({
    ...common,
    entryPoints: ['test/integration/web/index.ts'],
    outfile: 'dist/test/web/index.js',
    platform: 'browser',
    target: 'es2022',
    define: {
      __EXPECTED_ENTRY__: '"browser"',
      __HARNESS_SCREENSHOT_URL__: JSON.stringify(screenshotUrl),
      global: 'globalThis',
    },
    inject: [join(root, 'scripts/process-shim.js')],
    plugins: [testSuitePlugin],
  });
}

/** Node test bundle for desktop hosts (code-server, @vscode/test-electron). */
export async function buildNodeTests({ screenshotUrl = '' } = {}) {
  await esbuild.build({
    ...common,
    entryPoints: ['test/integration/node/index.ts'],
    outfile: 'dist/test/node/index.js',
    platform: 'node',
    target: 'node20',
    external: ['vscode', 'mocha'],
    define: {
      __EXPECTED_ENTRY__: '"node"',
      __HARNESS_SCREENSHOT_URL__: JSON.stringify(screenshotUrl),
    },
    plugins: [testSuitePlugin],
  });
}

/** Runner for @vscode/test-electron (npm run test:electron). */
export async function buildElectronRunner() {
  await esbuild.build({
    ...common,
    entryPoints: ['test/integration/runTest.ts'],
    outfile: 'dist/test/runTest.js',
    platform: 'node',
    target: 'node20',
    external: ['@vscode/test-electron'],
  });
}

/** Probe run by scripts/test-vsix.mjs in code-server after installing the .vsix. */
export async function buildVsixProbe(outfile) {
  await esbuild.build({
    ...common,
    entryPoints: ['test/integration/vsix/index.ts'],
    outfile,
    platform: 'node',
    target: 'node20',
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--no-extension')) buildExtension();
  await Promise.all([buildWebTests(), buildNodeTests(), buildElectronRunner()]);
}
