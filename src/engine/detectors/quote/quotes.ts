import type { LineInfo } from '../../document';
import type { Detector, Report } from '../types';
import { leadingMark, scanQuotes, type Span } from './marks';
import { SpeakerFinder } from './speaker';
import { speechCues } from './speech-cues';

/** Quote marks in metadata, code, markup and link lists are syntax, not speech. */
const NOT_PROSE_BLOCKS = new Set(['front-matter', 'code', 'html']);
const NOT_PROSE = new Set(['front-matter', 'metadata', 'link-list', 'image', 'embed', 'url']);
const QUOTE_MARK = /["'“”‘’«»‹›„‚「」『』]/;
/** Quotes of one paragraph whose speaker is searched for; later ones take the paragraph's speaker. */
const MAX_SEARCHED_PER_PARAGRAPH = 100;
/** Texts read since the last person was settled that are kept for a pronoun to refer back to. */
const UNREAD_KEPT = 8;

export interface OpenQuote {
  readonly start: number;
  readonly mark: string;
  readonly paragraphs: number[];
  nested: number;
  speaker: string | null;
}

/**
 * Everything the scan carries from one paragraph to the next. An `AnalysisSession` keeps it for each
 * paragraph, so that after an edit it resumes the scan at the edited paragraph and stops as soon as the
 * state is again the one the previous scan had there.
 */
export interface QuoteState {
  /** The last person named (a quote's speaker, or found on demand in `unread`). */
  readonly lastPerson: string | null;
  /** Text outside quotes read since `lastPerson` was last settled, most recent last. */
  readonly unread: readonly string[];
  /** The previous paragraph: who spoke there (a quote's speaker), or its text to search on demand. */
  readonly previous: { readonly speaker: string | null; readonly text: string } | null;
  /** A quote still open at the end of the previous paragraph, waiting for this one to continue it. */
  readonly pending: Readonly<OpenQuote> | null;
}

/** The line facts the scan reads. */
export type QuoteLine = Pick<LineInfo, 'line' | 't' | 'blank' | 'next' | 'block'>;

export interface QuoteInput {
  /** Line facts by index (a session builds only the lines it rescans). */
  info(index: number): QuoteLine;
  readonly stopwords: ReadonlySet<string>;
  readonly lowerWords: ReadonlySet<string>;
  /** Category of the line finding on each line, if any. */
  flaggedCategory(index: number): string | undefined;
  report(finding: Report): void;
}

/**
 * Scans paragraphs for quotations one at a time, in order. A paragraph is a non-blank line. A quote still
 * open at the end of its paragraph runs on when the next paragraph opens with the same mark (the convention
 * for multi-paragraph quotes); otherwise it ends with its paragraph. Only outermost quotes are reported;
 * nested ones are counted.
 */
export class QuoteScanner {
  #finder: SpeakerFinder | undefined;
  #lastPerson: string | null = null;
  #unread: readonly string[] = [];
  #previous: QuoteState['previous'] = null;
  #pending: OpenQuote | null = null;

  constructor(private readonly input: QuoteInput) {}

  /** Whether `paragraph` reads line `index` (a non-blank line of prose). */
  reads(index: number): boolean {
    const info = this.input.info(index);
    return !info.blank && !NOT_PROSE_BLOCKS.has(info.block) && !NOT_PROSE.has(this.input.flaggedCategory(index) ?? '');
  }

  /** The state before the next paragraph (copied where the scan mutates it). */
  snapshot(): QuoteState {
    const p = this.#pending;
    return {
      lastPerson: this.#lastPerson, unread: this.#unread, previous: this.#previous,
      pending: p && { start: p.start, mark: p.mark, paragraphs: [...p.paragraphs], nested: p.nested, speaker: p.speaker },
    };
  }

  restore(state: QuoteState): void {
    const p = state.pending;
    this.#lastPerson = state.lastPerson;
    this.#unread = state.unread;
    this.#previous = state.previous;
    this.#pending = p && { start: p.start, mark: p.mark, paragraphs: [...p.paragraphs], nested: p.nested, speaker: p.speaker };
  }

  // Speaker work is done only around quotes, and names are looked up lazily: most lines have no quote.
  #speakers(): SpeakerFinder {
    return (this.#finder ??= new SpeakerFinder(speechCues(), notNames(this.input.stopwords, this.input.lowerWords)));
  }

  readonly #currentPerson = (): string | null => {
    for (let k = this.#unread.length - 1; k >= 0; k--) {
      const person = this.#speakers().lastMentioned(this.#unread[k]!);
      if (person) { this.#lastPerson = person.name; break; }
    }
    this.#unread = [];
    return this.#lastPerson;
  };

  #read(text: string): void {
    if (!/[\p{Lu}]/u.test(text)) return;
    // A new array each time: snapshots share the old one.
    const unread = this.#unread;
    this.#unread = unread.length >= UNREAD_KEPT ? [...unread.slice(unread.length - UNREAD_KEPT + 1), text] : [...unread, text];
  }

  #previousSpeaker(): string | null {
    const previous = this.#previous;
    if (!previous) return null;
    if (previous.speaker) return previous.speaker;
    const mentioned = this.#speakers().lastMentioned(previous.text);
    return mentioned?.speaking ? mentioned.name : null;
  }

  #emit(q: OpenQuote, endLine: number, end: number, closed: boolean): void {
    const multi = q.paragraphs.length > 1;
    this.input.report({
      kind: 'quote',
      category: !closed ? 'unclosed' : multi ? 'multi-paragraph' : 'direct',
      start: q.start,
      end,
      reason: !closed ? 'Quotation that is never closed; it ends with its paragraph'
        : multi ? `Quotation running over ${q.paragraphs.length} paragraphs` : 'Quotation',
      confidence: closed ? 0.9 : 0.7,
      speaker: q.speaker,
      data: { paragraphs: q.paragraphs.length, endLine, nested: q.nested },
    });
    if (q.speaker) { this.#lastPerson = q.speaker; this.#unread = []; }
  }

  /** Scans line `i`, the next paragraph after those scanned so far (lines `reads` rejects are passed over). */
  paragraph(i: number): void {
    if (!this.reads(i)) return;
    const info = this.input.info(i);
    const text = info.t;
    const nextInfo = info.next >= 0 ? this.input.info(info.next) : undefined;
    let spans = QUOTE_MARK.test(text) ? scanQuotes(text) : [];
    if (!spans.length && !this.#pending) {
      this.#read(text);
      this.#previous = { speaker: null, text };
      return;
    }
    const lead = info.line.text.length - info.line.text.trimStart().length;
    const base = info.line.start + lead;
    /** Speaker established in this paragraph so far (by a quote or a speech verb before it). */
    let speakerHere: string | null = null;
    let cursor = 0;

    if (this.#pending) {
      const q: OpenQuote = this.#pending;
      this.#pending = null;
      q.paragraphs.push(i);
      const first = spans[0];
      if (first && first.start === leadingOffset(text)) {
        spans = spans.slice(1);
        q.nested += first.nested.length;
        if (first.closed) {
          const attribution = this.#speakers().after(text.slice(first.end, spans[0]?.start ?? text.length), this.#currentPerson);
          if (attribution?.speaker) q.speaker = attribution.speaker;
          this.#emit(q, i, base + first.end, true);
        } else if (nextInfo && leadingMark(nextInfo.t) === q.mark) {
          this.#pending = q;
        } else {
          this.#emit(q, i, base + first.end, false);
        }
        speakerHere = q.speaker;
        cursor = first.end;
      }
    }

    /** Reports the quote of `span` (or leaves it open for the next paragraph) and moves past it. */
    const close = (span: Span, k: number, speaker: string | null) => {
      const q: OpenQuote = { start: base + span.start, mark: span.open, paragraphs: [i], nested: span.nested.length, speaker };
      if (span.closed) this.#emit(q, i, base + span.end, true);
      else if (nextInfo && k === spans.length - 1 && leadingMark(nextInfo.t) === span.open) this.#pending = q;
      else this.#emit(q, i, base + span.end, false);
      cursor = span.end;
    };
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      const inner = text.slice(span.start + 1, span.closed ? span.end - 1 : span.end);
      if (span.end - span.start < 3 || !/[\p{L}\p{N}]/u.test(inner)) continue;
      // The text before the quote may introduce the person a pronoun after the quote means.
      const leadText = text.slice(cursor, span.start);
      this.#read(leadText);
      const after = span.closed ? text.slice(span.end, spans[k + 1]?.start ?? text.length) : '';
      if (k >= MAX_SEARCHED_PER_PARAGRAPH) {
        // Hundreds of quotes in one paragraph is not prose (a list of titles, a hostile file): the rest carry
        // the paragraph's speaker without a search of their own, which keeps such input fast.
        close(span, k, speakerHere);
        continue;
      }
      const finder = this.#speakers();
      let attribution = span.closed ? finder.after(after, this.#currentPerson) : undefined;
      // Only the sentence leading into the quote matters: a bounded window keeps long lines linear.
      attribution ??= finder.before(text.slice(Math.max(0, span.start - 400), span.start), this.#currentPerson);
      let speaker: string | null;
      const spokeBefore = attribution ? null : finder.lastMentioned(leadText);
      if (attribution) speaker = attribution.speaker;
      else if (spokeBefore?.speaking) speaker = spokeBefore.name;
      else if (speakerHere) speaker = speakerHere;
      else {
        // Nothing in this paragraph names a speaker: when the paragraph is (almost) only the quote, the
        // speaker of the paragraph before carries on; `「…」との声明が発表された` names nobody.
        const onlyQuote = leadText.trim().split(/\s+/).filter(Boolean).length <= 4 && !/[\p{L}\p{N}]/u.test(after);
        speaker = onlyQuote ? this.#previousSpeaker() : null;
      }
      close(span, k, speaker);
      if (speaker) speakerHere = speaker;
    }
    const tail = text.slice(cursor);
    this.#read(tail);
    this.#previous = { speaker: speakerHere, text: tail };
  }
}

