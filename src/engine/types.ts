/**
 * Public types of the Article Sieve engine.
 *
 * Positions: the engine works in 0-based UTF-16 code-unit offsets of the analysed text
 * (= JavaScript string index = `vscode.TextDocument.offsetAt`). Public results also carry
 * `{ line, character }` positions (0-based, UTF-16, end exclusive), the shape of the VS Code API and LSP.
 */

/** Half-open [start, end) in UTF-16 code units of the analysed text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/** 0-based line and UTF-16 character. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** End-exclusive range in line/character positions. */
export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export type FindingKind = 'boilerplate' | 'caption' | 'quote';
export const FINDING_KINDS: readonly FindingKind[] = ['boilerplate', 'caption', 'quote'];

export interface Finding {
  /** Stable id of the detector that reported it, e.g. `boilerplate/image-counter`. */
  readonly detector: string;
  readonly kind: FindingKind;
  /** Subtype: `image-counter`, `related-link`, `credit`, `direct`, … */
  readonly category: string;
  /** Offsets into the analysed text (0-based, UTF-16, end exclusive). */
  readonly offsets: OffsetRange;
  /** The same span as line/character positions. */
  readonly range: Range;
  /** The covered text (for line findings: the line without its line break). */
  readonly text: string;
  /** A plain sentence a person understands, evidence in backticks. */
  readonly reason: string;
  /** 0..1. */
  readonly confidence: number;
  /** Quotes only: who said it, or null when the text does not name the speaker. */
  readonly speaker?: string | null;
  /** Quotes only: the quote runs on into following paragraphs (each opens, only the last closes). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** One line of the text, split once with offsets. */
export interface Line {
  readonly index: number;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character, before the line break. */
  readonly end: number;
  /** Offset just past the line break (= `end` on the last line without one). */
  readonly fullEnd: number;
  /** The line's text without its line break. */
  readonly text: string;
  /** The line break: '\n', '\r\n', '\r' or '' on the last line. */
  readonly eol: string;
}

export interface AnalysisResult {
  /** ISO 639-1 code of the detected (or forced) language, or `und`. */
  readonly language: string;
  readonly lineCount: number;
  /** Sorted by start offset, then kind. */
  readonly findings: readonly Finding[];
  /** Non-fatal notes about the input (for example, the text is very large). */
  readonly warnings: readonly string[];
}
