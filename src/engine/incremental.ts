import { analyzeDetailed, byPosition, shownBy, toFinding } from './analyze';
import { cuesFor, type Cues } from './cues';
import { endsTerminal, lineInfos, stripEmphasisAndSpace, looksLikeMarkdown, markdownBlocks, type BlockType, type LineInfo } from './document';
import { findCredit, isBadge, TITLE_REACH } from './detectors/caption/credit';
import { citedText, figureRole, MIN_CITED } from './detectors/caption/figure';
import { CODE_NAME, CONTENTS_WORDS, headlineLike, menuRow, proseLine, shortLine, wrappedBlock, wrappedProse } from './detectors/boilerplate/outside-article';
import { titleLike } from './detectors/boilerplate/headline-run';
import { isProse, titledCounter } from './detectors/boilerplate/slideshow';
import { shareLine } from './detectors/boilerplate/share';
import { REPLY } from './detectors/boilerplate/comments';
import { playerLine } from './detectors/boilerplate/navigation';
import { ZONED_TIME } from './detectors/boilerplate/byline';
import { isPlayerText, MENU_WORDS, PLAYER_REACH } from './detectors/boilerplate/player-block';
import { isUrlLine } from './detectors/boilerplate/url';
import { sectionKind, paragraphWithoutStopwords, MAX_READ_TITLES, MAX_SECTION_LINES, MAX_TITLE_WORDS } from './detectors/boilerplate/teaser-section';
import type { Report } from './detectors';
import { continuesQuote, leadingMark } from './detectors/quote/marks';
import { isWrappedParagraph, MAX_PARAGRAPH_LINES, WRAP_MAX } from './detectors/quote/wrap';
import { QuoteScanner, quotes, type OpenQuote, type QuoteLine, type QuoteState } from './detectors/quote/quotes';
import { languagePack, stopwords } from './lang';
import { detectLanguage } from './language';
import { resolveSettings, type Options, type Settings } from './settings';
import { isBlank } from './text/lines';
import { PositionMap } from './text/positions';
import type { AnalysisResult, Finding, Line } from './types';

/** A set that also counts how often each word was added: the session must know when a word leaves it. */
class CountingSet extends Set<string> {
  readonly counts = new Map<string, number>();
  override add(word: string): this {
    this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
    return super.add(word);
  }
}

interface State {
  readonly text: string;
  /** Each line's text and offsets (start, end before its break, end after it), updated in place by an edit. */
  readonly texts: string[];
  readonly starts: number[];
  readonly ends: number[];
  readonly fullEnds: number[];
  readonly result: AnalysisResult;
  readonly markdown: boolean;
  readonly blocks: readonly BlockType[] | null;
  /** How many lines write each lower-case word (the quote detector's "not a name" set). */
  readonly lowerCounts: Map<string, number>;
  /** The line findings the rules reported, kept lines included. */
  readonly flagged: ReadonlyMap<number, Report>;
  /** The quote scan's state before each paragraph it reads (empty when quotes are not analysed). */
  readonly quoteStates: (QuoteState | undefined)[];
  /** How many non-blank lines have each trimmed, lower-cased text; built on the first incremental attempt. */
  keyCounts?: Map<string, number>;
  /** How many short unpunctuated (menu-like) lines have each set of words; built when first needed. */
  menuKeys?: Map<string, number>;
  /** How many lines read as an encyclopedia's cited paragraphs (see `caption/figure`), updated by each edit. */
  cited: number;
}

/**
 * Rules that flag a line by its own text alone, with a confidence above any context rule's that could fill the
 * line first (a sign-up box's heading, 0.65): an edit that leaves such a line flagged by the same rule, in the same
 * category, changes no other line's finding (see `#flaggedRole`).
 */
const LINE_RULES = new Set(['boilerplate/share', 'boilerplate/byline', 'boilerplate/navigation', 'boilerplate/related-link', 'boilerplate/copyright',
  'boilerplate/advertisement', 'boilerplate/comments', 'boilerplate/spam', 'boilerplate/url', 'boilerplate/image-counter']);

/** Why the last analysis was full rather than incremental (for tests and the benchmark). */
export type FullReason = 'first' | 'same' | 'not one line' | 'not plain prose' | 'context' | 'language' | 'words' | 'quotes';

/** Non-blank lines looked through for a prose paragraph on each side of a title (the article's span). */
const SPAN_REACH = 40;
/** A slideshow's heading and last slide stand within two lines of its counters. */
const COUNTER_REACH = 3;
/**
 * Paragraphs the quote scan may run through after the edited one before its state is again what it was; a
 * name typed in a transcript without quotes may change the speaker of the next quote, far down.
 */
const RESCAN_LIMIT = 400;

/**
 * Analyses successive versions of one document. When an edit stays inside one line that is a paragraph of its
 * own — a sentence, or a subheading inside the article — that no rule flags, before or after the edit, and that
 * plays the same part for every rule reading it from another line (see `#sameRole`), the line findings cannot
 * change: the session scans the quotes again from that paragraph until the scan is back where it was, and
 * shifts every other finding instead of analysing the whole text again. Anything else gets a full analysis,
 * so the result is always the one `analyze()` gives (a property test checks that on random documents and edits).
 */
