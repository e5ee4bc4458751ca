import type { LineInfo } from '../../document';
import type { Detector } from '../types';
import { leadingMark, scanQuotes } from './marks';
import { SpeakerFinder } from './speaker';
import { speechCues } from './speech-cues';

/** Quote marks in metadata, code, markup and link lists are syntax, not speech. */
const NOT_PROSE_BLOCKS = new Set(['front-matter', 'code', 'html']);
const NOT_PROSE = new Set(['front-matter', 'metadata', 'link-list', 'image', 'embed', 'url']);

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
  detect({ infos, stopwords, flagged, report }) {
    const finder = new SpeakerFinder(speechCues(), notNames(infos, stopwords));
    let lastPerson: string | null = null;
    /** Speaker of the previous paragraph's speech, who carries on in a paragraph that is only a quote. */
    let previousSpeaker: string | null = null;
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
      if (q.speaker) lastPerson = q.speaker;
    };
    /** Reads text outside quotes; returns who spoke in it (`X said …`), if anyone. */
    const track = (text: string): string | null => {
      const person = finder.lastMentioned(text);
      if (person) lastPerson = person.name;
      return person?.speaking ? person.name : null;
    };

    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (info.blank || NOT_PROSE_BLOCKS.has(info.block) || NOT_PROSE.has(flagged.get(i)?.category ?? '')) continue;
      const lead = info.line.text.length - info.line.text.trimStart().length;
      const base = info.line.start + lead;
      const text = info.t;
      const nextInfo = info.next >= 0 ? infos[info.next]! : undefined;
      let spans = scanQuotes(text);
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
            const attribution = finder.after(text.slice(first.end, spans[0]?.start ?? text.length), lastPerson);
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

      for (let k = 0; k < spans.length; k++) {
        const span = spans[k]!;
        const inner = text.slice(span.start + 1, span.closed ? span.end - 1 : span.end);
        if (span.end - span.start < 3 || !/[\p{L}\p{N}]/u.test(inner)) continue;
        // Read the text before the quote first: it may introduce the person a pronoun after the quote means.
        const lead = text.slice(cursor, span.start);
        const spokeBefore = track(lead);
        const after = span.closed ? text.slice(span.end, spans[k + 1]?.start ?? text.length) : '';
        let attribution = span.closed ? finder.after(after, lastPerson) : undefined;
        attribution ??= finder.before(text.slice(0, span.start), lastPerson);
        let speaker: string | null;
        if (attribution) speaker = attribution.speaker;
        else if (spokeBefore ?? speakerHere) speaker = spokeBefore ?? speakerHere;
        else {
          // Nothing in this paragraph names a speaker: when the paragraph is (almost) only the quote, the
          // speaker of the paragraph before carries on; `「…」との声明が発表された` names nobody.
          const onlyQuote = lead.trim().split(/\s+/).filter(Boolean).length <= 4 && !/[\p{L}\p{N}]/u.test(after);
          speaker = onlyQuote ? previousSpeaker : null;
        }
        const q: OpenQuote = { start: base + span.start, mark: span.open, paragraphs: [i], nested: span.nested.length, speaker };
        if (span.closed) emit(q, i, base + span.end, true);
        else if (nextInfo && k === spans.length - 1 && leadingMark(nextInfo.t) === span.open) pending = q;
        else emit(q, i, base + span.end, false);
        if (speaker) speakerHere = speaker;
        cursor = span.end;
      }
      const spokeAfter = track(text.slice(cursor));
      previousSpeaker = speakerHere ?? spokeAfter;
    }
  },
};

/**
 * Words that cannot start a name: stopwords, plus every word the article also writes in lower case
 * (`Lagipula`, `Presiden`, `Sus` at a sentence start are ordinary words here).
 */
function notNames(infos: readonly LineInfo[], stop: ReadonlySet<string>): ReadonlySet<string> {
  const set = new Set(stop);
  const re = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{M}]+/gu;
  for (const info of infos) {
    if (info.blank) continue;
    // Addresses are not prose: `/read/prabowo-tegaskan` must not make `Prabowo` an ordinary word.
    const t = (info.t.length > 20000 ? info.t.slice(0, 20000) : info.t).replace(/\S*(?:\/\/|www\.|\]\()\S*/g, ' ');
    for (const m of t.matchAll(re)) set.add(m[0]);
  }
  return set;
}

function leadingOffset(text: string): number {
  return /^[\s>*_]*/.exec(text)![0].length;
}
