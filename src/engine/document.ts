import { wordBounds } from './text/words';
import type { Line } from './types';

/** Per-line facts computed once and shared by every detector. */
export interface LineInfo {
  readonly line: Line;
  /** The line without surrounding whitespace. */
  readonly t: string;
  readonly blank: boolean;
  /** Number of word tokens (letters/digits; inner apostrophes and hyphens kept). */
  readonly wordCount: number;
  /** The lower-case word tokens, built on first use (few lines need them; `wordCount` says how many). */
  readonly words: readonly string[];
  /** Share of words that are stopwords of the document's language. */
  readonly stopRatio: number;
  /** Ends in sentence punctuation, possibly followed by closing quotes or brackets. */
  readonly terminal: boolean;
  /** Index of the previous / next non-blank line, or -1. */
  readonly prev: number;
  readonly next: number;
  /** Markdown block type when the document is Markdown, else 'text'. */
  readonly block: BlockType;
  /** The first word in lower case (see `firstWord`), built on first use: rules look it up before their patterns. */
  readonly first: string;
}

export type BlockType = 'text' | 'heading' | 'list' | 'table' | 'quote' | 'code' | 'html' | 'rule' | 'front-matter';

// (An encyclopedia's footnote marks may follow: `… of 38,914.[1]`, `… in 1769.[12][n 3]`.)
// (Czech and German close a quote with `“` and `‘`: `… Berte, co potřebujete.“`.)
const TERMINAL_RE = /[.!?。！？…:;](?:[\s"'”’“‘»›«‹」』)\]*_]*)(?:\[[^\][\n]{1,24}\])*$/u;

const isEmphasis = (c: number) => c === 42 || c === 95; // * _
/** Most lines neither start nor end with `*` or `_`: they skip the regex. */
const hasEmphasisEdge = (t: string) => t.length > 0 && (isEmphasis(t.charCodeAt(0)) || isEmphasis(t.charCodeAt(t.length - 1)));

/** A trimmed line without the Markdown emphasis around it (`*Foto: X*` → `Foto: X`). */
export function stripEmphasis(t: string): string {
  return hasEmphasisEdge(t) ? t.replace(/^[*_]+|[*_]+$/g, '') : t;
}

/** A trimmed line without emphasis marks or the spaces inside them (`** Share **` → `Share`). */
export function stripEmphasisAndSpace(t: string): string {
  return hasEmphasisEdge(t) ? t.replace(/^[*_\s]+|[*_\s]+$/g, '') : t;
}

export function endsTerminal(t: string): boolean {
  return TERMINAL_RE.test(t);
}

/** Sentences in a line, roughly: a full stop, question or exclamation mark followed by a capital or the end. */
export function countSentences(t: string): number {
  return t.split(/[.!?](?:\s+|$)(?=\p{Lu}|$)/u).filter((x) => x.trim()).length;
}

/**
 * Decides whether a text is Markdown from its syntax. Only constructs that survive cleaning count (headings,
 * code fences, tables, links and emphasis inside prose), never images or front matter that a clean removes,
 * so a cleaned text is read the same way as the original.
 */
export function looksLikeMarkdown(lines: readonly Line[]): boolean {
  let score = 0;
  const limit = Math.min(lines.length, 400);
  for (let i = 0; i < limit; i++) {
    // The first 2,000 characters of a line say enough; a megabyte line must not cost more than that.
    const raw = i === 0 ? lines[0]!.text.replace(/^\ufeff/, '') : lines[i]!.text;
    const t = raw.length > 2000 ? raw.slice(0, 2000) : raw;
    if (/^#{1,6}\s+\S/.test(t) || /^```/.test(t)) return true;
    if (/^\s*\|.*\|\s*$/.test(t)) score += 1;
    const link = /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/.exec(t);
    // A link inside prose (text around it), not a line that is only a link (those are stripped).
    if (link && /[\p{L}]{3}/u.test(t.slice(0, link.index) + t.slice(link.index + link[0].length))) score += 1;
    if (/^\s*[-*+]\s+\S/.test(t)) score += 0.5;
    if (/\*\*[^*]+\*\*/.test(t)) score += 0.5;
    if (score >= 4) return true;
  }
  return false;
}

/** Markdown block type of each line (only meaningful when the document is Markdown). */
export function markdownBlocks(lines: readonly Line[]): BlockType[] {
  const blocks: BlockType[] = new Array(lines.length).fill('text');
  let i = 0;
  // Front matter: a first line `---` closed by `---` or `...` within the first 60 lines.
  const first = lines[0]!.text.replace(/^\ufeff/, '');
  if (lines.length > 1 && /^---\s*$/.test(first)) {
    for (let j = 1; j < Math.min(lines.length, 60); j++) {
      if (/^(?:---|\.\.\.)\s*$/.test(lines[j]!.text)) {
        for (let k = 0; k <= j; k++) blocks[k] = 'front-matter';
        i = j + 1;
        break;
      }
    }
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const t = i === 0 ? first : lines[i]!.text;
    if (fence) {
      blocks[i] = 'code';
      if (t.trim().startsWith(fence)) fence = null;
      continue;
    }
    const f = /^\s*(```|~~~)/.exec(t);
    if (f) { fence = f[1]!; blocks[i] = 'code'; continue; }
    if (/^ {0,3}#{1,6}(?:\s|$)/.test(t)) blocks[i] = 'heading';
    else if (/^ {0,3}(?:[-*_]\s*){3,}$/.test(t)) blocks[i] = 'rule';
    else if (/^\s*(?:[-*+]|\d{1,3}[.)])\s+/.test(t)) blocks[i] = 'list';
    else if (/^\s*\|.*\|\s*$/.test(t)) blocks[i] = 'table';
    else if (/^\s*>/.test(t)) blocks[i] = 'quote';
    else if (/^\s*<\/?[a-z][\w-]*[^>]*>\s*$|^\s*<!--.*-->\s*$/i.test(t)) blocks[i] = 'html';
  }
  return blocks;
}

/** Shared by every line without words (never mutated). */
const NO_WORDS: readonly string[] = [];
/** Word boundaries of the line being read (start, end, …): reused, so tokenising allocates nothing per word. */
const BOUNDS: number[] = [];

/** Feature work on a 10 MB line is bounded: its first 20,000 characters say all the detectors need. */
const sampleOf = (t: string) => (t.length > 20000 ? t.slice(0, 20000) : t);

/** The lower-case words of `sample`, as `lineInfos` reads them. */
function lowerWordsOf(sample: string): string[] {
  const count = wordBounds(sample, BOUNDS);
  const words = new Array<string>(count);
  // Lower-case the line once; where that changes its length (rare letters such as `İ`), per word.
  const lowered = sample.toLowerCase();
  const aligned = lowered.length === sample.length;
  for (let k = 0; k < count; k++) {
    const a = BOUNDS[2 * k]!, b = BOUNDS[2 * k + 1]!;
    words[k] = aligned ? lowered.slice(a, b) : sample.slice(a, b).toLowerCase();
  }
  return words;
}

/**
 * One line's facts. The word tokens themselves are not kept: holding every word of a large document alive
 * made the garbage collector copy them over and over, and only a few rules read them.
 */
class Info implements LineInfo {
  #words: readonly string[] | undefined;
  #first: string | undefined;
  constructor(
    readonly line: Line, readonly t: string, readonly blank: boolean, readonly wordCount: number, readonly stopRatio: number,
    readonly terminal: boolean, readonly prev: number, public next: number, readonly block: BlockType,
  ) {}

  get first(): string {
    return (this.#first ??= firstWord(this.t));
  }

  get words(): readonly string[] {
    return (this.#words ??= this.wordCount ? lowerWordsOf(sampleOf(this.t)) : NO_WORDS);
  }
}

/**
 * Computes the shared per-line facts in one pass over each line's words. `lowerWords` collects every word
 * the text writes in lower case, stopwords apart (the quote detector uses it, with the stopwords, to tell
 * names from ordinary words).
 */
export function lineInfos(lines: readonly Line[], stop: ReadonlySet<string>, blocks: readonly BlockType[] | null, lowerWords?: Set<string>): LineInfo[] {
  const infos: Info[] = [];
  let prev = -1;
  for (const line of lines) {
    const t = line.text.trim();
    const blank = t.length === 0;
    const sample = sampleOf(t);
    let stops = 0;
    const count = blank ? 0 : wordBounds(sample, BOUNDS);
    if (count) {
      const lowered = sample.toLowerCase();
      const aligned = lowered.length === sample.length;
      // A short line all in lower case (a tag, `dprd karangmulya`) says nothing about how a word is written in prose.
      const words = lowerWords && !(count <= 4 && lowered === sample) ? lowerWords : undefined;
      for (let k = 0; k < count; k++) {
        const a = BOUNDS[2 * k]!, b = BOUNDS[2 * k + 1]!;
        const lower = aligned ? lowered.slice(a, b) : sample.slice(a, b).toLowerCase();
        const isStop = stop.has(lower);
        if (isStop) stops++;
        const c = sample.charCodeAt(a);
        // Stopwords are left out: the only reader (names) already rules them out.
        if (words && lower.charCodeAt(0) === c && !isStop && lower.length > 2 && !(c >= 48 && c <= 57)) words.add(lower);
      }
    }
    infos.push(new Info(line, t, blank, count, count ? stops / count : 0, !blank && endsTerminal(t), blank ? -1 : prev, -1,
      blocks ? blocks[line.index]! : 'text'));
    if (!blank) prev = line.index;
  }
  // Second pass fills `next` (and `prev` for blank lines, which detectors never use).
  let next = -1;
  for (let i = infos.length - 1; i >= 0; i--) {
    const info = infos[i]!;
    info.next = info.blank ? -1 : next;
    if (!info.blank) next = i;
  }
  return infos;
}

/** The first word of `t` in lower case, a comma after it dropped (`Unfortunately,`): what rules look up before a pattern. */
export function firstWord(t: string): string {
  const space = t.indexOf(' ');
  const word = (space < 0 ? t : t.slice(0, space)).toLowerCase();
  return word.endsWith(',') ? word.slice(0, -1) : word;
}

/** Whether the text separates its blocks with blank lines (a copied web page), not lines glued one under another. */
export function blankSeparated(infos: readonly LineInfo[]): boolean {
  let adjacent = 0;
  let separated = 0;
  for (const info of infos) {
    if (info.blank || info.prev < 0) continue;
    if (info.prev === info.line.index - 1) adjacent++;
    else separated++;
  }
  return separated >= 3 && adjacent <= separated;
}
