// Bundles the CLI (Node), the desktop extension (Node, CommonJS) and the web extension (browser, CommonJS).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Only the stopword lists of languages we detect go into the bundles. */
const STOPWORD_LANGS = ['en', 'id', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'cs', 'ms'];
const stopwordsSubset = {
  name: 'stopwords-subset',
  setup(build) {
    build.onLoad({ filter: /stopwords-iso[\\/]stopwords-iso\.json$/ }, (args) => {
      const all = JSON.parse(readFileSync(args.path, 'utf8'));
      const subset = Object.fromEntries(STOPWORD_LANGS.map((l) => [l, all[l] ?? []]));
      return { contents: JSON.stringify(subset), loader: 'json' };
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  target: 'es2022',
  logLevel: 'warning',
  plugins: [stopwordsSubset],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], define: { ...common.define, __ARTICLE_SIEVE_ENTRY__: '"node"' } }),
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { ...common.define, global: 'globalThis', __ARTICLE_SIEVE_ENTRY__: '"browser"' } }),
]);
