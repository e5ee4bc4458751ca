import { readFileSync } from 'node:fs';
import { analyze, extractItems, formatItems, resolveSettings, stripFindings, type ExtractFormat, type Options } from '../engine';
import { parseArgs, USAGE, type CliArgs } from './args';
import { InputError, readInput, type Input } from './input';
import { scanJson } from './formatters/json';
import { highlighted, scanText } from './formatters/text';
import { writeAtomic } from './write';
import { runJsonl, type JsonlStreams } from './jsonl/run';

declare const __VERSION__: string;

let stdinCache: Uint8Array | undefined;
const readStdin = () => (stdinCache ??= readFileSync(0));

function optionsOf(args: CliArgs, file: string): Options {
  return {
    language: args.language ?? 'auto',
    minConfidence: args.minConfidence,
    boilerplatePatterns: args.patterns,
    keepPatterns: args.keep,
    disabledCategories: args.disable,
    markdown: args.markdown ?? (/\.(?:md|markdown|mdx)$/i.test(file) ? true : 'auto'),
  };
}

/**
 * Runs the CLI; returns the exit code. Output goes through the given writers so tests can capture it.
 * `--jsonl` streams instead: it needs the real streams (for backpressure) and returns a promise.
 */
export function run(
  argv: readonly string[],
  io: { out: (s: string) => void; err: (s: string) => void; isTty: boolean; streams?: JsonlStreams },
): number | Promise<number> {
  let args: CliArgs;
  try {
    const parsed = parseArgs(argv, io.isTty);
    if (parsed === 'help') { io.out(USAGE + '\n'); return 0; }
    if (parsed === 'version') { io.out(`${typeof __VERSION__ === 'string' ? __VERSION__ : 'dev'}\n`); return 0; }
    args = parsed;
  } catch (error) {
    if (error instanceof InputError) { io.err(`article-sieve: ${error.message}\n`); return 2; }
    throw error;
  }
  // Bad patterns are reported once, up front, and never stop the run.
  const problems = resolveSettings(optionsOf(args, '')).problems;
  for (const p of problems) io.err(`article-sieve: ${p}\n`);
  if (args.jsonl) {
    const streams = io.streams ?? { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, workerScript: __filename };
    return runJsonl(args, optionsOf(args, ''), streams);
  }

  let status = 0;
  const jsonResults: object[] = [];
  for (const file of args.files) {
    let input: Input;
    try {
      input = readInput(file, readStdin);
    } catch (error) {
      if (error instanceof InputError) { io.err(`article-sieve: ${error.message}\n`); status = 2; continue; }
      throw error;
    }
    if (input.lossy) io.err(`article-sieve: ${input.name}: invalid UTF-8 replaced with U+FFFD${args.write ? '; file not rewritten' : ''}\n`);
    const result = analyze(input.text, optionsOf(args, file));
    switch (args.command) {
      case 'scan':
        if ((args.format ?? 'text') === 'json') jsonResults.push(scanJson(input.name, result));
        else if (args.highlight) io.out(`${highlighted(input.text, result)}\n${scanText(input.name, result, args.color).split('\n').slice(-2).join('\n')}`);
        else io.out(scanText(input.name, result, args.color));
        break;
      case 'clean': {
        const stripped = stripFindings(input.text, result.findings, args.strip);
        if (args.check) {
          if (stripped.applied.length) {
            io.err(`${input.name}: ${stripped.applied.length} finding(s), ${stripped.removedLines.length} line(s) would be removed\n`);
            status = Math.max(status, 1);
          }
        } else if (args.write) {
          if (input.lossy) { status = 2; break; }
          if (stripped.output !== input.text) {
            try {
              writeAtomic(file, stripped.output, input.bom);
              io.err(`${input.name}: removed ${stripped.removedLines.length} line(s)\n`);
            } catch (error) {
              if (error instanceof InputError) { io.err(`article-sieve: ${error.message}\n`); status = 2; } else throw error;
            }
          }
        } else io.out((input.bom ? '\ufeff' : '') + stripped.output);
        break;
      }
      case 'quotes':
      case 'captions': {
        const kind = args.command === 'quotes' ? 'quote' : 'caption';
        const items = extractItems(result.findings, kind);
        io.out(formatItems(items, (args.format ?? 'md') as ExtractFormat, input.name));
        break;
      }
    }
  }
  if (jsonResults.length) io.out(JSON.stringify(jsonResults.length === 1 && args.files.length === 1 ? jsonResults[0] : jsonResults, null, 2) + '\n');
  return status;
}
