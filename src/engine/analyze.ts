import { cuesFor } from './cues';
import { lineInfos, looksLikeMarkdown, markdownBlocks, type BlockType } from './document';
import { DETECTORS, type DetectorContext, type Report } from './detectors';
import type { QuoteState } from './detectors/quote/quotes';
import { detectLanguage } from './language';
import { languagePack, stopwords } from './lang';
import { resolveSettings, type Options, type Settings } from './settings';
import { splitLines } from './text/lines';
import { PositionMap } from './text/positions';
import type { AnalysisResult, Finding, Line } from './types';

/** A detector reported something the engine cannot use: a bug in the detector, never in the input. */
export class DetectorError extends Error {}

function validate(detector: string, r: Report, textLength: number): void {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end) || r.start < 0 || r.end > textLength || r.start >= r.end) {
    throw new DetectorError(`${detector} reported an invalid range [${r.start}, ${r.end})`);
  }
  if (!(r.confidence >= 0 && r.confidence <= 1)) throw new DetectorError(`${detector} reported confidence ${r.confidence}`);
  if (!r.reason) throw new DetectorError(`${detector} reported no reason`);
}

/** Detectors that judge a line by its shape and position rather than by what it says. */
const GENERIC = new Set(['boilerplate/headline-run', 'boilerplate/outside-article']);

export interface Candidate { readonly detector: string; readonly report: Report }

/**
 * Finds boilerplate, captions and quotes in an article.
 *
 * Line findings (boilerplate, caption) cover whole lines without their line break, at most one per line;
 * quote findings cover the quoted span, quote marks included, and never overlap.
 */
export function analyze(text: string, options: Options = {}): AnalysisResult {
  const settings = resolveSettings(options);
  return analyzeWith(text, settings);
}

export function analyzeWith(text: string, settings: Settings): AnalysisResult {
  return analyzeDetailed(text, settings).result;
}

/** A full analysis with what an `AnalysisSession` keeps of it to analyse the next edit incrementally. */
export interface DetailedAnalysis {
  readonly result: AnalysisResult;
  readonly lines: readonly Line[];
  readonly markdown: boolean;
  /** Markdown block type of each line, or null for plain text. */
  readonly blocks: readonly BlockType[] | null;
  /** The line findings the rules reported, kept lines included (what the quote scan passed over). */
  readonly flagged: ReadonlyMap<number, Report>;
}

/** What a session asks of a full analysis besides its result. */
export interface Recording {
  /** Receives every word written in lower case (a session passes a counting set to know when one leaves). */
  readonly lowerWords?: Set<string>;
  /** Receives the quote scan's state before each paragraph it reads. */
  readonly quoteStates?: (QuoteState | undefined)[];
}

/** `analyzeWith`, also returning the lines, blocks and line findings, and recording what `recording` asks. */
export function analyzeDetailed(text: string, settings: Settings, recording: Recording = {}): DetailedAnalysis {
  const lowerWords = recording.lowerWords ?? new Set<string>();
  const lines = splitLines(text);
  const warnings = [...settings.problems];
  const language = settings.language !== 'auto' ? settings.language : detectLanguage(lines);
  const markdown = settings.markdown === 'auto' ? looksLikeMarkdown(lines) : settings.markdown;
  const stop = stopwords(language === 'und' ? 'en' : language);
  const blocks = markdown ? markdownBlocks(lines) : null;
  const infos = lineInfos(lines, stop, blocks, lowerWords);
  const cues = cuesFor(languagePack(language) ? language : 'und');

  const lineBest = new Map<number, Candidate>();
  const quoteCandidates: Candidate[] = [];
  let current = '';
  const context: DetectorContext = {
    text, lines, infos, language, markdown, cues, stopwords: stop, lowerWords, settings,
    flagged: new Map(),
    ...(recording.quoteStates ? { quoteStates: recording.quoteStates } : {}),
    report(r) {
      validate(current, r, text.length);
      if (r.kind === 'quote') {
        if (shown(r)) quoteCandidates.push({ detector: current, report: r });
      }
      else reportOnLine(lineIndexOf(lines, r.start), r);
    },
    adjacentAfterStrip(index, direction) {
      for (let j = index + direction; j >= 0 && j < infos.length; j += direction) {
        if (infos[j]!.blank) return false;
        if (!lineBest.has(j)) return true;
      }
      return false;
    },
    reportLine(index, kind, category, reason, confidence) {
      const line = lines[index]!;
      if (line.end <= line.start) return;
      const r: Report = { kind, category, start: line.start, end: line.end, reason, confidence };
      validate(current, r, text.length);
      reportOnLine(index, r);
    },
  };
  const shown = (r: Report) => shownBy(settings, r);
  // Structural detectors (run last) only fill lines no specific rule has explained.
  const reportOnLine = (index: number, r: Report) => {
    if (!shown(r)) return;
    const prior = lineBest.get(index);
    if (!prior || (!GENERIC.has(current) && r.confidence > prior.report.confidence)) {
      lineBest.set(index, { detector: current, report: r });
      (context.flagged as Map<number, Report>).set(index, r);
    }
  };
  for (const detector of DETECTORS) {
    if (detector.markdownOnly && !markdown) continue;
    if (!settings.kinds.has(detector.kind)) continue;
    current = detector.id;
    detector.detect(context);
  }

  const positions = new PositionMap(lines);
  const findings: Finding[] = [];
  const keep = (line: Line) => {
    const t = line.text.trim();
    if (settings.keepLines.has(t)) return true;
    const sample = t.length > 4000 ? t.slice(0, 4000) : t;
    return settings.keepPatterns.some((re) => re.test(sample));
  };
  // Categories and confidence were applied as rules reported; a detector may still report another kind.
  const accept = (c: Candidate) => settings.kinds.has(c.report.kind);

  for (const [index, c] of lineBest) {
    if (!accept(c) || keep(lines[index]!)) continue;
    findings.push(toFinding(c, text, positions));
  }
  let lastEnd = -1;
  for (const c of quoteCandidates.sort((a, b) => a.report.start - b.report.start)) {
    if (!accept(c) || c.report.start < lastEnd) continue;
    lastEnd = c.report.end;
    findings.push(toFinding(c, text, positions));
  }
  findings.sort(byPosition);
  return { result: { language, lineCount: lines.length, findings, warnings }, lines, markdown, blocks, flagged: context.flagged };
}

/** The order of findings in a result: by start offset, then kind. */
export const byPosition = (a: Finding, b: Finding): number => a.offsets.start - b.offsets.start || a.kind.localeCompare(b.kind);

/**
 * A report the settings hide (its category disabled, its confidence too low) is as if its rule did not exist:
 * another rule may explain the line, and context rules see the line as staying, as it will.
 */
export function shownBy(settings: Settings, r: Report): boolean {
  return !settings.disabledCategories.has(r.category) && r.confidence >= settings.minConfidence;
}

/** A reported candidate as the finding users see; `positions` turns offsets into line and column. */
export function toFinding(c: Candidate, text: string, positions: Pick<PositionMap, 'range'>): Finding {
  const r = c.report;
  const finding: Finding = {
    detector: c.detector,
    kind: r.kind,
    category: r.category,
    offsets: { start: r.start, end: r.end },
    range: positions.range(r.start, r.end),
    text: text.slice(r.start, r.end),
    reason: r.reason,
    confidence: Math.round(r.confidence * 1000) / 1000,
    ...(r.kind === 'quote' ? { speaker: r.speaker ?? null } : {}),
    ...(r.data ? { data: r.data } : {}),
  };
  return finding;
}

function lineIndexOf(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
