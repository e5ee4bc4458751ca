import type { LineInfo } from '../../document';
import type { Detector } from '../types';
import { titleLike } from './headline-run';
import { WRAP_MAX, WRAP_MIN } from '../quote/wrap';
import { isUrlLine } from './url';

/**
 * Page furniture before the article starts and after it ends: menus, tag clouds, "more stories" lists and
 * navboxes are runs of short unpunctuated lines outside the span of real paragraphs. The article's own
 * headline (the last title-like line before the first paragraph) is kept.
 *
 * Paragraphs are found over adjacent lines too, so hard-wrapped text (an RFC, an email) counts as prose.
 */
interface Paragraph { readonly first: number; readonly last: number; readonly prose: boolean }

function paragraphs(infos: readonly LineInfo[], flagged: ReadonlyMap<number, unknown>): Paragraph[] {
  const out: Paragraph[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < infos.length) {
    if (infos[i]!.blank) { i++; continue; }
    let j = i;
    while (j + 1 < infos.length && !infos[j + 1]!.blank) j++;
    // A block of adjacent lines is one paragraph when it is hard-wrapped text (an RFC, an email): lines of a
    // similar width that mostly run on without final punctuation. Otherwise each line is a paragraph. The block
    // is judged as it will be once its flagged lines (a caption glued to a paragraph) are stripped.
    const kept: number[] = [];
    for (let k = i; k <= j; k++) if (!flagged.has(k)) kept.push(k);
    const lines = kept.map((k) => infos[k]!);
    if (wrappedBlock(lines)) {
      // A repeated paragraph does not stretch the article (see below), wrapped or not.
      const copy = lines.some((l) => seen.has(l.t));
      for (const l of lines) seen.add(l.t);
      out.push({ first: kept[0]!, last: kept[kept.length - 1]!, prose: !copy && wrappedProse(lines) });
    } else {
      for (let k = i; k <= j; k++) {
        const l = infos[k]!;
        // A repeated paragraph does not stretch the article: its copy may be stripped as a repeat.
        // Copies are judged against lines that stay: a twin flagged as a caption will be gone after a clean.
        const copy = seen.has(l.t);
        if (!flagged.has(k)) seen.add(l.t);
        // A line already flagged (a caption, say) is not article text and does not stretch the article either.
        out.push({ first: k, last: k, prose: !copy && !flagged.has(k) && proseLine(l) });
      }
    }
    i = j + 1;
  }
  return out;
}

/**
 * Whether adjacent lines (flagged ones left out) are one hard-wrapped paragraph as this rule reads blocks: all
 * but the last of a wrapped line's width, and most of them running on without final punctuation.
 */
export function wrappedBlock(lines: readonly LineInfo[]): boolean {
  const body = lines.slice(0, -1);
  return lines.length > 1 && body.every((l) => l.t.length >= WRAP_MIN && l.t.length <= WRAP_MAX)
    && body.filter((l) => l.terminal).length <= body.length * 0.3;
}

/** Whether a wrapped paragraph (see `wrappedBlock`) is prose that makes the article's span, copies aside. */
export function wrappedProse(lines: readonly LineInfo[]): boolean {
  let words = 0, stops = 0;
  for (const l of lines) { words += l.wordCount; stops += l.stopRatio * l.wordCount; }
  return words >= 10 && lines[lines.length - 1]!.terminal && stops / words >= 0.15;
}

/** Whether `l` is a likelier headline than `other`: not a menu's row where the other is one, else longer. */
const better = (l: LineInfo, other: LineInfo) => menuRow(other) !== menuRow(l) ? menuRow(other) : l.wordCount > other.wordCount;

