// npm run bench — the engine's speed as a ratio to a floor measured in the same process and run:
// reading the text, splitting it into lines and testing one simple regex per line. Prints a table and
// writes bench/results.json. Sizes: 10 KB, 1 MB, 20 MB in English and Indonesian (BENCH_QUICK=1: 10 KB and 1 MB).
import { mkdirSync, writeFileSync, readFileSync, readdirSync, statSync, existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as esbuild from 'esbuild';
import { generate, generateDistinct } from './corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const work = join(tmpdir(), `article-sieve-bench-${process.pid}`);
mkdirSync(work, { recursive: true });
const engineFile = join(work, 'engine.cjs');
await esbuild.build({ entryPoints: [join(ROOT, 'src/engine/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: engineFile, logLevel: 'warning', minify: true });
const engine = require(engineFile);

const quick = process.env.BENCH_QUICK === '1';
const SIZES = quick ? [10e3, 1e6] : [10e3, 1e6, 20e6];
const LANGS = ['en', 'id'];
const runsFor = (bytes) => (bytes <= 1e5 ? 41 : bytes <= 2e6 ? 15 : 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };

function floor(file) {
  const text = readFileSync(file, 'utf8');
  const lines = text.split(/\r\n|\r|\n/);
  let hits = 0;
  for (const line of lines) if (/\d/.test(line)) hits++;
  return hits;
}
function full(file) {
  return engine.analyze(readFileSync(file, 'utf8')).findings.length;
}
function time(fn, runs) {
  fn(); // warm-up
  const xs = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); fn(); xs.push(performance.now() - t); }
  return median(xs);
}

const rows = [];
for (const lang of LANGS) {
  for (const bytes of SIZES) {
    const file = join(work, `${lang}-${bytes}.txt`);
    writeFileSync(file, generate(lang, bytes));
    const size = statSync(file).size;
    const runs = runsFor(bytes);
    const floorMs = time(() => floor(file), runs);
    const engineMs = time(() => full(file), runs);
    rows.push({ lang, bytes: size, runs, floorMs, engineMs, ratio: engineMs / floorMs, mbPerS: size / 1e6 / (engineMs / 1000) });
  }
}

// Hostile inputs must stay linear: doubling the input should roughly double the time (ratio ≈ 2). Sizes
// follow the issue: a 100 MB file of articles, a single 10 MB line, 100,000 repeated quote marks.
const hostile = [
  // [name, make(n), n in full mode, n in quick mode, timed runs of each size]
  ['articles (50 → 100 MB file)', (n) => generate('en', n), 50e6, 5e6, 1],
  ['one line of prose (5 → 10 MB)', (n) => 'The council met again on Tuesday and nobody agreed on anything at all. '.repeat(Math.ceil(n / 71)).slice(0, n), 5e6, 5e5, 7],
  ['quote marks only (50k → 100k)', (n) => '“'.repeat(n), 50_000, 50_000, 7],
  ['short quotes on one line', (n) => '“word” '.repeat(Math.ceil(n / 7)).slice(0, n), 100_000, 50_000, 7],
  ['blank lines only', (n) => '\n'.repeat(n), 1e6, 250_000, 5],
  // Speech verbs in a paragraph with no full stop, then a pronoun: the speaker search reads a bounded window
  // around each verb (it read the whole paragraph before each, quadratic: 2 s for 40 KB).
  ['speech verbs, no full stop', (n) => 'Xavier ' + 'the council said that the mayor said that '.repeat(Math.ceil(n / 43)).slice(0, n) + '\n\n"We are fine," he said.\n', 100_000, 50_000, 5],
];
const linearity = [];
for (const [name, make, full, small, runs] of hostile) {
  const n = quick ? small : full;
  const a = make(n), b = make(2 * n);
  const once = (text) => { const t = performance.now(); engine.analyze(text); return performance.now() - t; };
  // The two sizes alternate (after a warm-up of each), so drift in the machine's speed hits both alike; the
  // 100 MB input runs once each, without warm-up: one pass over it says enough.
  if (runs > 1) { once(a); once(b); }
  const ta = [], tb = [];
  for (let i = 0; i < runs; i++) { ta.push(once(a)); tb.push(once(b)); }
  linearity.push({ input: name, chars: n, ms: median(ta), doubledMs: median(tb), ratio: median(tb) / median(ta) });
}

// Re-analysis after a one-line edit in a 10,000-line document: a word typed near the middle in a prose
// paragraph, in a paragraph with a quotation (the quote scan runs again from there) and in a subheading, each
// the case `AnalysisSession` answers without a full analysis, against a full analysis of the same text. Then
// random one-word edits anywhere: how many take the quick path. The document's lines are distinct, as in a real
// text (the corpus above repeats its articles).
const INCREMENTAL_LINES = 10_000;
const EDIT = { en: [' the ', ' also the '], id: [' yang ', ' yang juga '] };
const QUOTED = /[“”"«»„]/;
const incremental = [];
const coverage = [];
// Two layouts of the same lines: paragraphs apart (blank lines between) and glued, as scraped text often is.
const LAYOUTS = {
  paragraphs: (lang) => generateDistinct(lang, INCREMENTAL_LINES),
  glued: (lang) => generateDistinct(lang, 2 * INCREMENTAL_LINES).split('\n').filter((l) => l.trim()).slice(0, INCREMENTAL_LINES).join('\n') + '\n',
};
for (const lang of LANGS) for (const layout of Object.keys(LAYOUTS)) {
  const text = LAYOUTS[layout](lang);
  const lines = text.split('\n');
  // Where the word is typed: a line of prose, a line with a quotation, a subheading (no final punctuation; only
  // between blank lines).
  const WHERE = {
    prose: (l) => l.includes(EDIT[lang][0]) && !QUOTED.test(l) && /[.!?]$/.test(l),
    quote: (l) => l.includes(EDIT[lang][0]) && QUOTED.test(l) && /[.!?]$/.test(l),
    ...(layout === 'paragraphs' ? { title: (l) => /^\p{Lu}/u.test(l) && !/[.!?:;…"”’»)\]]$/.test(l) && l.split(' ').length >= 3 } : {}),
  };
  for (const where of Object.keys(WHERE)) {
    const session = new engine.AnalysisSession();
    session.analyze(text);
    let edited;
    let line = -1;
    for (let k = INCREMENTAL_LINES >> 1; k < INCREMENTAL_LINES && line < 0; k++) {
      if (!WHERE[where](lines[k])) continue;
      const copy = [...lines];
      copy[k] = where === 'title' ? `${lines[k]} ${EDIT[lang][1].trim().split(' ')[1]}` : lines[k].replace(EDIT[lang][0], EDIT[lang][1]);
      edited = copy.join('\n');
      session.analyze(edited);
      if (session.last === 'incremental') line = k;
      else session.analyze(text);
    }
    if (line < 0) throw new Error(`no ${where} line in the ${lang} document (${layout}) takes an incremental edit`);
    const texts = [text, edited];
    const runs = quick ? 21 : 101;
    const xs = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      session.analyze(texts[r % 2]);
      xs.push(performance.now() - t);
      if (session.last !== 'incremental') throw new Error(`edit ${r} was a full analysis (${session.last})`);
    }
    const fullMs = time(() => engine.analyze(texts[0]), quick ? 3 : 7);
    incremental.push({ lang, layout, edit: where, lines: lines.length, chars: text.length, editedLine: line + 1, ms: median(xs), fullMs });
  }
  // Random edits (a fixed seed): a word deleted, or one taken from another line typed in, on any non-blank line.
  let seed = 7;
  const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const session = new engine.AnalysisSession();
  session.analyze(text);
  let current = lines;
  let quickEdits = 0;
  let quickQuoted = 0;
  const edits = quick ? 60 : 300;
  const filled = lines.map((l, k) => (l.trim() ? k : -1)).filter((k) => k >= 0);
  for (let r = 0; r < edits; r++) {
    const k = filled[rand(filled.length)];
    const words = current[k].split(' ');
    const at = rand(words.length);
    if (rand(2)) words.splice(at, 0, current[filled[rand(filled.length)]].split(' ')[0].toLowerCase() || 'and');
    else if (words.length > 1) words.splice(at, 1);
    const next = [...current];
    next[k] = words.join(' ');
    session.analyze(next.join('\n'));
    if (session.last === 'incremental') { quickEdits++; if (QUOTED.test(next[k])) quickQuoted++; }
    current = next;
  }
  coverage.push({ lang, layout, edits, incremental: quickEdits, incrementalWithQuotes: quickQuoted, share: quickEdits / edits });
}

// The first analysis in a fresh process: what opening an article after starting the editor, or running the CLI on
// one file, costs before any pattern is compiled. Each run is its own `node` process; the engine is loaded as the
// extension host loads it (V8's defaults), and the CLI is timed from spawn to exit.
const FIRST_RUNS = quick ? 3 : 7;
const firstAnalysis = [];
for (const lang of LANGS) {
  const example = readdirSync(join(ROOT, 'examples')).filter((f) => f.startsWith(`${lang}-`)).sort()[0];
  const file = join(ROOT, 'examples', example);
  const probe = `const t0 = performance.now(); const e = require(${JSON.stringify(engineFile)}); const t1 = performance.now();
const text = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8');
let t = performance.now(); e.analyze(text); const first = performance.now() - t;
t = performance.now(); e.analyze(text); const second = performance.now() - t;
console.log(JSON.stringify({ load: t1 - t0, first, second }));`;
  const probes = [], cli = [];
  for (let r = 0; r < FIRST_RUNS; r++) {
    probes.push(JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })));
    const t = performance.now();
    execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'scan', '--format', 'json', file], { stdio: 'ignore' });
    cli.push(performance.now() - t);
  }
  firstAnalysis.push({ lang, file: `examples/${example}`, bytes: statSync(file).size, runs: FIRST_RUNS,
    loadMs: median(probes.map((p) => p.load)), firstMs: median(probes.map((p) => p.first)), secondMs: median(probes.map((p) => p.second)), cliMs: median(cli) });
}

const sizes = {};
for (const [name, path] of [['cli.js', 'dist/cli.js'], ['extension.js', 'dist/extension.js'], ['article-sieve.vsix', 'article-sieve.vsix']]) {
  if (existsSync(join(ROOT, path))) sizes[name] = statSync(join(ROOT, path)).size;
}
const results = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length, rows, linearity, incremental, coverage, firstAnalysis, sizes };
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
rmSync(work, { recursive: true, force: true });

