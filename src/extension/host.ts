/**
 * `node` in the desktop host (package.json `main`), `browser` in the web host (`browser`). Both entries are the
 * same bundle; the host is told apart by the Node runtime the desktop extension host has and a web worker lacks.
 */
export const ENTRY: 'node' | 'browser' =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node === 'string' ? 'node' : 'browser';

/**
 * When this module was evaluated: in the bundle esbuild writes, just after its first `require('vscode')`, with
 * which the host builds the extension's API object.
 */
const EVALUATED_AT = globalThis.performance?.now();

/** Where an activation's time went, in milliseconds (undefined without a clock). */
export interface ActivationTimes {
  /** The host building the `vscode` API object for the bundle (the same for every extension). */
  readonly vscodeApi: number;
  /** Evaluating the rest of the bundle (the engine is not evaluated: it loads on first use). */
  readonly modules: number;
  /** The host's own work between loading the bundle and calling activate() (creating the extension context). */
  readonly host: number;
  /** activate() itself. */
  readonly activate: number;
  /**
   * CPU time the extension host process spent during activate() (desktop host only): the wall time above also
   * counts the moments the process waited for a core while the workbench starts on the same machine.
   */
  readonly activateCpu?: number;
}

type CpuUsage = { user: number; system: number };
const cpuUsage = (globalThis as { process?: { cpuUsage?: (since?: CpuUsage) => CpuUsage } }).process?.cpuUsage;

/** A CPU-time mark where the runtime has one (the desktop host), for `activationTimes`. */
export function cpuMark(): CpuUsage | undefined {
  return cpuUsage?.();
}

/** Splits the time from the bundle's first statement to now (the end of activate()), given when activate() began. */
export function activationTimes(activateStart: number | undefined, cpuStart?: CpuUsage): ActivationTimes | undefined {
  const marks = globalThis as { __articleSieveLoadStart?: number; __articleSieveLoadEnd?: number };
  const now = globalThis.performance?.now();
  const start = marks.__articleSieveLoadStart, end = marks.__articleSieveLoadEnd;
  if (now === undefined || start === undefined || end === undefined || EVALUATED_AT === undefined || activateStart === undefined) return undefined;
  const cpu = cpuStart && cpuUsage ? cpuUsage(cpuStart) : undefined;
  return {
    vscodeApi: EVALUATED_AT - start, modules: end - EVALUATED_AT, host: activateStart - end, activate: now - activateStart,
    ...(cpu ? { activateCpu: (cpu.user + cpu.system) / 1000 } : {}),
  };
}

/** Prefix of every command, setting and context key. */
export const ID = 'articleSieve';
/** Diagnostic source and output channel name. */
export const SOURCE = 'Article Sieve';
