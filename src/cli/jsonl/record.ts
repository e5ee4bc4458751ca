/**
 * One JSON Lines record: parse it, analyse its text field, and rebuild the line with everything else
 * byte-for-byte as it was. Shared by the in-process path and the worker threads.
 */
import { analyzeWith, resolveSettings, stripFindings, type Options, type Settings } from '../../engine';
import { contractFinding } from '../formatters/json';

/** The field `scan --jsonl` adds to each record. */
export const SCAN_FIELD = 'articleSieve';

/** What a worker needs to process records (structured-cloneable). */
export interface RecordConfig {
  readonly command: 'scan' | 'clean';
  readonly field: string;
  readonly strip: readonly ('boilerplate' | 'caption')[];
  readonly check: boolean;
  readonly dropBad: boolean;
  readonly options: Options;
}

export interface RecordContext extends RecordConfig {
  readonly settings: Settings;
}

export function recordContext(config: RecordConfig): RecordContext {
  return { ...config, settings: resolveSettings(config.options) };
}

/** The outcome for one line. `out` undefined means: the line's bytes unchanged. */
export interface RecordResult {
  readonly out?: string;
  /** Not written at all (`--drop-bad` on a bad or blank line, or `--check`). */
  readonly drop?: boolean;
  /** Why the record is bad (reported with its line number). */
  readonly bad?: string;
  /** `--check`: what would change. */
  readonly note?: string;
  readonly changed?: boolean;
  /** An empty or whitespace-only line: not a record, passed through (dropped with `--drop-bad`). */
  readonly blank?: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

export function processRecord(bytes: Uint8Array, ctx: RecordContext): RecordResult {
  if (isBlank(bytes)) return { blank: true, drop: ctx.dropBad || ctx.check };
  const bad = (why: string): RecordResult => ({ bad: why, drop: ctx.dropBad || ctx.check });
  let raw: string;
  try {
    raw = decoder.decode(bytes);
  } catch {
    return bad('invalid UTF-8');
  }
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message.replace(/\s+/g, ' ');
    return bad(`not valid JSON (${message.length > 120 ? `${message.slice(0, 117)}...` : message})`);
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return bad(`not a JSON object but ${describe(record)}`);
  if (!Object.prototype.hasOwnProperty.call(record, ctx.field)) return bad(`no "${ctx.field}" field`);
  const text = (record as Record<string, unknown>)[ctx.field];
  if (typeof text !== 'string') return bad(`"${ctx.field}" is ${describe(text)}, not a string`);

  try {
    const result = analyzeWith(text, ctx.settings);
    if (ctx.command === 'clean') {
      const stripped = stripFindings(text, result.findings, ctx.strip);
      if (stripped.output === text) return ctx.check ? { drop: true } : {};
      if (ctx.check) {
        return { drop: true, changed: true, note: `${stripped.applied.length} finding(s), ${stripped.removedLines.length} line(s) would be removed` };
      }
      const span = valueSpan(raw, ctx.field)!;
      return { out: raw.slice(0, span.start) + JSON.stringify(stripped.output) + raw.slice(span.end), changed: true };
    }
    const payload = JSON.stringify({ language: result.language, findings: result.findings.map(contractFinding) });
    const span = valueSpan(raw, SCAN_FIELD);
    if (span) return { out: raw.slice(0, span.start) + payload + raw.slice(span.end) };
    const close = raw.lastIndexOf('}'); // the object has at least the text field, so a comma is due
    return { out: `${raw.slice(0, close)},${JSON.stringify(SCAN_FIELD)}:${payload}${raw.slice(close)}` };
  } catch (error) {
    return bad(`could not analyse the text (${(error as Error).message})`);
  }
}

// --- Locating a top-level value in a line already known to be a valid JSON object -------------------

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

function skipWs(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
    else return i;
  }
}

/** `s[i]` is an opening quote; returns the index just past the closing one. */
function skipString(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = s.indexOf('"', j);
    let b = q - 1;
    while (s.charCodeAt(b) === BACKSLASH) b--;
    if ((q - 1 - b) % 2 === 0) return q + 1;
    j = q + 1;
  }
}

function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === QUOTE) return skipString(s, i);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    let j = i;
    for (;;) {
      const d = s.charCodeAt(j);
      if (d === QUOTE) { j = skipString(s, j); continue; }
      if (d === 0x7b || d === 0x5b) depth++;
      else if (d === 0x7d || d === 0x5d) { if (--depth === 0) return j + 1; }
      j++;
    }
  }
  let j = i;
  for (;;) {
    const d = s.charCodeAt(j);
    if (j >= s.length || d === 0x2c || d === 0x7d || d === 0x5d || d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d) return j;
    j++;
  }
}

/**
 * Where the value of top-level `key` lies in `raw` (a valid JSON object): the last occurrence, as
 * `JSON.parse` keeps the last of duplicate keys. Undefined when the key is absent.
 */
export function valueSpan(raw: string, key: string): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  let i = skipWs(raw, raw.indexOf('{') + 1);
  while (i < raw.length && raw.charCodeAt(i) !== 0x7d) {
    const keyStart = i;
    i = skipString(raw, i);
    const token = raw.slice(keyStart, i);
    const name = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
    i = skipWs(raw, skipWs(raw, i) + 1); // past ':'
    const start = i;
    i = skipValue(raw, i);
    if (name === key) found = { start, end: i };
    i = skipWs(raw, i);
    if (raw.charCodeAt(i) === 0x2c) i = skipWs(raw, i + 1);
  }
  return found;
}
