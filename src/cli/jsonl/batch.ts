/** Batches of consecutive lines of one file: what the main thread hands to a worker (or processes itself). */
import { concat } from './lines';
import { processRecord, type RecordContext } from './record';

export interface Batch {
  readonly file: string;
  /** 1-based number of the first line; the others follow it. */
  firstLine: number;
  readonly lines: Uint8Array[];
  readonly crlf: boolean[];
  bytes: number;
}

export interface BatchResult {
  /** The output lines, endings included. */
  readonly data: Uint8Array;
  /** Reports for stderr, one line each. */
  readonly messages: string;
  readonly records: number;
  readonly bad: number;
  readonly changed: number;
}

/** A batch flattened into transferable buffers. */
export interface PackedBatch {
  readonly id: number;
  readonly file: string;
  readonly firstLine: number;
  readonly data: Uint8Array;
  readonly ends: Uint32Array;
  readonly crlf: Uint8Array;
}

const encoder = new TextEncoder();
const LF = Uint8Array.of(0x0a);
const CRLF = Uint8Array.of(0x0d, 0x0a);

export function processBatch(batch: Batch, ctx: RecordContext): BatchResult {
  const parts: Uint8Array[] = [];
  let size = 0;
  let messages = '';
  let bad = 0;
  let changed = 0;
  let records = 0;
  for (let i = 0; i < batch.lines.length; i++) {
    const r = processRecord(batch.lines[i]!, ctx);
    const where = `${batch.file}:${batch.firstLine + i}`;
    if (r.bad) { bad++; messages += `article-sieve: ${where}: ${r.bad}${ctx.check ? '' : ctx.dropBad ? '; dropped' : '; passed through'}\n`; } else if (!r.blank) records++;
    if (r.note) messages += `${where}: ${r.note}\n`;
    if (r.changed) changed++;
    if (r.drop) continue;
    const body = r.out === undefined ? batch.lines[i]! : encoder.encode(r.out);
    const eol = batch.crlf[i] ? CRLF : LF;
    parts.push(body, eol);
    size += body.length + eol.length;
  }
  return { data: concat(parts, size), messages, records, bad, changed };
}

export function pack(batch: Batch, id: number): PackedBatch {
  const ends = new Uint32Array(batch.lines.length);
  let off = 0;
  batch.lines.forEach((l, i) => { off += l.length; ends[i] = off; });
  return { id, file: batch.file, firstLine: batch.firstLine, data: concat(batch.lines, off), ends, crlf: Uint8Array.from(batch.crlf, (c) => (c ? 1 : 0)) };
}

export function unpack(p: PackedBatch): Batch {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (const end of p.ends) { lines.push(p.data.subarray(start, end)); start = end; }
  return { file: p.file, firstLine: p.firstLine, lines, crlf: Array.from(p.crlf, (c) => c === 1), bytes: p.data.length };
}
