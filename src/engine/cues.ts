import { LANGUAGE_PACKS, languagePack, type LanguagePack } from './lang';
import { WordStartRegExp } from './text/word-regexp';

/** Regular expressions compiled from the cue lists of one or more language packs. */
export interface Cues {
  readonly codes: readonly string[];
  /** `Foto: Reuters`, `Kredit: Twitter` at the start of a line. */
  readonly creditAtStart: RegExp;
  /** Credit labels in lower case, words single-spaced (`kredit`, `photo credit`): looked up before each colon of a line. */
  readonly creditLabels: ReadonlySet<string>;
  /** Agency names: `REUTERS/Jane Doe`, `Getty Images`. */
  readonly agency: RegExp;
  /** `Read more:`, `Baca juga:` at the start of a line, or alone. */
  readonly teaser: RegExp;
  /** A story's excerpt cut off, then its link: `… As it… Read more`, `… [&hellip;] Continue reading →`. */
  readonly excerptLink: RegExp;
  /** A line that is one share / follow / newsletter prompt. */
  readonly share: RegExp;
  /** An advertisement marker line. */
  readonly ad: RegExp;
  /** Comment counters. */
  readonly comments: RegExp;
  /** A line of a comment form or its notices: `Leave a Reply`, `Your email address will not be published.` */
  readonly commentForm: RegExp;
  /** The first words of those lines, lower-cased: most lines fail on this before the pattern is tried. */
  readonly commentFormFirst: ReadonlySet<string>;
  /** A line that is only a navigation label. */
  readonly nav: RegExp;
  /** Footer phrases. */
  readonly footer: RegExp;
  /** Gallery counters with words: `Photo 3 of 12`, `Foto 2 dari 5`. */
  readonly galleryCounter: RegExp;
  /**
   * A caption's opening that points at its picture: `In this photo…`, `Na snímku…` (a date in the gap is told by
   * its capitals, so only the phrases' own letters ignore case).
   */
  readonly pictureOpener: RegExp;
  /** A word for pictures at a word's start (`pictures`, `Fotogalerie`): a slideshow's heading. */
  readonly galleryWord: RegExp;
  /** Byline / dateline starts: `By Jane Doe`, `Oleh: …`, `Editor: …`. */
  readonly byline: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// `in this … photo`: a date in between (`In this Nov. 29, 2016, photo`), capitalised words and numbers only.
const GAP = "\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.,'’-]*\\s+){0,6}";
/**
 * A phrase matched whatever its case, letter by letter, in a pattern that is otherwise case-sensitive (the
 * `i` flag would let `\p{Lu}` in the gap match any letter).
 */
const caseless = (phrase: string) => [...phrase.replace(/ … /g, '…')].map((c) => {
  if (c === ' ') return '\\s+';
  if (c === '…') return GAP;
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  return lower !== upper && upper.length === 1 ? `[${lower}${upper}]` : escape(c);
}).join('');
/** Most lines fail on their first letter: one class of every phrase's first letter is checked before them all. */
function pictureOpener(phrases: readonly string[]): RegExp {
  const unique = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const firsts = [...new Set(unique.flatMap((p) => [p.charAt(0).toLowerCase(), p.charAt(0).toUpperCase()]))].map(escape).join('');
  return new RegExp(`^(?=[${firsts}])(?:${unique.map(caseless).join('|')})(?![\\p{L}\\p{N}-])`, 'u');
}
const unionOf = (list: Iterable<string>) =>
  [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
const gather = (packs: readonly LanguagePack[], pick: (p: LanguagePack) => readonly string[]) =>
  packs.flatMap((p) => pick(p));

// Letters and digits on both sides decide word edges, in every script (the start edge: WordStartRegExp).
const E = '(?![\\p{L}\\p{N}])';

/**
 * Turkish capitals: `İ` is the capital of `i` and `I` of `ı`, which case-insensitive matching does not know (it pairs
 * `I` with `i`), so `EKONOMİ` would never be `ekonomi`.
 */
const dotted = (source: string) => source.replace(/i/g, '[iİ]').replace(/ı/g, '[ıI]');

function compile(packs: readonly LanguagePack[], turkic = false): Cues {
  // Phrase alternatives only (escaped phrases and `\s+`): no class or group of the pattern's own is rewritten.
  const union = turkic ? (list: Iterable<string>) => dotted(unionOf(list)) : unionOf;
  // Credits, teasers and ad markers are read in every language: pages mix them (an English page syndicated
  // by an Indonesian site keeps `Kredit:`), and each is anchored by a colon or stands alone on its line.
  const credit = union(gather(LANGUAGE_PACKS, (p) => p.creditLabels));
  const agencies = union(gather(LANGUAGE_PACKS, (p) => p.creditAgencies));
  const teaser = union(gather(LANGUAGE_PACKS, (p) => p.teaserLabels));
  // Counters are read in every language: `Foto 10 dari 12` turns up in English pages that syndicate.
  const gallery = union(gather(LANGUAGE_PACKS, (p) => p.galleryWords));
  const ofWords = union(gather(LANGUAGE_PACKS, (p) => p.ofWords));
  return {
    codes: packs.map((p) => p.code),
    creditAtStart: new RegExp(`^[([]?\\s*(?:${credit})\\s*[:：]\\s*\\S`, 'iu'),
    creditLabels: new Set(gather(LANGUAGE_PACKS, (p) => p.creditLabels).map((l) => l.toLowerCase().split(/\s+/).join(' '))),
    agency: new WordStartRegExp(`(?:${agencies})${E}`, 'iu'),
    // Before a bar, a word or two and a year or a kind in brackets may qualify the label (`Lire aussi (2024) |`, `Lire aussi le
    // portrait (2024) |`, `Lire aussi (l’analyse) |`).
    teaser: new RegExp(`^[\\[(*_\\s【]*(?:${teaser})(?:\\s*(?:[:：»>|–—】-]|$|\\.\\.\\.|…|\\\\?["“](?=\\[?\\p{Lu}))|(?:\\s+\\p{Ll}[\\p{L}'’]*){0,2}(?:\\s*\\((?:\\d{4}|\\p{Ll}[\\p{L}'’ -]{0,30})\\))?\\s*\\|)`, 'iu'),
    excerptLink: new RegExp(`(?:…|\\.\\.\\.|\\[(?:…|\\.\\.\\.)\\])\\s*(?:(?:${teaser})\\s*[»→›>]*\\s*){1,2}$`, 'iu'),
    share: new RegExp(`^(?:${union(gather(packs, (p) => p.sharePhrases))})(?:\\s*(?:on|to|di|ke|en|auf|an|su|per|op|naar|sur|à|no|via|na)?\\s*(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|pinterest|telegram|reddit))?\\s*[:：!.]?\\s*$`, 'iu'),
    ad: new RegExp(`^[-–—_*\\s]*(?:${union(gather(LANGUAGE_PACKS, (p) => p.adPhrases))})[-–—_*\\s]*$`, 'iu'),
    // `12 comments`, `Komentar (3)`, `Ver 184 comentarios`, or the section's label alone (`Kommentare`).
    comments: new RegExp(`^(?:(?:\\p{L}+\\s+){0,2}\\d[\\d.,]*\\s*(?:${union(gather(packs, (p) => p.commentWords))})|(?:${union(gather(packs, (p) => p.commentWords))})(?:\\s*[:(（]?\\s*\\d[\\d.,]*[)）]?)?)\\s*$`, 'iu'),
    commentFormFirst: new Set(gather(packs, (p) => p.commentForm).map((phrase) => phrase.split(/[\s,]/)[0]!)),
    commentForm: new RegExp(`^(?:${union(gather(packs, (p) => p.commentForm))})${E}`, 'iu'),
    nav: new RegExp(`^(?:${union(gather(packs, (p) => p.navWords))})\\s*[:»>›]?\\s*$`, 'iu'),
    footer: new WordStartRegExp(`(?:${union(gather(packs, (p) => p.footerPhrases))})${E}`, 'iu'),
    galleryCounter: new RegExp(`^(?:${gallery})\\s*\\d{1,3}\\s*(?:${ofWords})\\s*\\d{1,3}\\s*$|^\\d{1,3}\\s*(?:${ofWords})\\s*\\d{1,3}\\s*(?:${gallery})?s?\\s*$`, 'iu'),
    pictureOpener: pictureOpener(gather(packs, (p) => p.pictureOpeners)),
    galleryWord: new WordStartRegExp(`(?:${gallery})`, 'iu'),
    // A colon may stand without a space after it (`责任编辑：孟凡`).
    byline: new RegExp(`^(?:${union(gather(packs, (p) => p.bylineWords))})(?:\\s*[:：]\\s*|\\s+)\\S`, 'iu'),
  };
}

const cache = new Map<string, Cues>();

/**
 * Cues for a language: its own pack plus English (web furniture is often English whatever the
 * article's language); every pack when the language is unknown.
 */
export function cuesFor(language: string): Cues {
  let cues = cache.get(language);
  if (!cues) {
    const own = languagePack(language);
    const en = languagePack('en')!;
    const packs = own ? (own === en ? [en] : [own, en]) : LANGUAGE_PACKS;
    cues = compile(packs, language === 'tr' || language === 'az');
    cache.set(language, cues);
  }
  return cues;
}