/** A line that may be the article's headline when it stands just before the first paragraph. */
export const headlineLike = (l: LineInfo) => l.wordCount >= 3 && l.wordCount <= 20 && !/[.]$/.test(l.t)
  && /^["“‘']?\p{Lu}/u.test(l.t) && l.words.filter((w) => w.length >= 4).length >= 2;

/** A paragraph of its own line that makes the article's span (ten words or more, with stopwords, punctuated). */
export const proseLine = (l: LineInfo) => l.wordCount >= 10 && l.terminal && l.stopRatio >= 0.15;

/** A menu-like line: flagged outside the article unless a table-of-contents entry inside has its words. */
export const shortLine = (l: LineInfo) => !l.terminal && l.wordCount <= 8 && l.wordCount >= 1;

/** Capitalised words of a menu row: letters after a capital, a number, or `&` (`Gaming & Culture`, `Formule 1`). */
const MENU_WORD = /^(?:\p{Lu}|\d|&$)/u;

/**
 * A menu copied as one row (`News Sport Opinion Business Lifestyle Entertainment Real Estate`): five words or more,
 * nearly all capitalised, without a stopword's share, a comma or a final stop. Outside the article only.
 */
export function menuRow(l: LineInfo): boolean {
  if (l.terminal || l.wordCount < 5 || l.wordCount > 20 || l.stopRatio >= 0.2 || /[,:;!?"“”«»]/.test(l.t)) return false;
  const words = l.t.split(/\s+/);
  let capitalised = 0;
  for (const w of words) if (MENU_WORD.test(w)) capitalised++;
  return capitalised >= words.length * 0.8;
}

/** A name from code: a function (`retry()`, `client.get()`) or a dotted member (`fetchkit.retry`). */
export const CODE_NAME = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\(\)|(?:\.[A-Za-z_$][\w$]*))$/;

/** A shell command: a common program first, or an option after a word (`sudo certbot renew --dry-run`, `$ hg push`). */
const COMMAND = /^(?:\$\s+\S|(?:sudo|apt|apt-get|npm|npx|yarn|pip3?|git|hg|curl|wget|docker|kubectl|systemctl|python3?|node|cargo|make|brew)\s+\S)|^\S+\s+(?:\S+\s+)*--?[a-z][\w-]*(?:\s|$)/;

/** `See also` alone: the writer's own references follow, one a line. */
const SEE_ALSO = /^(?:see also|siehe auch|voir aussi|véase también|ver também|vedi anche|zie ook|lihat juga|viz též|viz také|zobacz też)$/i;

const WIKI_HEADING = /\[(?:edit|edit source|sunting|modifier|bearbeiten|editar|modifica|bewerken|editovat)\]$/i;

/** Lines with figures before the article that make it a fact box rather than a menu (with a quarter of its lines). */
export const FACT_BOX_FIGURES = 8;

/** A numbered entry of a table of contents: `7. Managing Load`, `Chapter 3: Toil`, `Appendix B. Templates`. */
const CONTENTS_ENTRY = /^(?:(?:chapter|part|appendix|section)\s+)?(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])(?:\.\d{1,3})*[.:)]\s+\p{Lu}/iu;

/** Lines glued in one block before the article that make a menu, when most of them are no heading of the article. */
const MENU_BLOCK_LINES = 6;

/** Lines of up to twelve words inside the article may be the entries of its table of contents. */
export const CONTENTS_WORDS = 12;

/** A paper's or a report's first section heading (`Abstract`), glued over the first paragraph whatever stands above it. */
const FIRST_SECTION = /^(?:abstract|summary|introduction|background|overview|résumé|zusammenfassung|abstrak|ringkasan|resumen|resumo|riassunto|sommario|samenvatting|abstrakt|shrnutí|摘要|概要)$/iu;

/** Short lines after a sentence at the page's top that make it a site's banner rather than the article's start. */
export const BANNER_MENU_LINES = 8;

/**
 * Whether the first paragraph of prose is a banner over the page (`⭐️ Version 2.0 is out! Read the release notes.`):
 * one line among the page's first three, then a menu of at least eight short lines, one of them a navigation label
 * another rule found, before the next prose. An article's own list after its first paragraph holds no menu's label.
 */
function announcement(infos: readonly LineInfo[], flagged: ReadonlyMap<number, { readonly category: string }>, prose: readonly Paragraph[]): boolean {
  if (prose.length < 4 || prose[0]!.first !== prose[0]!.last) return false;
  let before = 0;
  for (let i = 0; i < prose[0]!.first; i++) if (!infos[i]!.blank) before++;
  if (before > 2) return false;
  let short = 0;
  let menu = false;
  for (let i = prose[0]!.last + 1; i < prose[1]!.first; i++) {
    const l = infos[i]!;
    if (l.blank) continue;
    if (shortLine(l)) short++;
    if (flagged.get(i)?.category === 'navigation') menu = true;
  }
  return menu && short >= BANNER_MENU_LINES;
}

/** A banner's sentence closing on its link and arrow: `Corvid 3.2 is out — …. Read the release notes →`. */
const LINK_BANNER = /[.!?]\s+[^.!?]{2,60}\s?(?:→|»|›|>>|↗)$/u;