const kb = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(0)} KB`);
console.log('| language | size | floor (median ms) | engine (median ms) | ratio to floor | MB/s |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.lang} | ${kb(r.bytes)} | ${r.floorMs.toFixed(2)} | ${r.engineMs.toFixed(2)} | ${r.ratio.toFixed(1)}× | ${r.mbPerS.toFixed(1)} |`);
console.log('\n| hostile input | chars | ms | doubled (ms) | ratio |');
console.log('|---|---:|---:|---:|---:|');
for (const l of linearity) console.log(`| ${l.input} | ${l.chars.toLocaleString('en')} | ${l.ms.toFixed(1)} | ${l.doubledMs.toFixed(1)} | ${l.ratio.toFixed(2)} |`);
console.log('\n| re-analysis after a one-line edit | lines | edited line | incremental (median ms) | full analysis (median ms) |');
console.log('|---|---:|---:|---:|---:|');
const layoutName = { paragraphs: 'paragraphs apart', glued: 'no blank lines' };
for (const r of incremental) console.log(`| ${r.lang}, ${layoutName[r.layout]}, word typed in ${{ quote: 'a quotation', prose: 'prose', title: 'a subheading' }[r.edit]} | ${r.lines.toLocaleString('en')} | ${r.editedLine} | ${r.ms.toFixed(2)} | ${r.fullMs.toFixed(1)} |`);
console.log('\n| random one-word edits | edits | answered incrementally | of them in lines with quotes |');
console.log('|---|---:|---:|---:|');
for (const c of coverage) console.log(`| ${c.lang}, ${layoutName[c.layout]} | ${c.edits} | ${c.incremental} (${(100 * c.share).toFixed(0)} %) | ${c.incrementalWithQuotes} |`);
console.log('\n| first analysis in a fresh process | size | loading the engine (ms) | first analysis (ms) | second (ms) | CLI, spawn to exit (ms) |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const f of firstAnalysis) console.log(`| ${f.file} | ${kb(f.bytes)} | ${f.loadMs.toFixed(1)} | ${f.firstMs.toFixed(1)} | ${f.secondMs.toFixed(1)} | ${f.cliMs.toFixed(0)} |`);
if (Object.keys(sizes).length) console.log('\n' + Object.entries(sizes).map(([k, v]) => `${k}: ${kb(v)}`).join(', '));