export class AnalysisSession {
  readonly #settings: Settings;
  #state: State | undefined;
  /** How the last `analyze` call was answered: `incremental`, or the reason it was a full analysis. */
  last: 'incremental' | FullReason = 'first';

  constructor(options: Options = {}) {
    this.#settings = resolveSettings(options);
  }

  analyze(text: string): AnalysisResult {
    const state = this.#state;
    if (state && state.text === text) {
      this.last = 'same';
      return state.result;
    }
    const quick = state ? this.#incremental(state, text) : undefined;
    if (quick) {
      this.last = 'incremental';
      return quick;
    }
    if (!state) this.last = 'first';
    const lowerWords = new CountingSet();
    const quoteStates: (QuoteState | undefined)[] = [];
    const full = analyzeDetailed(text, this.#settings, { lowerWords, quoteStates });
    const lines = full.lines;
    this.#state = {
      text, result: full.result, markdown: full.markdown, blocks: full.blocks, lowerCounts: lowerWords.counts,
      flagged: full.flagged, quoteStates,
      texts: lines.map((l) => l.text), starts: lines.map((l) => l.start), ends: lines.map((l) => l.end), fullEnds: lines.map((l) => l.fullEnd),
      cited: lines.reduce((n, l) => n + (citedText(l.text) ? 1 : 0), 0),
    };
    return full.result;
  }

