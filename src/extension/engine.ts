/**
 * The engine, loaded on first use. Its language data (stopword lists, trigram tables, cue lists) takes tens
 * of milliseconds to evaluate, which must not count against activation: the first analysis runs just after
 * it, from a timer. esbuild turns this `require` into a module initialiser inside the one bundle, run on the
 * first call, in the desktop and the web host alike (no Node API is involved).
 */
import type * as Engine from '../engine';

let loaded: typeof Engine | undefined;

export function engine(): typeof Engine {
  return (loaded ??= require('../engine') as typeof Engine);
}
