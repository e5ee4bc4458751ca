import { InputError } from './input';

export type Command = 'scan' | 'clean' | 'quotes' | 'captions';

export interface CliArgs {
  readonly command: Command;
  readonly files: readonly string[];
  readonly format?: string;
  readonly write: boolean;
  readonly check: boolean;
  readonly strip: readonly ('boilerplate' | 'caption')[];
  readonly language?: string;
  readonly minConfidence?: number;
  readonly patterns: readonly string[];
  readonly keep: readonly string[];
  readonly disable: readonly string[];
  readonly markdown?: boolean;
  readonly color: boolean;
  readonly highlight: boolean;
  /** Read and write JSON Lines, one record per line (scan and clean). */
  readonly jsonl: boolean;
  /** The record field holding the text (`--jsonl`). */
  readonly field: string;
  /** Drop bad records instead of passing them through (`--jsonl`). */
  readonly dropBad: boolean;
  /** Worker threads for `--jsonl` (1 = in process). */
  readonly jobs: number | 'auto';
}

export const USAGE = `Usage: article-sieve <command> [options] FILE... ('-' reads standard input)

Commands:
  scan       list boilerplate, captions and quotes      --format text|json, --highlight
  clean      print the text without boilerplate/captions --write, --check, --strip boilerplate,captions
  quotes     extract quotes with speakers               --format md|json|csv
  captions   extract photo captions                     --format md|json|csv

JSON Lines (scan and clean):  article-sieve clean|scan --jsonl [--field NAME] [FILE... | -]
  Reads one JSON object per line (files, or standard input when no FILE is given), processes the
  string in field NAME (default text) and writes one line per record to standard output, in input
  order, every other byte of the record untouched. clean replaces the field's value with the cleaned
  text; scan adds a field "articleSieve": {"language", "findings": [{kind, category, range, text,
  reason, confidence, speaker (quotes)}]}. Memory stays flat however large the input.
  --field NAME           the record field holding the text (default text)
  --jobs N|auto          analyse on N worker threads, output still in input order (default 1)
  --drop-bad             drop bad records instead of passing them through unchanged
  A record that is not valid JSON, not an object, or has no string field NAME is reported on stderr
  as FILE:LINE and passed through unchanged; blank lines pass through. The run carries on; with
  --check (clean) nothing is written, each record that would change is reported, exit 1 if any.

Options:
  --language CODE        ISO 639-1 code instead of detecting it (en, id, es, fr, de, pt, it, nl, cs)
  --min-confidence N     drop findings below N (0..1, default 0.5)
  --pattern REGEX        extra boilerplate pattern (repeatable)
  --keep REGEX           lines matching it are never flagged (repeatable)
  --disable CATEGORY     never report this category (repeatable, or comma-separated)
  --markdown / --plain   treat input as Markdown or plain text (default: decide from content)
  --color / --no-color   colour the text output (default: when stdout is a terminal)
  -h, --help             this help;  -v, --version  the version

Exit codes: 0 ok (also when JSON Lines records were bad), 1 something to strip (with --check),
2 usage or input error.`;

const STRIP_NAMES: Record<string, 'boilerplate' | 'caption'> = { boilerplate: 'boilerplate', captions: 'caption', caption: 'caption' };

