import type { LineInfo } from '../../document';
import type { Detector } from '../types';
import { leadingMark, scanQuotes, type Span } from './marks';
import { attributionAfter, attributionBefore, nameAfter, subjectBefore } from './speaker';
import { nameRuns } from './names';

interface PendingQuote {
  /** Line and offsets (absolute) where the quote opens. */
  readonly line: number;
  readonly start: number;
  readonly mark: string;
  readonly nested: { start: number; end: number }[];
  readonly paragraphs: number[];
}

/**
 * Quotations with their speakers. A paragraph is a non-blank line. A quote that is still open at the end
 * of its paragraph runs on when the next paragraph opens with a quote mark again (the convention for
 * multi-paragraph quotes); otherwise it ends with its paragraph.
 */
export const quotes: Detector = {
  id: 'quote/quotes',
  description: 'Quotations and who said them',
  kind: 'quote',
  categories: ['direct', 'multi-paragraph', 'unclosed'],
  detect({ infos, cues, stopwords: stop, report }) {
    const stopwords = notNames(infos, stop);
    let lastPerson: string | null = null;
    /** Speaker of the previous paragraph's speech (a quote or a speech verb with a named subject). */
    let previousSpeaker: string | null = null;
    let pending: PendingQuote | null = null;

    const emit = (q: PendingQuote, endLine: number, endOffset: number, closed: boolean, speaker: string | null) => {
      const multi = q.paragraphs.length > 1;
      report({
        kind: 'quote',
        category: !closed ? 'unclosed' : multi ? 'multi-paragraph' : 'direct',
        start: q.start,
        end: endOffset,
        reason: !closed
          ? 'Quotation that is never closed; it ends with its paragraph'
          : multi ? `Quotation running over ${q.paragraphs.length} paragraphs` : 'Quotation',
        confidence: closed ? 0.9 : 0.7,
        speaker,
        data: { paragraphs: q.paragraphs.length, endLine, nested: q.nested.length },
      });
      if (speaker) lastPerson = speaker;
    };

    const remember = (info: LineInfo, spans: readonly Span[]) => {
      // Names that are subjects of speech verbs outside quotes become the referent of later pronouns.
      let text = info.t;
      for (let k = spans.length - 1; k >= 0; k--) text = text.slice(0, spans[k]!.start) + ' '.repeat(spans[k]!.end - spans[k]!.start) + text.slice(spans[k]!.end);
      cues.speechVerb.lastIndex = 0;
      let m: RegExpExecArray | null;
      let found: string | null = null;
      while ((m = cues.speechVerb.exec(text))) {
        const sentenceStart = Math.max(0, text.slice(0, m.index).search(/[^.!?]*$/));
        const subject = subjectBefore(text.slice(sentenceStart, m.index), stopwords);
        // `Lagipula, kata Prabowo, …`: the name right after the verb speaks.
        const after = nameAfter(text.slice(m.index + m[0].length).trimStart(), stopwords);
        const adjacentAfter = after && after.start === 0 ? after : undefined;
        if (subject && (subject.words >= 2 || !adjacentAfter)) found = subject.name;
        else if (adjacentAfter) found = adjacentAfter.name;
      }
      cues.accordingTo.lastIndex = 0;
      while ((m = cues.accordingTo.exec(text))) {
        const after = nameAfter(text.slice(m.index + m[0].length).trimStart(), stopwords);
        if (after && after.start === 0) found = after.name;
      }
      if (found) lastPerson = found;
      else if (lastPerson === null) {
        // Before anyone has spoken, a full name (two or three capitalised words) is the best referent for `he`/`dia`.
        const runs = nameRuns(text, stopwords).filter((r) => r.words >= 2 && r.words <= 3);
        if (runs.length) lastPerson = runs[runs.length - 1]!.name;
      }
      return found;
    };

    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      if (info.blank) continue;
      const line = info.line;
      const lead = line.text.length - line.text.trimStart().length;
      const text = info.t;
      let spans = scanQuotes(text);
      let speakerHere: string | null = null;

      if (pending) {
        // This paragraph continues the open quote: it opened with the same mark (checked below).
        const first = spans[0];
        const q: PendingQuote = pending;
        pending = null;
        q.paragraphs.push(i);
        if (first && first.start === leadingOffset(text)) {
          spans = spans.slice(1);
          if (first.closed) {
            const after = text.slice(first.end);
            const attribution = attributionAfter(after, cues, stopwords, lastPerson);
            const speaker = attribution?.speaker ?? (q as PendingQuote & { speaker?: string | null }).speaker ?? null;
            emit(q, i, line.start + lead + first.end, true, speaker);
            speakerHere = speaker;
          } else {
            const nextInfo = info.next >= 0 ? infos[info.next]! : undefined;
            if (nextInfo && leadingMark(nextInfo.t) === q.mark) {
              pending = q;
            } else {
              emit(q, i, line.start + lead + first.end, false, (q as PendingQuote & { speaker?: string | null }).speaker ?? null);
            }
          }
        }
      }

      for (let k = 0; k < spans.length; k++) {
        const span = spans[k]!;
        if (span.end - span.start < 3) continue;
        const inner = text.slice(span.start + 1, span.closed ? span.end - 1 : span.end);
        if (!/[\p{L}\p{N}]/u.test(inner)) continue;
        const before = text.slice(k > 0 ? spans[k - 1]!.end : 0, span.start);
        const after = span.closed ? text.slice(span.end, spans[k + 1]?.start ?? text.length) : '';
        let attribution = span.closed ? attributionAfter(after, cues, stopwords, lastPerson) : undefined;
        if (!attribution) attribution = attributionBefore(text.slice(0, span.start), cues, stopwords, lastPerson);
        // Nothing in its own paragraph: the speaker of the paragraph before carries on.
        const speaker = attribution ? attribution.speaker : previousSpeaker;
        void before;
        const q: PendingQuote & { speaker?: string | null } = {
          line: i, start: line.start + lead + span.start, mark: span.open, nested: [...span.nested], paragraphs: [i], speaker,
        };
        if (span.closed) {
          emit(q, i, line.start + lead + span.end, true, speaker);
        } else {
          const nextInfo = info.next >= 0 ? infos[info.next]! : undefined;
          if (nextInfo && leadingMark(nextInfo.t) === span.open && k === spans.length - 1) pending = q;
          else emit(q, i, line.start + lead + span.end, false, speaker);
        }
        if (speaker) speakerHere = speaker;
      }
      const subject = remember(info, spans);
      previousSpeaker = speakerHere ?? subject;
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
  const m = /^[\s>*_]*/.exec(text)!;
  return m[0].length + (text[m[0].length] === '\\' ? 0 : 0);
}
