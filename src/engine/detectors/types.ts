import type { Cues } from '../cues';
import type { QuoteState } from './quote/quotes';
import type { LineInfo } from '../document';
import type { Settings } from '../settings';
import type { FindingKind, Line } from '../types';

/** What a detector reports; the engine validates it, adds the detector id and positions. */
export interface Report {
  readonly kind: FindingKind;
  readonly category: string;
  /** Offsets into the text: [start, end). */
  readonly start: number;
  readonly end: number;
  readonly reason: string;
  readonly confidence: number;
  readonly speaker?: string | null;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface DetectorContext {
  readonly text: string;
  readonly lines: readonly Line[];
  readonly infos: readonly LineInfo[];
  readonly language: string;
  readonly markdown: boolean;
  readonly cues: Cues;
  readonly stopwords: ReadonlySet<string>;
  /** Every word the text writes in lower case somewhere (lower-cased), stopwords apart. */
  readonly lowerWords: ReadonlySet<string>;
  readonly settings: Settings;
  /** Line findings reported so far by earlier detectors, by line index (best confidence wins). */
  readonly flagged: ReadonlyMap<number, Report>;
  /**
   * Whether line `index` will touch a non-blank line on that side once the lines flagged so far are stripped
   * (no blank line between them). Context rules use it so that cleaning twice changes nothing.
   */
  adjacentAfterStrip(index: number, direction: -1 | 1): boolean;
  /**
   * When present, the quote detector records its state before each paragraph it reads, by line index (an
   * `AnalysisSession` resumes the scan there after an edit).
   */
  readonly quoteStates?: (QuoteState | undefined)[];
  report(finding: Report): void;
  /** Reports a finding covering line `index` (without its line break). */
  reportLine(index: number, kind: 'boilerplate' | 'caption', category: string, reason: string, confidence: number): void;
}

export interface Detector {
  /** Stable id, `kind/name`: used in settings, docs and findings. */
  readonly id: string;
  readonly description: string;
  readonly kind: FindingKind;
  /** Categories this detector can report (documented in the README). */
  readonly categories: readonly string[];
  /** Runs only on Markdown documents. */
  readonly markdownOnly?: boolean;
  detect(context: DetectorContext): void;
}
