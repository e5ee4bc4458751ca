/**
 * `node` in the desktop host (package.json `main`), `browser` in the web host (`browser`). Both entries are the
 * same bundle; the host is told apart by the Node runtime the desktop extension host has and a web worker lacks.
 */
export const ENTRY: 'node' | 'browser' =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string' ? 'node' : 'browser';

/** Milliseconds since the bundle started loading (its first statement), or undefined without a clock. */
export function msSinceLoad(): number | undefined {
  const start = (globalThis as { __articleSieveLoadStart?: number }).__articleSieveLoadStart;
  const now = globalThis.performance?.now();
  return start === undefined || now === undefined ? undefined : now - start;
}

/** Prefix of every command, setting and context key. */
export const ID = 'articleSieve';
/** Diagnostic source and output channel name. */
export const SOURCE = 'Article Sieve';
