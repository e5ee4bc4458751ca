import type { Detector } from '../types';
import { leadingMark, scanQuotes, type Span } from './marks';
import { SpeakerFinder } from './speaker';
import { speechCues } from './speech-cues';

/** Quote marks in metadata, code, markup and link lists are syntax, not speech. */
const NOT_PROSE_BLOCKS = new Set(['front-matter', 'code', 'html']);
const NOT_PROSE = new Set(['front-matter', 'metadata', 'link-list', 'image', 'embed', 'url']);
const QUOTE_MARK = /["'“”‘’«»‹›„‚「」『』]/;
/** Quotes of one paragraph whose speaker is searched for; later ones take the paragraph's speaker. */
const MAX_SEARCHED_PER_PARAGRAPH = 100;

interface OpenQuote {
  readonly start: number;
  readonly mark: string;
  readonly paragraphs: number[];
  nested: number;
  speaker: string | null;
}

/**
 * Quotations with their speakers. A paragraph is a non-blank line. A quote still open at the end of its
 * paragraph runs on when the next paragraph opens with the same mark (the convention for multi-paragraph
 * quotes); otherwise it ends with its paragraph. Only outermost quotes are reported; nested ones are counted.
 */
export const quotes: Detector = {
  id: 'quote/quotes',
  description: 'Quotations and who said them',
  kind: 'quote',
  categories: ['direct', 'multi-paragraph', 'unclosed'],
  detect({ infos, stopwords, lowerWords, flagged, report }) {
    // Speaker work is done only around quotes, and names are looked up lazily: most lines have no quote.
    let finderCache: SpeakerFinder | undefined;
    const finder = () => (finderCache ??= new SpeakerFinder(speechCues(), notNames(stopwords, lowerWords)));
    /** The last person named (a quote's speaker, or found on demand in the text read since). */
    let lastPerson: string | null = null;
    /** Text outside quotes read since `lastPerson` was last settled, most recent last (bounded). */
    let unread: string[] = [];
    const currentPerson = (): string | null => {
      for (let k = unread.length - 1; k >= 0; k--) {
        const person = finder().lastMentioned(unread[k]!);
        if (person) { lastPerson = person.name; break; }
      }
      unread = [];
      return lastPerson;
    };
    const read = (text: string) => {
      if (!/[\p{Lu}]/u.test(text)) return;
      unread.push(text);
      if (unread.length > 8) unread.shift();
    };
    /** The previous paragraph: who spoke there (a quote's speaker), or its text to search on demand. */
    let previous: { speaker: string | null; text: string } | null = null;
    const previousSpeaker = () => {
      if (!previous) return null;
      if (previous.speaker) return previous.speaker;
      const mentioned = finder().lastMentioned(previous.text);
      return mentioned?.speaking ? mentioned.name : null;
    };
    let pending: OpenQuote | null = null;

    const emit = (q: OpenQuote, endLine: number, end: number, closed: boolean) => {
      const multi = q.paragraphs.length > 1;
      report({
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
      if (q.speaker) { lastPerson = q.speaker; unread = []; }
    };

    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (info.blank || NOT_PROSE_BLOCKS.has(info.block) || NOT_PROSE.has(flagged.get(i)?.category ?? '')) continue;
      const text = info.t;
      const nextInfo = info.next >= 0 ? infos[info.next]! : undefined;
      let spans = QUOTE_MARK.test(text) ? scanQuotes(text) : [];
      if (!spans.length && !pending) {
        read(text);
        previous = { speaker: null, text };
        continue;
      }
      const lead = info.line.text.length - info.line.text.trimStart().length;
      const base = info.line.start + lead;
      /** Speaker established in this paragraph so far (by a quote or a speech verb before it). */
      let speakerHere: string | null = null;
      let cursor = 0;

      if (pending) {
        const q: OpenQuote = pending;
        pending = null;
        q.paragraphs.push(i);
        const first = spans[0];
        if (first && first.start === leadingOffset(text)) {
          spans = spans.slice(1);
          q.nested += first.nested.length;
          if (first.closed) {
            const attribution = finder().after(text.slice(first.end, spans[0]?.start ?? text.length), currentPerson);
            if (attribution?.speaker) q.speaker = attribution.speaker;
            emit(q, i, base + first.end, true);
          } else if (nextInfo && leadingMark(nextInfo.t) === q.mark) {
            pending = q;
          } else {
            emit(q, i, base + first.end, false);
          }
          speakerHere = q.speaker;
          cursor = first.end;
        }
      }

      /** Reports the quote of `span` (or leaves it open for the next paragraph) and moves past it. */
      const close = (span: Span, k: number, speaker: string | null) => {
        const q: OpenQuote = { start: base + span.start, mark: span.open, paragraphs: [i], nested: span.nested.length, speaker };
        if (span.closed) emit(q, i, base + span.end, true);
        else if (nextInfo && k === spans.length - 1 && leadingMark(nextInfo.t) === span.open) pending = q;
        else emit(q, i, base + span.end, false);
        cursor = span.end;
      };
      for (let k = 0; k < spans.length; k++) {
        const span = spans[k]!;
        const inner = text.slice(span.start + 1, span.closed ? span.end - 1 : span.end);
        if (span.end - span.start < 3 || !/[\p{L}\p{N}]/u.test(inner)) continue;
        // The text before the quote may introduce the person a pronoun after the quote means.
        const leadText = text.slice(cursor, span.start);
        read(leadText);
        const after = span.closed ? text.slice(span.end, spans[k + 1]?.start ?? text.length) : '';
        if (k >= MAX_SEARCHED_PER_PARAGRAPH) {
          // Hundreds of quotes in one paragraph is not prose (a list of titles, a hostile file): the rest carry
          // the paragraph's speaker without a search of their own, which keeps such input fast.
          close(span, k, speakerHere);
          continue;
        }
        let attribution = span.closed ? finder().after(after, currentPerson) : undefined;
        // Only the sentence leading into the quote matters: a bounded window keeps long lines linear.
        attribution ??= finder().before(text.slice(Math.max(0, span.start - 400), span.start), currentPerson);
        let speaker: string | null;
        const spokeBefore = attribution ? null : finder().lastMentioned(leadText);
        if (attribution) speaker = attribution.speaker;
        else if (spokeBefore?.speaking) speaker = spokeBefore.name;
        else if (speakerHere) speaker = speakerHere;
        else {
          // Nothing in this paragraph names a speaker: when the paragraph is (almost) only the quote, the
          // speaker of the paragraph before carries on; `「…」との声明が発表された` names nobody.
          const onlyQuote = leadText.trim().split(/\s+/).filter(Boolean).length <= 4 && !/[\p{L}\p{N}]/u.test(after);
          speaker = onlyQuote ? previousSpeaker() : null;
        }
        close(span, k, speaker);
        if (speaker) speakerHere = speaker;
      }
      const tail = text.slice(cursor);
      read(tail);
      previous = { speaker: speakerHere, text: tail };
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
