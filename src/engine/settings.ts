import type { FindingKind } from './types';

/** Options a caller may pass to `analyze()`; every field is optional. */
export interface Options {
  /** Kinds to report. @default all three */
  readonly kinds?: readonly FindingKind[];
  /** Categories never reported, e.g. `['repeated', 'related-link']`. @default [] */
  readonly disabledCategories?: readonly string[];
  /** Findings below this confidence are dropped. @default 0.5 */
  readonly minConfidence?: number;
  /** ISO 639-1 code that overrides language detection, or `'auto'`. @default 'auto' */
  readonly language?: string;
  /** Treat the text as Markdown (`true`), plain text (`false`) or decide from its content (`'auto'`). @default 'auto' */
  readonly markdown?: boolean | 'auto';
  /** Extra boilerplate patterns (regular-expression source, matched against each trimmed line, case-insensitive). @default [] */
  readonly boilerplatePatterns?: readonly string[];
  /** Keep patterns: a line matching one is never flagged as boilerplate or caption. @default [] */
  readonly keepPatterns?: readonly string[];
  /** Exact lines (trimmed) never flagged, for example from the editor's "keep this line" list. @default [] */
  readonly keepLines?: readonly string[];
}

/** Options resolved once: every field present, patterns compiled. */
export interface Settings {
  readonly kinds: ReadonlySet<FindingKind>;
  readonly disabledCategories: ReadonlySet<string>;
  readonly minConfidence: number;
  readonly language: string;
  readonly markdown: boolean | 'auto';
  readonly boilerplatePatterns: readonly RegExp[];
  readonly keepPatterns: readonly RegExp[];
  readonly keepLines: ReadonlySet<string>;
  /** Human-readable notes about options that were rejected (bad patterns, out-of-range numbers). */
  readonly problems: readonly string[];
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;
const MAX_PATTERN_LENGTH = 500;
const MAX_PATTERNS = 200;

/**
 * Rejects user patterns that can backtrack catastrophically: a quantified group that itself holds a
 * quantifier (`(a+)+`, `(\w*)*`, `(a|aa)+`), and back-references. Such a pattern on a long line can freeze
 * the editor; the rejection names the pattern and the reason.
 */
export function unsafePatternReason(source: string): string | undefined {
  if (source.length > MAX_PATTERN_LENGTH) return `longer than ${MAX_PATTERN_LENGTH} characters`;
  if (/\\[1-9]|\\k</.test(source)) return 'back-references can take exponential time';
  // Strip escapes and character classes, then look for a quantified group containing a quantifier or alternation.
  const flat = source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'x');
  const stack: { quantified: boolean; alternation: boolean }[] = [];
  for (let i = 0; i < flat.length; i++) {
    const c = flat[i];
    if (c === '(') stack.push({ quantified: false, alternation: false });
    else if (c === ')') {
      const group = stack.pop();
      const next = flat[i + 1];
      const quantifiedGroup = next === '*' || next === '+' || next === '{' || next === '?';
      if (group && (next === '*' || next === '+' || next === '{') && (group.quantified || group.alternation)) {
        return 'a repeated group that itself repeats can backtrack catastrophically (for example `(a+)+`)';
      }
      if (group && stack.length) {
        const parent = stack[stack.length - 1]!;
        parent.quantified ||= group.quantified || quantifiedGroup;
      }
    } else if ((c === '*' || c === '+' || c === '{') && stack.length) stack[stack.length - 1]!.quantified = true;
    else if (c === '|' && stack.length) stack[stack.length - 1]!.alternation = true;
  }
  return undefined;
}

function compilePatterns(sources: readonly string[] | undefined, what: string, problems: string[]): RegExp[] {
  const out: RegExp[] = [];
  for (const source of (sources ?? []).slice(0, MAX_PATTERNS)) {
    if (typeof source !== 'string' || source.trim() === '') continue;
    const unsafe = unsafePatternReason(source);
    if (unsafe) {
      problems.push(`${what} pattern \`${source.slice(0, 80)}\` was ignored: ${unsafe}.`);
      continue;
    }
    try {
      out.push(new RegExp(source, 'iu'));
    } catch (error) {
      problems.push(`${what} pattern \`${source.slice(0, 80)}\` was ignored: ${(error as Error).message}.`);
    }
  }
  if ((sources?.length ?? 0) > MAX_PATTERNS) problems.push(`Only the first ${MAX_PATTERNS} ${what} patterns are used.`);
  return out;
}

const ALL_KINDS: readonly FindingKind[] = ['boilerplate', 'caption', 'quote'];

/** Resolves options once; invalid values fall back to defaults and are listed in `problems`. */
export function resolveSettings(options: Options = {}): Settings {
  const problems: string[] = [];
  let minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (typeof minConfidence !== 'number' || !Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    problems.push(`minConfidence must be a number from 0 to 1; using ${DEFAULT_MIN_CONFIDENCE}.`);
    minConfidence = DEFAULT_MIN_CONFIDENCE;
  }
  const requested = Array.isArray(options.kinds) ? options.kinds : ALL_KINDS;
  const unknownKinds = requested.filter((k) => !ALL_KINDS.includes(k));
  if (unknownKinds.length) problems.push(`Unknown kind(s) ${unknownKinds.map((k) => `\`${String(k)}\``).join(', ')} ignored; kinds are boilerplate, caption and quote.`);
  let kinds = new Set(requested.filter((k) => ALL_KINDS.includes(k)));
  if (kinds.size === 0 && requested.length > 0) kinds = new Set(ALL_KINDS);
  const language = typeof options.language === 'string' && /^(auto|[a-z]{2,3})$/.test(options.language) ? options.language : 'auto';
  if (options.language !== undefined && language !== options.language) problems.push(`Unknown language \`${String(options.language)}\`; detecting it instead.`);
  const markdown = options.markdown === true || options.markdown === false ? options.markdown : 'auto';
  if (options.markdown !== undefined && options.markdown !== markdown) problems.push(`markdown must be true, false or "auto"; using "auto".`);
  return {
    kinds,
    disabledCategories: new Set((options.disabledCategories ?? []).filter((c) => typeof c === 'string')),
    minConfidence,
    language,
    markdown,
    boilerplatePatterns: compilePatterns(options.boilerplatePatterns, 'Boilerplate', problems),
    keepPatterns: compilePatterns(options.keepPatterns, 'Keep', problems),
    keepLines: new Set((options.keepLines ?? []).filter((l) => typeof l === 'string').map((l) => l.trim())),
    problems,
  };
}
