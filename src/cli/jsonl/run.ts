/**
 * `scan --jsonl` / `clean --jsonl`: streams JSON Lines from files or standard input to standard output,
 * in input order, with memory bounded by a few batches whatever the input size.
 *
 * Reading pulls chunks (`for await`), so nothing is read while output is blocked: every write respects
 * `write()` returning false (we wait for 'drain'), and at most `window` batches are in flight or waiting
 * to be written in order.
 */
import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { Options } from '../../engine';
import type { CliArgs } from '../args';
import type { Batch, BatchResult } from './batch';
import { LineSplitter, type LineItem } from './lines';
import { inProcess, workerPool, type Executor } from './pool';
import type { RecordConfig } from './record';

export interface JsonlStreams {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** The script a worker thread runs (the CLI bundle itself). */
  readonly workerScript: string;
}

const MIB = 1024 * 1024;
/** Records longer than this are passed through (or dropped) without being buffered or analysed. */
const MAX_RECORD_BYTES = Number(process.env.ARTICLE_SIEVE_MAX_RECORD_BYTES) || 64 * MIB;
const BATCH_LINES = 256;
const BATCH_BYTES = MIB;
const CHUNK_BYTES = 256 * 1024;

/** Resolves on 'drain', or when the stream fails or closes (then `drained` sees the error and stops). */
function drainOf(s: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { s.off('drain', done); s.off('close', done); s.off('error', done); resolve(); };
    s.on('drain', done);
    s.on('close', done);
    s.on('error', done);
  });
}

export function jobsOf(value: number | 'auto'): number {
  return value === 'auto' ? Math.max(1, availableParallelism()) : value;
}

export async function runJsonl(args: CliArgs, options: Options, streams: JsonlStreams): Promise<number> {
  const { stdout, stderr } = streams;
  const config: RecordConfig = {
    command: args.command as 'scan' | 'clean',
    field: args.field,
    strip: args.strip,
    check: args.check,
    dropBad: args.dropBad,
    options,
  };
  const jobs = jobsOf(args.jobs);
  const exec: Executor = jobs > 1 ? workerPool(config, jobs, streams.workerScript) : inProcess(config);
  const window = jobs > 1 ? jobs * 4 : 1;

  let status = 0;
  let outError: NodeJS.ErrnoException | undefined;
  let fatal: Error | undefined;
  const onError = (e: NodeJS.ErrnoException) => { outError ??= e; wake?.(); };
  stdout.on('error', onError);
  stderr.on('error', onError);

  let records = 0;
  let bad = 0;
  let changed = 0;

  // --- Ordered output ---------------------------------------------------------------------------
  let outstanding = 0;
  let nextSeq = 0;
  let nextWrite = 0;
  const ready = new Map<number, BatchResult>();
  let wake: (() => void) | undefined;
  const wait = () => new Promise<void>((resolve) => { wake = () => { wake = undefined; resolve(); }; });

  const write = (stream: Writable, data: Uint8Array | string) => { if (!outError && data.length) stream.write(data); };
  const drained = async () => {
    for (const s of [stdout, stderr]) while (!outError && !s.destroyed && s.writableNeedDrain) await drainOf(s);
  };
  const deliver = () => {
    for (let r = ready.get(nextWrite); r; r = ready.get(nextWrite)) {
      ready.delete(nextWrite++);
      outstanding--;
      write(stderr, r.messages);
      write(stdout, r.data);
      records += r.records;
      bad += r.bad;
      changed += r.changed;
    }
    wake?.();
  };
  const submit = async (batch: Batch) => {
    while (outstanding >= window && !fatal && !outError) await wait();
    if (fatal) throw fatal;
    await drained();
    const seq = nextSeq++;
    outstanding++;
    exec.run(batch).then((r) => { ready.set(seq, r); deliver(); }, (e: Error) => { fatal ??= e; wake?.(); });
  };
  const settle = async () => {
    while (outstanding > 0 && !fatal && !outError) await wait();
    if (fatal) throw fatal;
    await drained();
  };

  // --- Reading ----------------------------------------------------------------------------------
  const files = args.files.length ? args.files : ['-'];
  try {
    for (const file of files) {
      if (outError) break;
      const name = file === '-' ? '<stdin>' : file;
      let source: AsyncIterable<Uint8Array>;
      if (file === '-') source = streams.stdin;
      else {
        try {
          if (statSync(file).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          write(stderr, `article-sieve: ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}\n`);
          status = 2;
          continue;
        }
        source = createReadStream(file, { highWaterMark: CHUNK_BYTES });
      }
      const splitter = new LineSplitter(MAX_RECORD_BYTES);
      let batch: Batch = { file: name, firstLine: 1, lines: [], crlf: [], bytes: 0 };
      const flush = async () => {
        if (!batch.lines.length) return;
        const full = batch;
        batch = { file: name, firstLine: 0, lines: [], crlf: [], bytes: 0 };
        await submit(full);
      };
      const handle = async (item: LineItem) => {
        if (item.type === 'line') {
          if (!batch.lines.length) batch.firstLine = item.lineNo;
          batch.lines.push(item.bytes);
          batch.crlf.push(item.crlf);
          batch.bytes += item.bytes.length;
          if (batch.lines.length >= BATCH_LINES || batch.bytes >= BATCH_BYTES) await flush();
          return;
        }
        // A record too long to hold in memory: stream it through (or drop it), in order.
        const pass = !args.dropBad && !args.check;
        if (item.first) {
          await flush();
          await settle();
          bad++;
          write(stderr, `article-sieve: ${name}:${item.lineNo}: record longer than ${MAX_RECORD_BYTES >= MIB ? `${Math.floor(MAX_RECORD_BYTES / MIB)} MB` : `${MAX_RECORD_BYTES} bytes`}; not analysed${args.check ? '' : pass ? '; passed through' : '; dropped'}\n`);
        }
        if (pass) write(stdout, item.bytes);
        if (pass && item.last) write(stdout, item.crlf ? '\r\n' : '\n');
        await drained();
      };
      try {
        for await (const chunk of source) {
          for (const item of splitter.push(chunk)) await handle(item);
          if (outError) break;
        }
        for (const item of splitter.end()) await handle(item);
        await flush();
      } catch (error) {
        if (error === fatal) throw error;
        write(stderr, `article-sieve: ${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})\n`);
        status = 2;
      }
    }
    await settle();
  } finally {
    await exec.close();
  }

  if (outError) {
    stdout.off('error', onError);
    if (outError.code === 'EPIPE') return status; // the reader went away (`| head`): stop quietly
    process.stderr.write(`article-sieve: cannot write the output (${outError.code ?? outError.message})\n`);
    return 2;
  }
  if (bad) write(stderr, `article-sieve: ${bad} bad record(s)${args.check ? '' : args.dropBad ? ' dropped' : ' passed through unchanged'}, ${records} processed\n`);
  if (args.check && changed) {
    write(stderr, `article-sieve: ${changed} of ${records} record(s) would change\n`);
    status = Math.max(status, 1);
  }
  return status;
}