/**
 * The line among the page's first three that is a banner ending on its link (`… Read the release notes →`), over a
 * menu of at least eight short lines, one a navigation label another rule found, before the first prose: -1 if none.
 */
function linkBanner(infos: readonly LineInfo[], flagged: ReadonlyMap<number, { readonly category: string }>, prose: readonly Paragraph[]): number {
  if (prose.length < 3) return -1;
  let banner = -1;
  for (let i = 0, seen = 0; i < prose[0]!.first && seen < 3 && banner < 0; i++) {
    const l = infos[i]!;
    if (l.blank) continue;
    seen++;
    if (!flagged.has(i) && l.wordCount >= 8 && LINK_BANNER.test(l.t)) banner = i;
  }
  if (banner < 0) return -1;
  let short = 0;
  let menu = false;
  for (let i = banner + 1; i < prose[0]!.first; i++) {
    const l = infos[i]!;
    if (l.blank) continue;
    if (shortLine(l)) short++;
    if (flagged.get(i)?.category === 'navigation') menu = true;
  }
  return menu && short >= BANNER_MENU_LINES ? banner : -1;
}

/** Whether line `k` is a closing sentence no rule took, with only what the rules took (or nothing) after it. */
function closesArticle(infos: readonly LineInfo[], k: number, flagged: ReadonlyMap<number, unknown>): boolean {
  if (k < 0 || flagged.has(k)) return false;
  const l = infos[k]!;
  // (A sentence, not a title in title case: `Why Is My Water Heater Making Noise?` is another story's.)
  const words = l.t.split(/\s+/).slice(1);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return l.terminal && l.wordCount >= 3 && !/^\p{Ll}/u.test(l.t) && lower * 2 >= words.length && (l.next < 0 || flagged.has(l.next));
}