/** Quotations and their speakers, paragraph by paragraph (see `QuoteScanner`). */
export const quotes: Detector = {
  id: 'quote/quotes',
  description: 'Quotations and who said them',
  kind: 'quote',
  categories: ['direct', 'multi-paragraph', 'unclosed'],
  detect({ infos, stopwords, lowerWords, flagged, report, quoteStates }) {
    const scanner = new QuoteScanner({
      info: (k) => infos[k]!, stopwords, lowerWords, report,
      flaggedCategory: (k) => flagged.get(k)?.category,
    });
    for (let i = 0; i < infos.length; i++) {
      // Blank lines are passed over here: a document may hold millions of them.
      if (infos[i]!.blank) continue;
      // A session keeps the state before each paragraph the scan reads, to resume there after an edit.
      if (quoteStates && scanner.reads(i)) quoteStates[i] = scanner.snapshot();
      scanner.paragraph(i);
    }
  },
};

/**
 * Words that cannot start a name: stopwords, plus every word the article also writes in lower case
 * (`Lagipula`, `Presiden`, `Sus` at a sentence start are ordinary words here).
 */
export function notNames(stop: ReadonlySet<string>, lower: ReadonlySet<string>): ReadonlySet<string> {
  return { has: (w: string) => stop.has(w) || lower.has(w) } as ReadonlySet<string>;
}

function leadingOffset(text: string): number {
  return /^[\s>*_]*/.exec(text)![0].length;
}
