/** Replaced at build time (esbuild `define`): which package.json entry this bundle is. */
declare const __ARTICLE_SIEVE_ENTRY__: 'node' | 'browser';

/** `node` in the desktop host (package.json `main`), `browser` in the web host (`browser`). */
export const ENTRY: 'node' | 'browser' = __ARTICLE_SIEVE_ENTRY__;

/** Prefix of every command, setting and context key. */
export const ID = 'articleSieve';
/** Diagnostic source and output channel name. */
export const SOURCE = 'Article Sieve';
