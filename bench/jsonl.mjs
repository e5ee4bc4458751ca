// Streaming CLI benchmark: generates a large JSON Lines file of articles (built from the project's own
// fixtures and examples, see corpus.mjs), runs `node dist/cli.js clean --jsonl` over it with --jobs 1 and
// --jobs 2, output to /dev/null, and reports wall time, throughput and the child's peak RSS.
//
//   npm run bench:jsonl                      # 1 GB (1024 MB)
//   JSONL_BENCH_MB=100 npm run bench:jsonl   # smaller
//   JSONL_BENCH_JOBS=1,2,4                   # which --jobs values to run (default 1,2)
//
// Writes bench/jsonl-results.json. The generated file is deleted at the end, even on failure or Ctrl-C.
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { articles } from './corpus.mjs';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const MB = 1024 * 1024;
const targetMb = Number(process.env.JSONL_BENCH_MB ?? 1024);
const jobsList = (process.env.JSONL_BENCH_JOBS ?? '1,2').split(',').map(Number);
if (!(targetMb > 0) || jobsList.some((j) => !(j >= 1))) throw new Error('JSONL_BENCH_MB must be > 0 and JSONL_BENCH_JOBS a list of numbers >= 1');
if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first');

const dir = mkdtempSync(join(tmpdir(), 'article-sieve-jsonl-bench-'));
const file = join(dir, 'articles.jsonl');
// Run a copy of the bundle, so a rebuild during the run (another `npm test`) cannot mix two versions.
const cliCopy = join(dir, 'cli.js');
copyFileSync(CLI, cliCopy);
const cleanup = () => rmSync(dir, { recursive: true, force: true });
process.on('SIGINT', () => { cleanup(); process.exit(130); });
process.on('SIGTERM', () => { cleanup(); process.exit(143); });

/** Writes ~targetMb of records {id, url, lang, title, text} cycling through the English and Indonesian articles. */
function generate() {
  const pool = ['en', 'id'].flatMap((lang) => articles(lang).map((text) => ({ lang, text })));
  const fd = openSync(file, 'w');
  let bytes = 0;
  let records = 0;
  let buf = [];
  let bufBytes = 0;
  while (bytes < targetMb * MB) {
    const a = pool[records % pool.length];
    const title = a.text.split('\n', 1)[0].slice(0, 120);
    const line = JSON.stringify({ id: records, url: `https://example.org/${a.lang}/${records}`, lang: a.lang, title, text: a.text, meta: { source: 'bench', n: records } }) + '\n';
    buf.push(line);
    const n = Buffer.byteLength(line);
    bufBytes += n;
    bytes += n;
    records++;
    if (bufBytes >= 8 * MB) { writeSync(fd, buf.join('')); buf = []; bufBytes = 0; }
  }
  if (buf.length) writeSync(fd, buf.join(''));
  closeSync(fd);
  return { bytes: statSync(file).size, records, articles: pool.length };
}

/** Peak RSS of a running process from /proc (VmHWM), polled; a fallback when /usr/bin/time is missing. */
function pollPeak(pid, state) {
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) state.peakKb = Math.max(state.peakKb, Number(m[1]));
    } catch { /* exited */ }
  }, 100);
  return () => clearInterval(timer);
}

function runOnce(jobs) {
  const gnuTime = existsSync('/usr/bin/time');
  const timeFile = join(dir, `time-${jobs}.txt`);
  const args = [cliCopy, 'clean', '--jsonl', '--jobs', String(jobs), file];
  const [cmd, argv] = gnuTime ? ['/usr/bin/time', ['-v', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  const out = openSync('/dev/null', 'w');
  const start = performance.now();
  const child = spawn(cmd, argv, { stdio: ['ignore', out, 'pipe'] });
  closeSync(out);
  let stderr = '';
  child.stderr.on('data', (d) => { if (stderr.length < 10000) stderr += d; });
  const state = { peakKb: 0 };
  const stop = gnuTime ? () => {} : pollPeak(child.pid, state);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      stop();
      if (code !== 0) return reject(new Error(`clean --jsonl --jobs ${jobs} exited ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`));
      if (gnuTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
        state.peakKb = m ? Number(m[1]) : 0;
      }
      resolve({ seconds, peakKb: state.peakKb, rssSource: gnuTime ? '/usr/bin/time -v' : '/proc VmHWM (polled)', stderr: stderr.trim() });
    });
  });
}

try {
  const t0 = performance.now();
  const gen = generate();
  const genSeconds = (performance.now() - t0) / 1000;
  console.log(`generated ${(gen.bytes / MB).toFixed(0)} MB, ${gen.records.toLocaleString('en')} records (from ${gen.articles} articles) in ${genSeconds.toFixed(1)} s`);
  const rows = [];
  for (const jobs of jobsList) {
    const r = await runOnce(jobs);
    const row = {
      jobs,
      seconds: Number(r.seconds.toFixed(2)),
      mbPerS: Number((gen.bytes / MB / r.seconds).toFixed(2)),
      recordsPerS: Math.round(gen.records / r.seconds),
      peakRssMb: Number((r.peakKb / 1024).toFixed(1)),
      rssSource: r.rssSource,
    };
    rows.push(row);
    console.log(`  --jobs ${jobs}: ${row.seconds} s${r.stderr ? ` (stderr: ${r.stderr.split('\n')[0]})` : ''}`);
  }
  const results = { date: new Date().toISOString(), node: process.version, cpus: cpus().length, command: 'node dist/cli.js clean --jsonl --jobs N FILE > /dev/null', fileBytes: gen.bytes, records: gen.records, rows };
  writeFileSync(join(ROOT, 'bench', 'jsonl-results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nclean --jsonl over ${(gen.bytes / MB).toFixed(0)} MB (${gen.records.toLocaleString('en')} records), ${cpus().length} CPUs, Node ${process.version}\n`);
  console.log('| jobs | wall time (s) | MB/s  | records/s | peak RSS (MB) |');
  console.log('|-----:|--------------:|------:|----------:|--------------:|');
  for (const r of rows) console.log(`| ${String(r.jobs).padStart(4)} | ${String(r.seconds).padStart(13)} | ${r.mbPerS.toFixed(2).padStart(5)} | ${String(r.recordsPerS).padStart(9)} | ${r.peakRssMb.toFixed(1).padStart(13)} |`);
  console.log('\nwrote bench/jsonl-results.json');
} finally {
  cleanup();
}