export function parseArgs(argv: readonly string[], isTty: boolean): CliArgs | 'help' | 'version' {
  if (argv.length === 0) throw new InputError(`missing command\n${USAGE}`);
  if (argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') return 'help';
  if (argv[0] === '-v' || argv[0] === '--version') return 'version';
  const command = argv[0] as Command;
  if (!['scan', 'clean', 'quotes', 'captions'].includes(command)) throw new InputError(`unknown command \`${argv[0]}\` (try --help)`);
  const files: string[] = [];
  const patterns: string[] = [];
  const keep: string[] = [];
  const disable: string[] = [];
  let format: string | undefined;
  let write = false;
  let check = false;
  let strip: ('boilerplate' | 'caption')[] = ['boilerplate', 'caption'];
  let language: string | undefined;
  let minConfidence: number | undefined;
  let markdown: boolean | undefined;
  let color = isTty && !process.env.NO_COLOR;
  let highlight = false;
  let jsonl = false;
  let field: string | undefined;
  let dropBad = false;
  let jobs: number | 'auto' | undefined;
  const value = (i: number, flag: string) => {
    const v = argv[i + 1];
    if (v === undefined) throw new InputError(`${flag} needs a value`);
    return v;
  };
  for (let i = 1; i < argv.length; i++) {
    let a = argv[i]!;
    let inline: string | undefined;
    if (a.startsWith('--') && a.includes('=')) { inline = a.slice(a.indexOf('=') + 1); a = a.slice(0, a.indexOf('=')); }
    const take = () => inline ?? value(i++, a);
    switch (a) {
      case '-h': case '--help': return 'help';
      case '--format': case '-f': format = take(); break;
      case '--write': case '-w': write = true; break;
      case '--check': check = true; break;
      case '--strip': {
        const names = take().split(',').map((s) => s.trim()).filter(Boolean);
        const bad = names.find((n) => !STRIP_NAMES[n]);
        if (bad) throw new InputError(`--strip takes boilerplate,captions (got \`${bad}\`)`);
        strip = [...new Set(names.map((n) => STRIP_NAMES[n]!))];
        break;
      }
      case '--language': case '--lang': language = take(); break;
      case '--min-confidence': {
        const v = Number(take());
        if (!Number.isFinite(v) || v < 0 || v > 1) throw new InputError('--min-confidence takes a number from 0 to 1');
        minConfidence = v;
        break;
      }
      case '--pattern': patterns.push(take()); break;
      case '--keep': keep.push(take()); break;
      case '--disable': disable.push(...take().split(',').map((s) => s.trim()).filter(Boolean)); break;
      case '--markdown': markdown = true; break;
      case '--plain': markdown = false; break;
      case '--color': color = true; break;
      case '--no-color': color = false; break;
      case '--highlight': highlight = true; break;
      case '--jsonl': jsonl = true; break;
      case '--field': field = take(); if (!field) throw new InputError('--field needs a field name'); break;
      case '--drop-bad': dropBad = true; break;
      case '--jobs': case '-j': {
        const v = take();
        const n = Number(v);
        if (v !== 'auto' && !(Number.isInteger(n) && n >= 1 && n <= 256)) throw new InputError(`--jobs takes a number from 1 to 256 or auto (got \`${v}\`)`);
        jobs = v === 'auto' ? 'auto' : n;
        break;
      }
      case '-': files.push('-'); break;
      default:
        if (a.startsWith('-')) throw new InputError(`unknown option \`${a}\` (try --help)`);
        files.push(a);
    }
  }
  if (jsonl) {
    if (command !== 'scan' && command !== 'clean') throw new InputError('--jsonl works with scan and clean');
    if (write) throw new InputError('--jsonl writes to standard output; --write does not apply');
    if (format !== undefined) throw new InputError('--jsonl writes JSON Lines; --format does not apply');
    if (highlight) throw new InputError('--jsonl writes JSON Lines; --highlight does not apply');
  } else {
    const flag = field !== undefined ? '--field' : dropBad ? '--drop-bad' : jobs !== undefined ? '--jobs' : undefined;
    if (flag) throw new InputError(`${flag} works with --jsonl only`);
    if (!files.length) throw new InputError(`${command}: no input file (use - for standard input)`);
  }
  const formats: Record<Command, string[]> = { scan: ['text', 'json'], clean: ['text'], quotes: ['md', 'json', 'csv'], captions: ['md', 'json', 'csv'] };
  if (format !== undefined && !formats[command].includes(format)) {
    throw new InputError(`${command}: --format takes ${formats[command].join('|')} (got \`${format}\`)`);
  }
  if (write && command !== 'clean') throw new InputError('--write works with clean only');
  if (write && files.includes('-')) throw new InputError('--write cannot rewrite standard input');
  if (write && check) throw new InputError('--write and --check exclude each other');
  if (language !== undefined && !/^[a-z]{2,3}$/.test(language)) throw new InputError(`--language takes an ISO 639-1 code such as en or id (got \`${language}\`)`);
  return { command, files, format, write, check, strip, language, minConfidence, patterns, keep, disable, markdown, color, highlight, jsonl, field: field ?? 'text', dropBad, jobs: jobs ?? 1 };
}