export const outsideArticle: Detector = {
  id: 'boilerplate/outside-article',
  description: 'Short menu-like lines before the first and after the last paragraph of the article',
  kind: 'boilerplate',
  categories: ['outside-article'],
  detect({ infos, markdown, stopwords, flagged, reportLine }) {
    // Without stopwords (an unknown language) prose cannot be told from lists reliably.
    if (markdown || stopwords.size === 0) return;
    const paras = paragraphs(infos, flagged);
    const prose = paras.filter((p) => p.prose);
    if (announcement(infos, flagged, prose)) {
      reportLine(prose.shift()!.first, 'boilerplate', 'outside-article', 'Banner over the page, above its menu', 0.6);
    }
    const banner = linkBanner(infos, flagged, prose);
    if (banner >= 0) reportLine(banner, 'boilerplate', 'outside-article', 'Banner over the page, above its menu', 0.6);
    if (prose.length < 3) return;
    const start = prose[0]!.first;
    const end = prose[prose.length - 1]!.last;
    // A table of contents lists headings that stand again over their sections inside the article. Only lines
    // as long as some short line outside can share its words (words hold no spaces), so only those are keyed.
    const key = (l: LineInfo) => l.words.join(' ');
    const outsideCounts = new Set<number>();
    for (let i = 0; i < start; i++) if (shortLine(infos[i]!)) outsideCounts.add(infos[i]!.wordCount);
    for (let i = end + 1; i < infos.length; i++) if (shortLine(infos[i]!)) outsideCounts.add(infos[i]!.wordCount);
    const inside = new Set<string>();
    for (let i = start; i <= end; i++) if (!infos[i]!.blank && !flagged.has(i) && infos[i]!.wordCount <= CONTENTS_WORDS && outsideCounts.has(infos[i]!.wordCount)) inside.add(key(infos[i]!));
    // Head: keep the headline, the longest title-like line among the last six lines before the first paragraph,
    // furniture other rules found between them (a byline, a share bar) and the entries of a table of contents under
    // it not counted, within twelve lines.
    let headline = -1;
    let seen = 0;
    for (let i = start - 1, lines = 0; i >= 0 && seen < 6 && lines < 12; i--) {
      const l = infos[i]!;
      if (l.blank || (l.wordCount <= CONTENTS_WORDS && inside.has(key(l)))) continue;
      lines++;
      if (flagged.has(i)) continue;
      seen++;
      // (A line of a menu's shape gives way to any other: `News Sport Opinion Business …` over the headline.)
      if (headlineLike(l) && !flagged.has(i) && (headline < 0 || better(l, infos[headline]!))) headline = i;
    }
    // Title-like lines of four words or more close to the first paragraph may be the headline, a kicker or a
    // standfirst: only menu-sized lines are taken there.
    const near = new Set<number>();
    for (let i = start - 1, seen = 0; i >= 0 && seen < 8; i--) if (!infos[i]!.blank) { near.add(i); seen++; }
    // A headline glued over the standfirst the search took (`How to Repot …` ⏎ `Give a crowded plant room …`) stays too.
    const above = headline - 1;
    const gluedOver = above >= 0 && !infos[above]!.blank && !flagged.has(above) && headlineLike(infos[above]!) ? above : -1;
    // An address outside the article is the writer's source or the page's own link: the address rule tells which.
    const head: number[] = [];
    // An encyclopedia's lead opens with its title (`Kessaly, officially the Republic of Kessaly, is …`): the title line
    // stays, however short, wherever the page's tabs and tools put it (a hatnote may come first: three paragraphs).
    const leads = prose.slice(0, 3).map((p) => infos[p.first]!.t);
    // (Then a comma or a bracket, as a lead goes on: a site's name opening a dateline, `HOORNWAARD - …`, is no title.)
    const opensLead = (t: string) => t.length >= 4 && leads.some((lead) => lead.startsWith(t) && /^(?:,|\s\()/.test(lead.slice(t.length, t.length + 2)));
    // A reference page's title is the name it documents (`retry()`), which its first paragraph names: the nearest such
    // line over it (the sidebar lists the same names further up).
    let codeTitle = -1;
    for (let i = start - 1, seen = 0; i >= 0 && seen < 4 && codeTitle < 0; i--) {
      if (infos[i]!.blank) continue;
      seen++;
      if (CODE_NAME.test(infos[i]!.t.trim()) && leads[0]!.includes(infos[i]!.t.trim())) codeTitle = i;
    }
    // A table of contents lists the headings, most of its entries; a menu of the site's pages glued in one block, apart
    // from the article, may share one (`Troubleshooting`) and stays a menu.
    const menuBlock = new Set<number>();
    for (let i = 0; i < start; i++) {
      if (infos[i]!.blank || (i > 0 && !infos[i - 1]!.blank)) continue;
      let j = i, lines = 0, shared = 0, menuLike = true;
      for (; j < start && !infos[j]!.blank; j++) {
        lines++;
        if (inside.has(key(infos[j]!))) shared++;
        // (Menu entries only: a page's head glued in one block holds its title, a notice, a fact box's sentences.)
        if (!shortLine(infos[j]!) || infos[j]!.terminal) menuLike = false;
      }
      // (Not a block that runs into the article: the page's title may close it, `Mara Velde` over the first paragraph.)
      if (menuLike && j < start && lines >= MENU_BLOCK_LINES && shared * 4 <= lines) for (let k = i; k < j; k++) menuBlock.add(k);
    }
    for (let i = 0; i < start; i++) {
      const l = infos[i]!;
      if (l.blank || i === headline || i === gluedOver || i === codeTitle || !(shortLine(l) || menuRow(l)) || (inside.has(key(l)) && !menuBlock.has(i)) || isUrlLine(l) || opensLead(l.t)) continue;
      if (near.has(i) && l.wordCount >= 4 && !menuRow(l)) continue;
      // A subheading glued over the first paragraph, a blank line or the text's start above it (`Highlights` ⏎ `Tab
      // groups now sync …`), is the article's own. (Read from its neighbours alone, so that stripping other lines, which
      // changes the text's share of blank lines, changes nothing: cleaning twice must remove nothing more.)
      if (i === start - 1 && (l.prev < 0 || l.prev < i - 1 || FIRST_SECTION.test(l.t.trim()))) continue;
      // A line another rule explained stays its finding (and a fact box is judged by the lines left to this rule).
      if (!flagged.has(i)) head.push(i);
    }
    // A fact box over the article (an encyclopedia's infobox: `Capital Wellington`, `70.2% European`, `7 May 1856`)
    // is data, not a menu: many of its lines hold figures, which menus and headers rarely do.
    // (A table of contents' numbered entries, `7. Managing Load`, `Part II. Practices`, hold no data.)
    const figures = head.filter((i) => /\d/.test(infos[i]!.t) && !CONTENTS_ENTRY.test(infos[i]!.t)).length;
    if (!(figures >= FACT_BOX_FIGURES && figures >= head.length * 0.25)) {
      for (const i of head) reportLine(i, 'boilerplate', 'outside-article', 'Short line before the article starts (menu or page header)', 0.6);
    }
    // Right after the last paragraph, before anything another rule found, a table (its rows hold tabs) and the heading
    // glued over it are the article's data (`Browser compatibility` ⏎ `Runtime⇥Supported since`), and so are the
    // writer's references under `See also`. (A sidebar's table, `Klasemen Sementara`, comes after other widgets.)
    let references = false;
    // (The last "paragraph" may be a related story's title with its teaser glued on, under the list's label.)
    const beforeEnd = infos[prose[prose.length - 1]!.first]!.prev;
    let adjoining = !(beforeEnd >= 0 && flagged.get(beforeEnd)?.category === 'related-link');
    let listed = /[:：]$/.test(infos[end]!.t);
    /** No rule took a line since the last paragraph. */
    let untaken = true;
    for (let i = end + 1; i < infos.length; i++) {
      const l = infos[i]!;
      if (l.blank) continue;
      if (flagged.has(i)) untaken = false;
      if (flagged.has(i) && !(references && SEE_ALSO.test(l.t.trim()))) adjoining = false;
      if (SEE_ALSO.test(l.t.trim())) { references = true; continue; }
      if (references && l.prev === i - 1) continue;
      references = false;
      const row = (k: number) => k >= 0 && !infos[k]!.blank && infos[k]!.line.text.includes('\t') && !flagged.has(k);
      if (adjoining && (row(i) || (l.next === i + 1 && row(i + 1)))) continue;
      // A command glued under the last paragraph that explains it (`… renouvelle automatiquement.` ⏎ `sudo certbot renew
      // --dry-run`) is the article's.
      if (l.prev === i - 1 && i - 1 <= end + 1 && COMMAND.test(l.t.trim())) continue;
      // The list a last paragraph leads into with its colon, glued under it (`Nejčastější příčiny vážných nehod:` ⏎
      // `nepřiměřená rychlost – 17` ⏎ …), is the article's.
      if (listed && l.prev === i - 1) continue;
      listed = false;
      // A wiki's section heading (`External links[edit]`) is the article's, wherever it stands.
      if (!(shortLine(l) || menuRow(l)) || inside.has(key(l)) || isUrlLine(l) || WIKI_HEADING.test(l.t)) continue;
      // Between the last paragraph and a closing sentence the rules keep, before what they found after it, a short line is
      // the article's (`Moje hodnocení: ★★★★☆ (4 z 5)` ⏎ `Půjčím ji mámě. Ta řeku zná.` ⏎ the rating widget).
      // (A line of the article's facts, a label and its value, not a title: `Voodoo Engineering` over `Learn about …` is a
      // publication's box.)
      if (untaken && /\S:\s+\S/.test(l.t) && closesArticle(infos, l.next, flagged)) continue;
      reportLine(i, 'boilerplate', 'outside-article', 'Short line after the article ends (menu, tags or other stories)', 0.65);
      // The titles glued under such a label (`Features` ⏎ two other stories' titles) are a run of headlines once the label
      // is stripped (see `headline-run`): taken with it, so that cleaning twice takes nothing more.
      const titles = gluedTitles(infos, i, flagged);
      for (const k of titles) reportLine(k, 'boilerplate', 'outside-article', `Title listed under the label on line ${i + 1} after the article ends`, 0.65);
      if (titles.length) i = titles[titles.length - 1]!;
    }
  },
};

/**
 * The lines glued under `label` when they are all other stories' titles (see `titleLike`), two at least, of six words
 * each on average, the block ending there: what `headline-run` takes once the label is gone. Else empty.
 */
function gluedTitles(infos: readonly LineInfo[], label: number, flagged: ReadonlyMap<number, unknown>): number[] {
  const out: number[] = [];
  let k = label + 1;
  for (; k < infos.length && !infos[k]!.blank; k++) {
    if (flagged.has(k) || !titleLike(infos[k]!)) return [];
    out.push(k);
  }
  const words = out.reduce((n, j) => n + infos[j]!.wordCount, 0);
  return out.length >= 2 && words >= 6 * out.length ? out : [];
}
