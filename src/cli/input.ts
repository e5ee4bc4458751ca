import { readFileSync, statSync } from 'node:fs';

/** An input problem the user can fix; the CLI prints its message on one line and exits 2. */
export class InputError extends Error {}

export interface Input {
  readonly name: string;
  readonly text: string;
  /** The file started with a UTF-8 byte-order mark (kept out of `text`, put back on write). */
  readonly bom: boolean;
  /** Invalid UTF-8 was replaced with U+FFFD: the text must never be written back. */
  readonly lossy: boolean;
}

/** Bytes that no text file has: NUL, or many C0 control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Decodes UTF-8 (with or without BOM); invalid sequences become U+FFFD and mark the input lossy. */
export function decode(name: string, bytes: Uint8Array): Input {
  if (looksBinary(bytes)) throw new InputError(`${name}: binary file (contains NUL or control bytes); not processed`);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom, lossy: false };
  } catch {
    return { name, text: new TextDecoder('utf-8').decode(body), bom, lossy: true };
  }
}

export function readInput(name: string, stdin: () => Uint8Array): Input {
  if (name === '-') return decode('<stdin>', stdin());
  let stat;
  try {
    stat = statSync(name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code})`}`);
  }
  if (stat.isDirectory()) throw new InputError(`${name}: is a directory`);
  if (!stat.isFile()) throw new InputError(`${name}: not a regular file`);
  if (stat.size > 1024 * 1024 * 1024) throw new InputError(`${name}: larger than 1 GB; split it first`);
  try {
    return decode(name, readFileSync(name));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${name}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
