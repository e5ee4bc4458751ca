import type { Cues } from '../../cues';
import type { LineInfo } from '../../document';
import type { Detector } from '../types';
import { bareDate } from './byline';
import { proseLine } from './outside-article';
import { labelAlone } from './related-link';

// `Read more:` / `Baca juga:` alone point to other stories, their titles on the next lines; `See also` alone opens the
// writer's own references, which stay.
const READ_LABEL = /^(?:read|also\s+see|continue|baca|simak|lire|[àa]\s+lire|lesen|leer|leia|leggi|lees|čtěte|czytaj|läs|читайте|קראו|اقرأ)(?![\p{L}])/iu;
// (`Veja também` on a Brazilian portal lists other stories: a widget's label.)
const SEE_LABEL = /^(?:see|lihat|voir|siehe|ver|vedi|zie)\b/i;
/** Titles a `Read more:` label alone may stand over, one per line. */
export const MAX_READ_TITLES = 5;

/**
 * A paragraph in a language without stopwords (Turkish, Hebrew, Japanese), told by its length and final punctuation:
 * a list under a label still ends before a subheading over one.
 */
export const paragraphWithoutStopwords = (l: LineInfo) => l.terminal && l.t.length >= 40;

/** Lines after a label that the section may hold: a related list is short. */
export const MAX_SECTION_LINES = 12;
/** Categories of a photo's caption and credit. */
const CAPTION_CATEGORIES = new Set(['credit', 'pictured']);
/** Words of a listed post's excerpt under its date. */
const MAX_EXCERPT_WORDS = 40;
/** A line ending in a question or an exclamation mark (`？` too), maybe inside its closing quote or bracket. */
const ASKS = /[?!？！]["”’»)）]*$/;
/** A question or exclamation of up to fifteen words may be a listed story's title. */
export const MAX_TITLE_WORDS = 15;

// `Is it bad to sleep in on weekends?Catching up on …`, `… what the research saysPeople who …`: a listed story's
// title with its teaser glued on, no space between (a word wholly in lower case, or a question, then a capital).
const GLUED_TEASER = /(?:\s\p{Ll}{3,}|[\p{L}\d'’"”)][?!])(?=\p{Lu}\p{Ll})/u;

/** The title a line opens with when a teaser is glued to it, as a listed story's entry, or undefined. */
export function gluedTitle(t: string): string | undefined {
  const m = GLUED_TEASER.exec(t);
  if (!m) return undefined;
  const head = t.slice(0, m.index + m[0].length);
  const words = head.trim().split(/\s+/).length;
  return words >= 2 && words <= MAX_TITLE_WORDS && !/[.;]\s/.test(head) && t.slice(head.length).split(/\s+/).length >= 3 ? head : undefined;
}

const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** A Chinese title, a space, then its teaser's words to a comma (`一季度手机出货量排名出炉 前三名差距不足2个百分点，…`). */
const HAN_GLUED = /^[^\s，。]{6,30}\s[\p{Script=Han}\d][^\s]{6,}[，,]/u;
// `… fermée trois semaines pour travaux Les déviations seront …`: a title and its teaser glued with a space, told by a
// capitalised word of the language's commonest (an article, a pronoun) after a word in lower case.
const SPACED_GLUE = /\s\p{Ll}{2,}\s(\p{Lu}\p{Ll}{0,5})\s/gu;

/** A title of two words or more, then its teaser after a space: a capitalised word after a word in lower case. */
const LOOSE_GLUE = /^(?:\S+\s+){1,}\p{Ll}{2,}\s\p{Lu}\p{Ll}+,?\s+\p{Ll}[\p{L}'’]*(?:\s+\S+){2,}/u;

/** The title a line opens with when its teaser is glued on after a space (see `SPACED_GLUE`), or undefined. */
function spacedGluedTitle(t: string, stopwords: ReadonlySet<string>): string | undefined {
  if (!stopwords.size) return undefined;
  for (const m of t.matchAll(SPACED_GLUE)) {
    if (!stopwords.has(m[1]!.toLowerCase())) continue;
    const head = t.slice(0, m.index + m[0].length - m[1]!.length - 1);
    const words = head.trim().split(/\s+/).length;
    return words >= 2 && words <= MAX_TITLE_WORDS && !/[.;]\s/.test(head) && t.slice(head.length).split(/\s+/).length >= 3 ? head : undefined;
  }
  return undefined;
}

/** A story title, an author's name or a date under a "Related" label; not a paragraph, not a lead-in. */
function listEntry(info: LineInfo, stopwords: ReadonlySet<string>): boolean {
  // (A video's length over its title in a video widget: `02:15`; a Chinese title with its teaser after a space.)
  if (DURATION.test(info.t) || (HAN_GLUED.test(info.t) && info.t.length <= 120)) return true;
  return titleEntry(info) || (info.block === 'text' && info.wordCount <= 60 && (gluedTitle(info.t) !== undefined || spacedGluedTitle(info.t, stopwords) !== undefined));
}

function titleEntry(info: LineInfo): boolean {
  // A Chinese title is one token: six Han characters make one.
  if ((info.wordCount < 2 && !/\p{Script=Han}{6}/u.test(info.t)) || info.wordCount > 20 || info.block !== 'text' || /[:：]$/.test(info.t)) return false;
  // `5. Check the smoke alarm before you sleep`: the article's own numbered section resumes.
  if (/^\d{1,3}[.)]\s/.test(info.t)) return false;
  // Titles may ask or exclaim (`What Is the Etiquette for a Party?`); a sentence ending in a full stop is prose, unless
  // every long word is capitalised as a headline's are (`A Town on Permafrost Is Sinking. Its Residents Are Staying Put.`);
  // a carousel cuts its titles short (`… engagement ring as she...`).
  return !info.terminal || (info.wordCount <= MAX_TITLE_WORDS && (ASKS.test(info.t) || headlineCased(info.t) || /\p{L}(?:\.{3}|…)$/u.test(info.t)));
}

/** Whether every word of four letters or more starts with a capital, as an English headline's do (four such at least). */
function headlineCased(t: string): boolean {
  const long = t.split(/\s+/).filter((w) => /^\P{L}*\p{L}{4}/u.test(w));
  return long.length >= 4 && long.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/**
 * What a teaser label standing alone on its line opens: a recommendation widget's list (`Recommended`, `You May
 * Like`, `Související`), the titles of other stories on the next lines (`Read more:`, `Leggi anche:`, `Lees ook:`),
 * or the writer's own references, kept with the article (`See also`). Only a label alone: `Read more: How the
 * bridge was saved` names its one story itself.
 */
export function labelKind(t: string, cues: Cues): 'widget' | 'read' | 'see' | undefined {
  const alone = labelAlone(t, cues);
  if (alone === undefined) return undefined;
  const label = alone.replace(/^[\[(*_\s]+/, '');
  return READ_LABEL.test(label) ? 'read' : SEE_LABEL.test(label) ? 'see' : 'widget';
}

/** A bullet opening a widget's entry (`• Storm updates: …`). */
const BULLET = /^[•·▪►■◆]\s/u;
/** The number opening a ranked list's entry (`1. `, `2) `). */
const RANK = /^(\d{1,2})[.)]\s/;
/** Words of an entry in a numbered or bulleted widget: a title, maybe with its teaser. */
const MAX_MARKED_WORDS = 45;

/**
 * The lines of a widget's list from `first` that its marks tell: bullets, or numbers counting up from 1. Empty
 * when the list has no marks, or fewer than two entries (one `1.` may open the article's own steps).
 */
function markedEntries(infos: readonly LineInfo[], first: number, flagged: ReadonlyMap<number, unknown>): number[] {
  if (first < 0) return [];
  const start = infos[first]!.t;
  if (start === '1') return numberedApart(infos, first, flagged);
  const bullets = BULLET.test(start);
  if (!bullets && RANK.exec(start)?.[1] !== '1') return [];
  const out: number[] = [];
  for (let j = first; j >= 0 && out.length < MAX_SECTION_LINES; j = infos[j]!.next) {
    const info = infos[j]!;
    if (flagged.has(j) || info.wordCount > MAX_MARKED_WORDS) break;
    if (bullets ? !BULLET.test(info.t) : RANK.exec(info.t)?.[1] !== String(out.length + 1)) break;
    out.push(j);
  }
  return out.length >= 2 ? out : [];
}

/**
 * A ranked list whose numbers stand alone on their lines, each over its entry (`1` ⏎ `Title` ⏎ `2` ⏎ `Title Teaser.`):
 * the numbers and the entries, when at least two count up from 1.
 */
function numberedApart(infos: readonly LineInfo[], first: number, flagged: ReadonlyMap<number, unknown>): number[] {
  const out: number[] = [];
  let rank = 1;
  for (let j = first; j >= 0 && out.length < MAX_SECTION_LINES; rank++) {
    const entry = infos[j]!.next;
    if (infos[j]!.t !== String(rank) || entry < 0 || flagged.has(entry) || infos[entry]!.wordCount > MAX_MARKED_WORDS || /^\d+$/.test(infos[entry]!.t)) break;
    out.push(j, entry);
    j = infos[entry]!.next;
  }
  return out.length >= 4 ? out : [];
}

/**
 * Cards under a label, each after a blank line: a title with its teaser glued under it (`The Mail Boat Runs Tuesdays` ⏎
 * `On the outer islands …, a single postal contract keeps …`). Two at least: one such pair may be the article's own
 * subheading over its paragraph, and a section holds longer paragraphs than a card's teaser.
 */
function pairedCards(infos: readonly LineInfo[], first: number, flagged: ReadonlyMap<number, unknown>): number[] {
  const out: number[] = [];
  for (let j = first; j >= 0 && out.length < MAX_SECTION_LINES; ) {
    const title = infos[j]!;
    const teaser = title.next === j + 1 ? infos[j + 1]! : undefined;
    if (flagged.has(j) || !teaser || flagged.has(j + 1) || !titleEntry(title) || title.terminal) break;
    if (!teaser.terminal || teaser.wordCount > MAX_EXCERPT_WORDS || teaser.next === j + 2) break;
    out.push(j, j + 1);
    j = teaser.next;
  }
  return out.length >= 4 ? out : [];
}

/** A player's play button: `Play video`, `Přehrát video`, `Lire la vidéo`, `Putar video`. */
const PLAY_BUTTON = /^(?:play|přehrát|spustit|putar|lire|regarder|reproducir|ver|abspielen|riproduci|afspelen|reproduzir|assistir)(?:\s+(?:the\s+)?(?:video|videa|la\s+vidéo|vidéo|vídeo|il\s+video|het\s+video))?$/iu;

/** The lines glued under `label` when they hold a player's play button (`Video` ⏎ `Video: …` ⏎ `Přehrát video` ⏎ `02:14`). */
function playerUnder(infos: readonly LineInfo[], label: LineInfo): number[] | undefined {
  const glued: number[] = [];
  for (let j = label.line.index + 1; j < infos.length && glued.length < 4 && !infos[j]!.blank; j++) glued.push(j);
  return glued.some((j) => PLAY_BUTTON.test(infos[j]!.t.trim())) ? glued : undefined;
}
/** A line of a menu: a navigation label, or a word or two with no punctuation at its end. */
const menuEntry = (info: LineInfo, flagged: ReadonlyMap<number, { readonly category: string }>) =>
  flagged.get(info.line.index)?.category === 'navigation' || (info.wordCount >= 1 && info.wordCount <= 2 && !info.terminal && info.t.length <= 24);

// `Paid Content`, `Sponsored Stories`, `Promoted`: an ad marker that heads a list of sponsored headlines.
const SPONSORED_LIST = /^(?:paid(?:\s+partner)?\s+content|sponsored(?:\s+(?:content|stories|links|articles))?|promoted(?:\s+(?:stories|content|links))?|partner\s+content|from\s+our\s+partners|around\s+the\s+web|konten\s+sponsor|contenido\s+patrocinado|contenu\s+sponsorisé|conteúdo\s+patrocinado)$/i;

/**
 * What a line flagged as `category` opens below it: a teaser label's list (see `labelKind`), or, for an ad marker
 * heading sponsored headlines (`Paid Content`), a widget's.
 */
export function sectionKind(t: string, category: string | undefined, cues: Cues): 'widget' | 'read' | 'see' | undefined {
  if (category === 'related-link') return labelKind(t, cues);
  return category === 'advertisement' && SPONSORED_LIST.test(t.trim()) ? 'widget' : undefined;
}

/**
 * The list under a "Related" label standing alone on its line (`Recommended`, `Other People Are Reading`,
 * `You May Like`, `Související`): the story titles, authors and dates that follow it, up to the next
 * paragraph of prose, a lead-in ending in a colon, or a dozen lines.
 *
 *     Recommended                                   ← teaser label (related-link)
 *     The Last Neon Sign on Harbour Street           ← here
 *     Nadia Orsay                                    ← here
 *     Aug 2, 2019                                    ← here
 *     Across the valley, the old foundry still …     ← prose: the list has ended
 */
export const teaserSection: Detector = {
  id: 'boilerplate/teaser-section',
  description: 'Story titles listed under a "Related" label',
  kind: 'boilerplate',
  categories: ['related-link'],
  detect({ infos, cues, flagged, stopwords, reportLine }) {
    const prose = stopwords.size > 0 ? proseLine : paragraphWithoutStopwords;
    for (const label of infos) {
      if (label.blank) continue;
      const kind = sectionKind(label.t, flagged.get(label.line.index)?.category, cues);
      if (!kind || kind === 'see') continue;
      // `Video` among `Ekonomi`, `Olahraga`, `Indeks Berita`: an entry of a menu, which opens no list.
      const i = label.line.index;
      // (A rank alone under it opens its list: `Terpopuler` ⏎ `1` ⏎ a title.)
      if (kind === 'widget' && i > 0 && label.prev === i - 1 && menuEntry(infos[i - 1]!, flagged) && label.next === i + 1 && menuEntry(infos[i + 1]!, flagged) && infos[i + 1]!.t !== '1') continue;
      // `Video` over a player (`Přehrát video`, `02:14`) labels the player, not a list of stories: the lines glued under
      // it (the clip's title, its button and length) are taken, not what follows a blank line.
      const player = kind === 'widget' ? playerUnder(infos, label) : undefined;
      if (player) {
        for (const j of player) if (!flagged.has(j)) reportLine(j, 'boilerplate', 'related-link', `The clip under the label on line ${label.line.index + 1}`, 0.75);
        continue;
      }
      // `Leggi anche:` alone: the titles under it, the rest glued to the first (a subheading after a blank line is
      // the article's own).
      if (kind === 'read') {
        // `Britain’s shrinking coast: …` ⏎ `Read more`: a card's link closing the title glued over it, which is the
        // teaser's; what follows is the article's again.
        const i = label.line.index;
        if (!/[:：]\s*$/.test(label.t) && label.prev === i - 1 && !flagged.has(i - 1) && titleEntry(infos[i - 1]!) && !infos[i - 1]!.terminal) {
          reportLine(i - 1, 'boilerplate', 'related-link', `Title of the story the link on line ${i + 1} reads on`, 0.75);
          continue;
        }
        // Titles each after a blank line make a list the editor keeps (`Read more:` over three stories); one title
        // after a blank line, or titles glued under the label, are the teaser's.
        const first = label.next;
        if (first < 0) continue;
        const second = infos[first]!.next;
        if (first !== label.line.index + 1 && second > first + 1 && !flagged.has(second) && listEntry(infos[second]!, stopwords) && !infos[second]!.terminal) continue;
        for (let j = first, n = 0; j >= 0 && n < MAX_READ_TITLES; n++) {
          const info = infos[j]!;
          // A badge over a title (`Premium`), glued to it, is passed over.
          if ((flagged.has(j) ? info.wordCount <= 2 : info.wordCount === 1) && info.next === j + 1) { j = info.next; continue; }
          // (A title may ask: `… wat betekent dat voor huurders?`.)
          if (flagged.has(j) || !listEntry(info, stopwords) || (info.terminal && !ASKS.test(info.t) && !gluedTitle(info.t) && !spacedGluedTitle(info.t, stopwords))) break;
          reportLine(j, 'boilerplate', 'related-link', `Listed under the teaser label on line ${label.line.index + 1} (other stories)`, 0.75);
          if (info.next !== j + 1) break;
          j = info.next;
        }
        continue;
      }
      // `Most Popular` over `1. Title`, `2. Title Teaser sentence.`, `Related Coverage` over `• Title`: the widget's own
      // numbers or bullets mark its entries, whatever their punctuation.
      const marked = markedEntries(infos, label.next, flagged);
      if (marked.length === 0 && label.next > label.line.index + 1) marked.push(...pairedCards(infos, label.next, flagged));
      if (marked.length) {
        for (const j of marked) reportLine(j, 'boilerplate', 'related-link', `Listed under the teaser label on line ${label.line.index + 1} (other stories)`, 0.75);
        continue;
      }
      let taken = 0;
      let last = label.line.index;
      /** The last line taken was a story's title (its teaser may be glued under it). */
      let titled = false;
      /** The last line taken was a story's title with its teaser glued on. */
      let gluedOn = false;
      const glued = label.next === label.line.index + 1;
      for (let j = label.next; j >= 0 && taken < MAX_SECTION_LINES; j = infos[j]!.next) {
        const info = infos[j]!;
        taken++;
        // The comments' heading (`网友评论`) opens another section: the list has ended (an entry's own count, `评论 96`,
        // does not).
        if (flagged.get(j)?.category === 'comments' && !/\d/.test(info.t)) break;
        if (flagged.has(j)) { last = j; titled = false; continue; }
        // A listed post's excerpt, glued under its date (`Title` ⏎ `February 20, 2026` ⏎ `The review team says …`) or
        // under its title in a list glued under its label (`Bus drivers vote to join walkout` ⏎ `The vote, backed by 78% of
        // members, …`).
        // (Or a card's: title ⏎ teaser ⏎ `2 hours ago`, its date glued under it.)
        const stamped: boolean = titled && info.next === j + 1 && (bareDate(infos[j + 1]!.t) || flagged.get(j + 1)?.category === 'byline');
        const excerpt: boolean = j === last + 1 && info.terminal && info.wordCount <= MAX_EXCERPT_WORDS && (bareDate(infos[last]!.t) || (titled && (glued || stamped)));
        // (Right under the label, or under a title with its teaser glued on, a title may glue its teaser after any
        // capitalised word: `… for power lines Officials say …`.)
        const teasered: boolean = j === last + 1 && (gluedOn || last === label.line.index) && info.terminal && info.wordCount <= 60 && LOOSE_GLUE.test(info.t);
        if (!listEntry(info, stopwords) && !excerpt && !teasered) break;
        // Titles glued under the label, then a blank line and a title right over a paragraph of prose: the article's
        // subheading, back from the list (a list of titles each after a blank line reads on).
        // (A photo and its caption may stand between the subheading and its paragraph.)
        if (glued && j > last + 1 && info.next >= 0) {
          let n = info.next;
          while (n >= 0 && CAPTION_CATEGORIES.has(flagged.get(n)?.category ?? '')) n = infos[n]!.next;
          if (n >= 0 && !flagged.has(n) && prose(infos[n]!)) break;
        }
        titled = !excerpt && !info.terminal;
        gluedOn = teasered || (info.terminal && (gluedTitle(info.t) !== undefined || spacedGluedTitle(info.t, stopwords) !== undefined));
        last = j;
        reportLine(j, 'boilerplate', 'related-link', `Listed under the teaser label on line ${label.line.index + 1} (other stories)`, 0.7);
      }
    }
  },
};