  #fail(reason: FullReason): undefined {
    this.last = reason;
    return undefined;
  }

  #incremental(state: State, text: string): AnalysisResult | undefined {
    const old = state.text;
    // The edit: the text before it and after it are the same in both versions.
    let prefix = 0;
    const shortest = Math.min(old.length, text.length);
    for (let step = 4096; step >= 1; step >>= 4) {
      while (prefix + step <= shortest && old.slice(prefix, prefix + step) === text.slice(prefix, prefix + step)) prefix += step;
    }
    const delta = text.length - old.length;
    const { texts, starts, ends, fullEnds } = state;
    const i = lineAt(starts, ends, prefix);
    if (i <= 0 || i === texts.length - 1) return this.#fail('not one line');
    // Everything after the old line's end must follow the edit unchanged, and the line keeps its break.
    const oldText = texts[i]!;
    const start = starts[i]!;
    const end = ends[i]! + delta;
    if (end < start || old.slice(ends[i]!) !== text.slice(end) || /[\r\n]/.test(text.slice(start, end))) return this.#fail('not one line');
    const newText = text.slice(start, end);

    const settings = this.#settings;
    const language = state.result.language;
    const stop = stopwords(language === 'und' ? 'en' : language);
    // One pass over each version of the line: its facts, and the words it writes in lower case.
    const oldCounter = new CountingSet();
    const newCounter = new CountingSet();
    const before = infoOf(oldText, stop, oldCounter);
    const after = infoOf(newText, stop, newCounter);
    // In an encyclopedia's article (or one edit away from reading as one), a line that takes or loses a footnote mark,
    // a caption's shape or a lead-in's colon may make a figure's caption of a line or unmake one (see `caption/figure`).
    if (state.cited >= MIN_CITED - 1 && figureRole(before) !== figureRole(after)) return this.#fail('context');
    // A paragraph of its own (blank lines around it), or a sentence glued to its neighbours (scraped text often
    // has no blank lines) in a block that is no hard-wrapped paragraph, before or after the edit. Rules that read
    // blocks of adjacent lines (the article span, the quote scan, runs of headlines) then read it the same way.
    const cues = cuesFor(languagePack(language) ? language : 'und');
    const glued = !isBlank(texts[i - 1]!) || !isBlank(texts[i + 1]!);
    // Where the quote scan starts again: the edited line, or the first line of its wrapped paragraph (the lines
    // above it read on into it for an attribution or a closing mark).
    let rescanFrom = i;
    // A line a rule flags: the same rule must flag it again, and no other line may read it (see `#flaggedRole`).
    const lineFinding = state.flagged.has(i) ? state.result.findings.find((f) => f.kind !== 'quote' && f.range.start.line === i) : undefined;
    // A short line near a video player's texts is one of its menu words (a longer one, before and after the edit,
    // is neither one nor passed over by the rule).
    if (!state.flagged.has(i) && (before.wordCount <= MENU_WORDS || after.wordCount <= MENU_WORDS) && nearPlayer(state, i)) return this.#fail('context');
    if (state.flagged.has(i)) {
      const role = this.#flaggedRole(state, i, glued, lineFinding, before, after, stop, cues);
      if (role) return this.#fail(role);
    } else if (glued && !(sentence(before) && sentence(after) && neverWrapped(state, i, before, after))) {
      const wrapped = this.#wrappedLine(state, i, before, after, stop, cues);
      if (typeof wrapped !== 'number') return this.#fail(wrapped);
      rescanFrom = wrapped;
    } else {
      const shape = this.#sameRole(state, i, before, after, stop, cues);
      if (shape) return this.#fail(shape);
    }
    // The paragraph before it is scanned again too: an edited paragraph may name who said the quote before it
    // (`Hal itu disampaikan …`).
    for (let k = rescanFrom - 1; k >= 0; k--) {
      if (state.quoteStates[k]) { rescanFrom = k; break; }
    }
    if (state.markdown && (state.blocks?.[i] !== 'text' || markdownBlocks([lineOf(newText)])[0] !== 'text' || /```|~~~/.test(newText))) {
      return this.#fail('not plain prose');
    }

    // A credit in the line (a caption, whose text a line nearby may repeat as its video title; a credit alone,
    // which makes the line above a caption) or a media badge (which makes the line above a video's title)
    // shapes other lines even when the settings hide the line's own finding.
    if ([before, after].some((l) => findCredit(l, cues) || isBadge(l.t))) return this.#fail('context');
    // An address is kept or not by the addresses around it (a list of sources); a live blog's entry time by how many the
    // page has.
    if (isUrlLine(before) || isUrlLine(after) || ZONED_TIME.test(before.t) || ZONED_TIME.test(after.t)) return this.#fail('context');
    // A credit on the next non-blank line, however far, makes this line its caption; a caption within eight
    // lines makes this line its video title when the texts match.
    let next = i + 1;
    while (next < texts.length && isBlank(texts[next]!)) next++;
    if (next < texts.length && findCredit(infoOf(texts[next]!, stop), cues)) return this.#fail('context');
    const asTitle = (t: string) => t.trim().toLowerCase().replace(/[.\s]+$/, '');
    const titles = [asTitle(oldText), asTitle(newText)];
    for (let j = Math.max(0, i - TITLE_REACH); j <= Math.min(texts.length - 1, i + TITLE_REACH); j++) {
      if (j === i || isBlank(texts[j]!)) continue;
      const info = infoOf(texts[j]!, stop);
      // A credit the rule finds on the line, or a bracketed name it may take as one (the same name elsewhere).
      const at = findCredit(info, cues)?.at ?? (info.t.endsWith(')') ? info.t.lastIndexOf('(') : -1);
      if (at < 0) continue;
      const caption = info.t.slice(0, at).trim().replace(/[\s(|\-–—.]+$/, '').toLowerCase();
      if (titles.includes(caption)) return this.#fail('context');
    }
    // A line the user keeps may have been flagged without showing: its rules still shaped its neighbours'.
    const keeps = (t: string) => settings.keepLines.has(t) || settings.keepPatterns.some((re) => re.test(t.slice(0, 4000)));
    if (keeps(oldText.trim()) || (lineFinding && keeps(newText.trim()))) return this.#fail('context');
    // Its text is no other line's: a repeated line, or the first copy of one, would change with it. (The rules that
    // read copies pass flagged lines over.)
    const keys = state.keyCounts ??= keyCounts(texts);
    const oldKey = before.t.toLowerCase();
    const newKey = after.t.toLowerCase();
    if (!lineFinding && (keys.get(oldKey) !== 1 || (newKey !== oldKey && keys.has(newKey)))) return this.#fail('context');
    // The article-span rule keeps a short line over the article that opens one of its first paragraphs (an
    // encyclopedia's title, `Kessaly` over `Kessaly, officially …`) or that a code reference's first paragraph names
    // (`retry()`): a line whose opening words or code names are another line's text may keep or free that line.
    if ([before.t, after.t].some((t) => namesLine(t, keys))) return this.#fail('context');

    // A word written in lower case somewhere is no name where it stands capitalised (`Sus`, `Presiden`): a word
    // that enters or leaves that set changes nothing unless the text also writes it capitalised.
    const oldWords = oldCounter.counts;
    const newWords = newCounter.counts;
    const counts = state.lowerCounts;
    for (const [word] of newWords) {
      if (!counts.has(word) && capitalisedSomewhere(text, word)) return this.#fail('words');
    }
    for (const [word, n] of oldWords) {
      if ((counts.get(word) ?? 0) - n + (newWords.get(word) ?? 0) <= 0 && (capitalisedSomewhere(text, word) || capitalisedSomewhere(oldText, word))) {
        return this.#fail('words');
      }
    }

    // The paragraph before reads the line's opening mark: a quote open there runs on only into the same mark.
    if (leadingMark(oldText) !== leadingMark(newText) || continuesQuote('«', oldText) !== continuesQuote('«', newText)) return this.#fail('quotes');

    // The document's language and kind stay what they were (both read the first lines only, and stop early).
    const view = { *[Symbol.iterator]() { for (let j = 0; j < texts.length; j++) yield { text: j === i ? newText : texts[j]! }; } };
    if (settings.language === 'auto' && detectLanguage(view) !== language) return this.#fail('language');
    if (settings.markdown === 'auto' && i < MARKDOWN_SNIFF_LINES) {
      const head = texts.slice(0, MARKDOWN_SNIFF_LINES).map((t, j) => lineOf(j === i ? newText : t));
      if (looksLikeMarkdown(head) !== state.markdown) return this.#fail('language');
    }

    // Read alone (in the document's language and mode), no rule flags the line, before or after the edit; or the
    // rule that flagged it in the document flags it alone too, as it does the edited line.
    const alone: Settings = {
      ...settings, language, markdown: state.markdown, keepLines: new Set(), keepPatterns: [],
      kinds: new Set([...settings.kinds].filter((k) => k !== 'quote')),
    };
    const oldAlone = analyzeDetailed(oldText, alone);
    const newAlone = analyzeDetailed(newText, alone);
    let newFinding: Finding | undefined;
    let newReport: Report | undefined;
    if (lineFinding) {
      const [was, now] = [oldAlone.result.findings, newAlone.result.findings];
      const sameRule = (a: Finding | undefined, b: Finding) => !!a && a.detector === b.detector && a.category === b.category && a.confidence === b.confidence;
      if (was.length !== 1 || now.length !== 1 || !sameRule(was[0], lineFinding) || was[0]!.reason !== lineFinding.reason || !sameRule(now[0], lineFinding)) {
        return this.#fail('context');
      }
      newFinding = onLine(now[0]!, i, start);
      newReport = { ...newAlone.flagged.get(0)!, start: newFinding.offsets.start, end: newFinding.offsets.end };
    } else if (oldAlone.result.findings.length || newAlone.result.findings.length) {
      return this.#fail('not plain prose');
    }

    // The edit applies: the lines after it move by its length.
    const oldLineEnd = fullEnds[i]!;
    if (newReport) (state.flagged as Map<number, Report>).set(i, newReport);
    texts[i] = newText;
    state.cited += (citedText(newText) ? 1 : 0) - (citedText(oldText) ? 1 : 0);
    ends[i] += delta;
    fullEnds[i] += delta;
    for (let j = i + 1; j < texts.length; j++) {
      starts[j] += delta;
      ends[j] += delta;
      fullEnds[j] += delta;
    }
    for (const [word, n] of newWords) counts.set(word, (counts.get(word) ?? 0) + n);
    for (const [word, n] of oldWords) {
      const left = counts.get(word)! - n;
      if (left > 0) counts.set(word, left);
      else counts.delete(word);
    }
    count(keys, oldKey, -1);
    count(keys, newKey, 1);
    if (state.menuKeys) {
      if (shortLine(before)) count(state.menuKeys, before.words.join(' '), -1);
      if (shortLine(after)) count(state.menuKeys, after.words.join(' '), 1);
    }

    // Quotes are scanned again from the edited paragraph until the scan is where it was before the edit; only
    // the quotes that ended in the paragraphs scanned can differ. Every other finding stays, moved by the edit.
    let findings: Finding[];
    if (settings.kinds.has('quote')) {
      const rescan = this.#rescanQuotes(state, rescanFrom, i, stop, delta, oldLineEnd, text);
      if (!rescan) return this.#fail('quotes');
      const { to, found } = rescan;
      findings = [];
      for (const f of state.result.findings) {
        if (f.kind === 'quote' && endLineOf(f) >= rescanFrom && endLineOf(f) <= to) continue;
        findings.push(f === lineFinding ? newFinding! : f.offsets.start < start ? f : moved(f, delta));
      }
      if (found.length) findings = findings.concat(found).sort(byPosition);
    } else {
      findings = state.result.findings.map((f) => (f === lineFinding ? newFinding! : f.offsets.start < start ? f : moved(f, delta)));
    }
    const result: AnalysisResult = { ...state.result, findings };
    this.#state = { ...state, text, result, keyCounts: keys, menuKeys: state.menuKeys };
    return result;
  }

  /**
   * Why an edit in line `i`, which a rule flagged (its finding `finding`), may change another line's finding, or
   * nothing when it cannot: the line is flagged by a rule that reads nothing but the line
   * (`LINE_RULES`; whether that rule flags the edited line the same way is checked by reading it alone), and plays
   * no part that other lines' rules read in its text: no slideshow counter (a slide's title, text or credit, the
   * article around it), no title in a block a run of headlines reads, no bracket a credit could close, no "Related"
   * label's list changing, no sign-up prompt or short line a sign-up box's heading could be, no furniture near it.
   */
  #flaggedRole(state: State, i: number, glued: boolean, finding: Finding | undefined, before: LineInfo, after: LineInfo,
    stop: ReadonlySet<string>, cues: Cues): FullReason | undefined {
    if (!finding || !LINE_RULES.has(finding.detector) || state.blocks) return 'context';
    // A reader's comment is read from its date to its Reply button; a player's menu words between its texts.
    const stripped = [before, after].map((l) => stripEmphasisAndSpace(l.t));
    if (finding.category === 'comments' && stripped.some((t) => REPLY.test(t))) return 'context';
    if (stripped.some(playerLine) || nearPlayer(state, i)) return 'context';
    if (titledCounter(before) || titledCounter(after) || isProse(before) !== isProse(after)) return 'context';
    // A run of headlines reads every title-like line of a block, flagged or not, and their words.
    if (glued && (titleLike(before) || titleLike(after))) return 'context';
    // A sign-up prompt makes a short line next to it its box's heading.
    if (shareLine(before, cues)?.prompt || shareLine(after, cues)?.prompt) return 'context';
    if ([before, after].some((l) => /[()[\]]/.test(l.t.slice(-3)))) return 'context';
    if (sectionKind(before.t, finding.category, cues) !== sectionKind(after.t, finding.category, cues)) return 'context';
    // The sign-up box rule reads a prompt's neighbours: short lines without final punctuation.
    const { texts, flagged } = state;
    const neighbour = (from: number, step: -1 | 1) => {
      let j = from + step;
      while (j >= 0 && j < texts.length && isBlank(texts[j]!)) j += step;
      return j >= 0 && j < texts.length ? j : -1;
    };
    for (const j of [neighbour(i, -1), neighbour(i, 1)]) {
      if (j < 0 || flagged.has(j)) continue;
      const info = infoOf(texts[j]!, stop);
      if (!info.terminal && info.wordCount <= 6) return 'context';
    }
    return nearFurniture(state, i, stop, cues) ? 'context' : undefined;
  }

  /**
   * Whether line `i` plays the same part for every rule that reads it from another line, before and after the
   * edit (`before`, `after`), or why it may not. Two shapes qualify: a sentence (ending in a full stop, question
   * or exclamation mark) and a title-like line without final punctuation inside the article.
   */
  #sameRole(state: State, i: number, before: LineInfo, after: LineInfo, stop: ReadonlySet<string>, cues: Cues): FullReason | undefined {
    const sharesMenuWords = (l: LineInfo) => this.#sharesMenuWords(state, before, l, stop);
    if (sentence(before) && sentence(after)) {
      // A paragraph of the article, and of the text around a slideshow, as it was.
      if (isProse(before) !== isProse(after) || proseLine(before) !== proseLine(after)) return 'not plain prose';
      if (stop.size === 0 && paragraphWithoutStopwords(before) !== paragraphWithoutStopwords(after)) return 'not plain prose';
      // A question or exclamation may be a title: the article's headline among the lines before its first
      // paragraph (never so when it is a paragraph itself), or a story listed under a "Related" label.
      if (asks(before) || asks(after)) {
        if (!proseLine(before) || !proseLine(after)) return 'not plain prose';
        if ((before.wordCount <= MAX_TITLE_WORDS || after.wordCount <= MAX_TITLE_WORDS) && underTeaserLabel(state, i, cues)) return 'context';
      }
      return sharesMenuWords(before) || sharesMenuWords(after) ? 'context' : undefined;
    }
    if (!(titleLine(before) && titleLine(after))) return 'not plain prose';
    // A title-like line is furniture outside the article (a menu entry, a headline of the page) and a story
    // title under a "Related" label, the heading of a slideshow or a sign-up box, the title of a video over
    // its badge: inside the article and away from all of those, it is the article's own subheading.
    if (!this.#insideArticle(state, i, stop)) return 'context';
    if (nearFurniture(state, i, stop, cues)) return 'context';
    return sharesMenuWords(before) || sharesMenuWords(after) ? 'context' : undefined;
  }

  /**
   * The article-span rule keeps a short unpunctuated line outside the article when a line of up to twelve
   * words inside it has the same words (a table of contents): whether `l` (a version of the edited line, which
   * was `before`) has the words of such a line. The edited line's own entry does not count.
   */
  #sharesMenuWords(state: State, before: LineInfo, l: LineInfo, stop: ReadonlySet<string>): boolean {
    if (l.wordCount > CONTENTS_WORDS) return false;
    const key = l.words.join(' ');
    return (this.#menuKeys(state, stop).get(key) ?? 0) - (shortLine(before) && before.words.join(' ') === key ? 1 : 0) > 0;
  }

  /**
   * Whether line `i` is a line of a hard-wrapped paragraph that stays one, with the same part for every rule,
   * before and after the edit: the first line of the paragraph if so, or why not. The paragraph is wrapped for
   * the quote scan both times; the article-span rule reads it the same way both times (one paragraph that makes
   * the article's span, or line by line with the line on the same side of its prose threshold and never the
   * headline); no line of it is flagged; the line is never a menu entry, a paragraph of its own for the slideshow
   * rule, or part of a run of headlines (another line of the block is none), and no furniture stands near it.
   */
  #wrappedLine(state: State, i: number, before: LineInfo, after: LineInfo, stop: ReadonlySet<string>, cues: Cues): FullReason | number {
    const { texts, flagged, blocks } = state;
    if (!after.t) return 'not plain prose';
    let first = i;
    while (first > 0 && !isBlank(texts[first - 1]!) && i - first < MAX_PARAGRAPH_LINES) first--;
    let last = i;
    while (last + 1 < texts.length && !isBlank(texts[last + 1]!) && last - i < MAX_PARAGRAPH_LINES) last++;
    if (last - first >= MAX_PARAGRAPH_LINES) return 'not plain prose';
    const trimmed: string[] = [];
    for (let k = first; k <= last; k++) {
      if (flagged.has(k)) return 'context';
      if (blocks && blocks[k] !== 'text') return 'not plain prose';
      trimmed.push(texts[k]!.trim());
    }
    const at = i - first;
    // The bare texts first: a block of scraped paragraphs fails at its first long line, before any line's facts
    // are built (this runs on every keystroke in such a block).
    const withText = (t: string) => trimmed.map((x, k) => (k === at ? t : x));
    if (!isWrappedParagraph(withText(before.t)) || !isWrappedParagraph(withText(after.t))) return 'not plain prose';
    const others: LineInfo[] = [];
    for (let k = first; k <= last; k++) if (k !== i) others.push(infoOf(texts[k]!, stop));
    const withLine = (l: LineInfo) => [...others.slice(0, at), l, ...others.slice(at)];
    const [old, now] = [withLine(before), withLine(after)];
    // The article-span rule reads the block as one paragraph, or (with more lines ending a sentence) line by line.
    const asOne = wrappedBlock(old);
    if (asOne !== wrappedBlock(now)) return 'not plain prose';
    if (asOne ? !wrappedProse(old) || !wrappedProse(now) : proseLine(before) !== proseLine(after) || headlineLike(before) || headlineLike(after)) {
      return 'context';
    }
    if (shortLine(before) || shortLine(after) || menuRow(before) || menuRow(after) || isProse(before) !== isProse(after)) return 'context';
    // A run of headlines is a whole block of title-like lines.
    if (others.every(titleLike)) return 'context';
    if (nearFurniture(state, i, stop, cues)) return 'context';
    if (this.#sharesMenuWords(state, before, before, stop) || this.#sharesMenuWords(state, before, after, stop)) return 'context';
    return first;
  }

  /**
   * How many lines the article-span rule could flag as a menu entry (short, without final punctuation) have
   * each set of words (joined by spaces); built when first needed, kept up to date by each edit.
   */
  #menuKeys(state: State, stop: ReadonlySet<string>): Map<string, number> {
    if (state.menuKeys) return state.menuKeys;
    const keys = new Map<string, number>();
    for (const text of state.texts) {
      // Cheap tests first: most lines are long or end a sentence.
      const t = text.trim();
      if (!t || t.length > 400 || endsTerminal(t)) continue;
      const info = infoOf(text, stop);
      if (shortLine(info)) count(keys, info.words.join(' '), 1);
    }
    return (state.menuKeys = keys);
  }

  /**
   * Whether line `i` lies inside the article as the article-span rule finds it: a prose paragraph (a sentence
   * of ten words or more standing alone, unflagged, with no copy) above it and below it, within reach.
   */
  #insideArticle(state: State, i: number, stop: ReadonlySet<string>): boolean {
    const { texts, flagged } = state;
    const keys = (state.keyCounts ??= keyCounts(texts));
    const prose = (j: number) => {
      const text = texts[j]!;
      if (isBlank(text) || flagged.has(j) || !isBlank(texts[j - 1] ?? '') || !isBlank(texts[j + 1] ?? '')) return false;
      const info = infoOf(text, stop);
      return proseLine(info) && keys.get(info.t.toLowerCase()) === 1;
    };
    const find = (direction: -1 | 1) => {
      for (let j = i + direction, seen = 0; j >= 0 && j < texts.length && seen < SPAN_REACH; j += direction) {
        if (isBlank(texts[j]!)) continue;
        if (prose(j)) return true;
        seen++;
      }
      return false;
    };
    return find(-1) && find(1);
  }

  /**
   * Runs the quote scan again from line `i` (already edited in `state`) until its state before a paragraph is
   * the one the last scan had there. Returns the last line scanned and the quotes found, or `undefined` when the
   * scan does not settle within `RESCAN_LIMIT` paragraphs. Records the new states in `state`.
   */
  #rescanQuotes(state: State, from: number, i: number, stop: ReadonlySet<string>, delta: number, oldLineEnd: number, text: string)
    : { to: number; found: Finding[] } | undefined {
    const { texts, starts, ends, fullEnds, quoteStates, flagged, blocks, lowerCounts } = state;
    const before = quoteStates[from];
    if (!before) return undefined;
    const line = (k: number): QuoteLine => {
      let next = k + 1;
      while (next < texts.length && isBlank(texts[next]!)) next++;
      let prev = k - 1;
      while (prev >= 0 && isBlank(texts[prev]!)) prev--;
      const t = texts[k]!.trim();
      return {
        line: { index: k, start: starts[k]!, end: ends[k]!, fullEnd: fullEnds[k]!, text: texts[k]!, eol: '' },
        t, blank: t.length === 0, prev, next: next < texts.length ? next : -1, block: blocks ? blocks[k]! : 'text',
      };
    };
    const reports: Report[] = [];
    // Words entering or leaving the lower-case set were checked never to stand capitalised: the set before serves.
    const scanner = new QuoteScanner({
      info: line, stopwords: stop, lowerWords: { has: (w: string) => lowerCounts.has(w) } as ReadonlySet<string>,
      language: state.result.language,
      flaggedCategory: (k) => flagged.get(k)?.category, report: (r) => reports.push(r),
    });
    scanner.restore(before);
    const fresh = new Map<number, QuoteState>();
    let k = from;
    let to = texts.length - 1;
    for (let scanned = 0; ; scanned++) {
      scanner.paragraph(k);
      let next = k + 1;
      while (next < texts.length && !quoteStates[next]) next++;
      if (next >= texts.length) break;
      const now = scanner.snapshot();
      // The scan goes on at least past the edited line.
      if (next > i && sameQuoteState(now, quoteStates[next]!, delta, oldLineEnd)) { to = k; break; }
      if (scanned >= RESCAN_LIMIT) return undefined;
      fresh.set(next, now);
      k = next;
    }
    // The states kept beyond the scan move with the text (a quote open there started after the edit).
    for (const [j, s] of fresh) quoteStates[j] = s;
    for (let j = to + 1; j < quoteStates.length; j++) {
      const s = quoteStates[j];
      if (s?.pending && s.pending.start >= oldLineEnd) quoteStates[j] = { ...s, pending: { ...s.pending, start: s.pending.start + delta } };
    }
    const settings = this.#settings;
    const positions = new PositionMap(state.starts, state.ends);
    const found = reports.filter((r) => shownBy(settings, r)).map((report) => toFinding({ detector: quotes.id, report }, text, positions));
    return { to, found };
  }
}

/** Adjacent lines looked through for a line too long to be wrapped text. */
const GLUE_REACH = 50;

/**
 * Whether the block of adjacent lines holding line `i` can be no hard-wrapped paragraph whichever version of
 * the line it holds: an unflagged line in it other than its last one is longer than a wrapped line can be
 * (the article-span rule measures every line but the last of a block, flagged lines left out; the quote scan
 * measures them all). Lines above `i` come before the last unflagged line, since `i` itself is unflagged.
 */
function neverWrapped(state: State, i: number, before: LineInfo, after: LineInfo): boolean {
  const { texts, flagged } = state;
  const long = (j: number) => (j === i ? Math.min(before.t.length, after.t.length) : texts[j]!.trim().length) > WRAP_MAX;
  for (let j = i - 1, seen = 0; j >= 0 && !isBlank(texts[j]!) && seen < GLUE_REACH; j--, seen++) {
    if (!flagged.has(j) && long(j)) return true;
  }
  let longAbove = false;
  for (let j = i, seen = 0; j < texts.length && !isBlank(texts[j]!) && seen < GLUE_REACH; j++, seen++) {
    if (flagged.has(j)) continue;
    if (longAbove) return true;
    longAbove = long(j);
  }
  return false;
}

/**
 * Whether furniture a title-like line could belong to stands near line `i`: a "Related" label above it, a titled
 * slideshow counter within three lines, a video or gallery badge below it, a sign-up prompt next to it.
 */
/**
 * Whether a video player's text stands within reach of line `i` (its short lines are menu words; a block of them
 * is read to its edge, up to as far again).
 */
function nearPlayer(state: State, i: number): boolean {
  const { texts, flagged } = state;
  const player = (j: number) => isPlayerText(flagged.get(j), texts[j]!);
  for (const step of [-1, 1]) {
    for (let j = i + step, n = 0; j >= 0 && j < texts.length && n < 2 * PLAYER_REACH; j += step) {
      if (isBlank(texts[j]!)) continue;
      n++;
      if (player(j)) return true;
    }
  }
  return false;
}

function nearFurniture(state: State, i: number, stop: ReadonlySet<string>, cues: Cues): boolean {
  if (underTeaserLabel(state, i, cues)) return true;
  const { texts, flagged } = state;
  const around: number[] = [];
  for (let j = i - 1; j >= 0 && around.length < COUNTER_REACH; j--) if (!isBlank(texts[j]!)) around.push(j);
  const below = around.length;
  for (let j = i + 1; j < texts.length && around.length < below + COUNTER_REACH; j++) if (!isBlank(texts[j]!)) around.push(j);
  if (around.some((j) => titledCounter(infoOf(texts[j]!, stop)))) return true;
  const prev = around[0];
  const next = around[below];
  if (next !== undefined && isBadge(texts[next]!.trim())) return true;
  return [prev, next].some((j) => j !== undefined && flagged.get(j)?.category === 'share');
}

/**
 * Whether one of the dozen non-blank lines above line `i` is a widget's "Related" label (its list may follow), or
 * one of the few above it a `Read more:` label standing alone (the titles under it).
 */
function underTeaserLabel(state: State, i: number, cues: Cues): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < MAX_SECTION_LINES; j--) {
    if (isBlank(state.texts[j]!)) continue;
    seen++;
    const kind = sectionKind(state.texts[j]!.trim(), state.flagged.get(j)?.category, cues);
    if (kind === 'widget' || (kind === 'read' && seen <= MAX_READ_TITLES)) return true;
  }
  return false;
}

const endLineOf = (f: Finding) => (f.data as { endLine: number }).endLine;

/**
 * Whether the scan state `now` (after the edit) is `then` (before it, at the same paragraph): the same
 * person, texts and open quote, an open quote that started after the edited line being `delta` further on.
 */
function sameQuoteState(now: QuoteState, then: QuoteState, delta: number, oldLineEnd: number): boolean {
  if (now.lastPerson !== then.lastPerson) return false;
  if (!sameStrings(now.unread, then.unread) || !sameStrings(now.known, then.known)) return false;
  if (now.namings.length !== then.namings.length || now.namings.some((n, k) => n.text !== then.namings[k]!.text || n.name !== then.namings[k]!.name)) return false;
  if (now.previous?.speaker !== then.previous?.speaker || now.previous?.text !== then.previous?.text) return false;
  return samePending(now.pending, then.pending, delta, oldLineEnd);
}

const sameStrings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, k) => x === b[k]);

function samePending(now: Readonly<OpenQuote> | null, then: Readonly<OpenQuote> | null, delta: number, oldLineEnd: number): boolean {
  if (!now || !then) return now === then;
  return then.start >= oldLineEnd && now.start === then.start + delta && now.mark === then.mark && now.nested === then.nested
    && now.speaker === then.speaker && now.wrapped === then.wrapped && now.paragraphs.length === then.paragraphs.length && now.paragraphs.every((p, k) => p === then.paragraphs[k]);
}

/** Lines `looksLikeMarkdown` reads. */
const MARKDOWN_SNIFF_LINES = 400;

/** The line holding `offset` (its break excluded), or -1. */
function lineAt(starts: readonly number[], ends: readonly number[], offset: number): number {
  const line = new PositionMap(starts, ends).lineAt(offset);
  return offset <= ends[line]! ? line : -1;
}

const lineOf = (text: string): Line => ({ index: 0, start: 0, end: text.length, fullEnd: text.length, text, eol: '' });

function infoOf(text: string, stop: ReadonlySet<string>, lowerWords?: Set<string>): LineInfo {
  return lineInfos([lineOf(text)], stop, null, lowerWords)[0]!;
}

/** A finding `delta` characters further on: its line and columns are the same, only the offsets move. */
function moved(f: Finding, delta: number): Finding {
  return {
    detector: f.detector, kind: f.kind, category: f.category,
    offsets: { start: f.offsets.start + delta, end: f.offsets.end + delta },
    range: f.range, text: f.text, reason: f.reason, confidence: f.confidence,
    ...(f.kind === 'quote' ? { speaker: f.speaker ?? null } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}

/** A line finding of a text read alone (its line 0), placed on line `line` starting at offset `start`. */
function onLine(f: Finding, line: number, start: number): Finding {
  const { start: from, end: to } = f.range;
  return {
    ...f,
    offsets: { start: f.offsets.start + start, end: f.offsets.end + start },
    range: { start: { line, character: from.character }, end: { line: line + to.line - from.line, character: to.character } },
  };
}

/**
 * A sentence of three words or more ending in a full stop, question or exclamation mark: never a menu line,
 * headline of another story, list entry after a label ending in a colon, slideshow counter or bracketed credit.
 * (A question may still be a title; see `asks`.)
 */
function sentence(info: LineInfo): boolean {
  return !info.blank && info.t.length <= 600 && /[.?!]["'”’»]*$/.test(info.t) && !/[()[\]]/.test(info.t.slice(-3))
    && info.wordCount >= 3 && !/^\d{1,3}\s*\/\s*\d{1,3}\s/.test(info.t);
}

/** A line without final punctuation, as titles and subheadings are (no counter, number or bracket at its ends). */
function titleLine(info: LineInfo): boolean {
  return !info.blank && !info.terminal && info.t.length <= 300 && info.wordCount >= 1 && !/^[([]?\d/.test(info.t)
    && !/[()[\]]/.test(info.t.slice(-3));
}

function count(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/** Ends in a question or exclamation mark, as titles may (`What the flood left behind?`). */
const asks = (info: LineInfo) => /[?!]["'”’»]*$/.test(info.t);


function keyCounts(texts: readonly string[]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const text of texts) {
    const t = text.trim();
    if (!t) continue;
    const key = t.toLowerCase();
    keys.set(key, (keys.get(key) ?? 0) + 1);
  }
  return keys;
}

/** Whether `text` writes `word` with a capital first letter anywhere (as the start of a name could be). */
function capitalisedSomewhere(text: string, word: string): boolean {
  const re = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const first = m[0].charAt(0);
    if (first !== first.toLowerCase()) return true;
  }
  return false;
}

/**
 * Whether text `t` opens with another line's text before a comma or a bracket, or holds a code name that is another
 * line's text (`keys`: each line's lower-cased text): the article-span rule keeps such a line as the title of a
 * paragraph `t` may open.
 */
function namesLine(t: string, keys: ReadonlyMap<string, number>): boolean {
  const lower = t.toLowerCase();
  for (const m of lower.matchAll(/,|\s\(/g)) if (m.index >= 4 && keys.has(lower.slice(0, m.index).trim())) return true;
  if (!/[\w$]\(\)|[A-Za-z_$][\w$]*\.[A-Za-z_$]/.test(t)) return false;
  for (const key of keys.keys()) if (CODE_NAME.test(key) && lower.includes(key)) return true;
  return false;
}
