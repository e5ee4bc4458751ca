// Bundles the CLI (Node) and the extension: one CommonJS file, with no Node API, that both the desktop host
// (package.json `main`) and the web host (`browser`) load.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const production = process.argv.includes('--production');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Only the stopword lists the engine reads (`src/engine/lang/stopword-languages.json`) go into the bundles. */
const STOPWORD_LANGS = JSON.parse(readFileSync('src/engine/lang/stopword-languages.json', 'utf8'));
const stopwordsSubset = {
  name: 'stopwords-subset',
  setup(build) {
    build.onLoad({ filter: /stopwords-iso[\\/]stopwords-iso\.json$/ }, (args) => {
      const all = JSON.parse(readFileSync(args.path, 'utf8'));
      const subset = Object.fromEntries(STOPWORD_LANGS.map((l) => [l, all[l] ?? []]));
      // A string handed to JSON.parse loads several times faster than the same data as an object literal.
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(subset))})`, loader: 'js' };
    });
  },
};

/**
 * franc-min builds the trigram tables of all its languages when its module loads (about 13 ms), which would
 * count against the extension's activation. This patch builds them on the first detection instead. It checks
 * the exact source it patches, so a franc-min upgrade that changes it fails the build instead of slipping by.
 */
const lazyFrancModels = {
  name: 'lazy-franc-models',
  setup(build) {
    build.onLoad({ filter: /franc-min[\\/]index\.js$/ }, (args) => {
      let source = readFileSync(args.path, 'utf8');
      const loopStart = source.indexOf('for (script in data) {');
      const loopEnd = source.indexOf('/**\n * Get the most probable language');
      const call = 'const script = getTopScript(value, expressions)';
      if (loopStart < 0 || loopEnd < loopStart || !source.includes(call)) {
        throw new Error(`lazy-franc-models: ${args.path} is not the franc-min source this patch expects; review the patch`);
      }
      source = `${source.slice(0, loopStart)}let built = false\nfunction buildModels() {\n  if (built) return\n  built = true\n${source.slice(loopStart, loopEnd)}}\n\n${source.slice(loopEnd)}`;
      source = source.replace(call, `buildModels()\n  ${call}`);
      return { contents: source, loader: 'js' };
    });
  },
};

/**
 * franc-min carries trigram tables for 82 languages; detection compares the sample only with the candidates in
 * `src/engine/lang/franc-candidates.json`, so the others' tables are dead weight in the bundles. Every script's
 * group stays (empty if none of its languages is a candidate), so franc answers exactly as with all tables.
 */
const francCandidatesOnly = {
  name: 'franc-candidates-only',
  setup(build) {
    build.onLoad({ filter: /franc-min[\\/]data\.js$/ }, async (args) => {
      const keep = new Set(JSON.parse(readFileSync('src/engine/lang/franc-candidates.json', 'utf8')));
      const { data } = await import(pathToFileURL(args.path).href);
      const subset = Object.fromEntries(Object.entries(data).map(([script, languages]) =>
        [script, Object.fromEntries(Object.entries(languages).filter(([code]) => keep.has(code)))]));
      return { contents: `export const data = ${JSON.stringify(subset)}`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  target: 'es2022',
  logLevel: 'warning',
  plugins: [stopwordsSubset, lazyFrancModels, francCandidatesOnly],
  define: { __VERSION__: JSON.stringify(pkg.version) },
  legalComments: 'none',
  charset: 'utf8',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/cli/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({
    ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'],
    define: { ...common.define, global: 'globalThis' },
    // The first statement of the bundle: activation is timed from here, module loading included.
    banner: { js: 'globalThis.__articleSieveLoadStart=globalThis.performance?.now();' },
    // …and the last: the host's own work between loading the bundle and calling activate() is not ours.
    footer: { js: 'globalThis.__articleSieveLoadEnd=globalThis.performance?.now();' },
  }),
]);
