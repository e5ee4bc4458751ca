import type { LineInfo } from '../../document';
import type { Detector, Report } from '../types';
import { continuesQuote, leadingMark, scanQuotes, withoutFollowOn, type Span } from './marks';
import { bodyName, COMPOUND_TITLES, KIN_NOUNS, sentenceStartBefore, SHORT_TITLES, SpeakerFinder, type Attribution, type LastPerson } from './speaker';
import { hanLastSpeaker, hanNamedInSentence, hanSpeakerAfter, hanSpeakerBefore, isChinese } from './han-speaker';
import { speechCues } from './speech-cues';
import { languagePack } from '../../lang';
import { isWrappedParagraph, MAX_PARAGRAPH_LINES, WRAP_MAX } from './wrap';

/** Quote marks in metadata, code, markup and link lists are syntax, not speech. */
const NOT_PROSE_BLOCKS = new Set(['front-matter', 'code', 'html']);
const NOT_PROSE = new Set(['front-matter', 'metadata', 'link-list', 'image', 'embed', 'url']);
/** A setting in a configuration file or code (`format = "json"`, `pr_warn_once("…")`): its quote marks hold a value. */
const ASSIGNMENT = /^[\w.$\[\]-]+\s*=\s*["'][^"'\s]*["']|^[\w.$>-]+\(\s*["']/;
/** Capitals only (`LE QUOTIDIEN`): a name in a credit, or a title set in capitals, not speech. */
const CAPITALS = /^[\s\p{Lu}\p{N}'’.&-]+$/u;
/** One lower-case token of code (`_comment`, `feature/menu`, `brindle.toml`): a key, a branch or a file, not speech. */
const CODE_TOKEN = /^(?=[\p{Ll}\d_./:@-]*[_/:@]|[\p{Ll}\d_-]+\.[\p{Ll}\d]{2,})[\p{Ll}\d_./:@-]*\p{Ll}[\p{Ll}\d_./:@-]*$/u;
/** The short form of a title (`senator` → `sen`), for the texts that wrote it so. */
const SHORT_TITLE_OF = new Map([...SHORT_TITLES].map(([short, full]) => [full, short]));
/** Initials the news gives a suspect or a minor (`AR`, `RH`), and the age in brackets after them. */
const INITIALS = /^\p{Lu}{2,3}$/u;
const AGE_AFTER = /^\s*\(\d{1,3}\)/;
/** A slogan, a motto or a banner's words named right before the quote mark. */
// (A nickname or a title named so too: `tim berjuluk "Laskar Wangi"`, `nicknamed "the Iron Lady"`.)
const SLOGAN_BEFORE = /(?<![\p{L}\p{N}])(?:jargon|slogan|semboyan|yel-yel|tagline|tagar|hashtag|motto|moto|bertuliskan|berjuluk|dijuluki|julukan|bertajuk|berjudul|nicknamed|dubbed|surnomm[ée]e?s?|apodad[oa]s?|(?:signs?|banners?|placards?) reading)\s*[:,]?\s*$/iu;
/** The office a short Indonesian form stands for, as a pattern (`kades` → `kepala\s+desa`). */
const LONG_TITLE_OF = new Map([...COMPOUND_TITLES].map(([long, short]) => [short, long.replace(/ /g, '\\s+')]));
/** A noun for a person as a whole word (`jaksa`, `senator|sen`), compiled once per noun: many quotes ask for the same. */
const NOUN_PATTERNS = new Map<string, RegExp>();
/** A noun a text may have written otherwise: `jaksa` as `JPU`. */
const WRITTEN_ALSO: ReadonlyMap<string, string> = new Map([['jaksa', 'jpu']]);

/** A paragraph opening on someone left unnamed (`Seorang pembeli yang enggan disebutkan namanya`). */
const UNNAMED_OPENING = /^[\s"“]*(?:[Ss]alah\s+)?[Ss]eorang\s+\p{Ll}/u;

/** Initials a person is called by (`SBR`). */
const INITIALS_NAME = /^\p{Lu}{2,4}$/u;

/** Indonesian nouns for a relative. */
const KIN: ReadonlySet<string> = new Set(KIN_NOUNS.values());

function nounPattern(written: string): RegExp {
  let re = NOUN_PATTERNS.get(written);
  if (!re) {
    if (NOUN_PATTERNS.size > 500) NOUN_PATTERNS.clear();
    NOUN_PATTERNS.set(written, re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${written})(?![\\p{L}\\p{N}])`, 'iu'));
  }
  return re;
}
/** How far before the age in words (`…, pelatih asal Brasil berusia 52 tahun`) the person's name may end. */
const AGE_REACH = 80;
/** How far after an office and its qualifier (`Ketua Komisi II DPRD … dari Fraksi …,`) the person's name may stand. */
const QUALIFIED_REACH = 160;
/** One or two capitalised words: a nickname, when it stands inside a name. */
const NICKNAME = /^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?$/u;
const QUOTE_MARK = /["'“”‘’«»‹›„‚「」『』״]/;
/**
 * Furniture whose people are none a pronoun in the article means: the byline's author, a sidebar's headlines,
 * a menu (its quotes are still found). Not a photo's caption: it names the people the article goes on to quote.
 */
const NO_PEOPLE = new Set(['byline', 'outside-article', 'related-link', 'navigation', 'share', 'comments', 'advertisement',
  'spam', 'copyright', 'url', 'leftover', 'slideshow']);
/** The last clause of a sentence, after its comma: where reported speech names its speaker (`…, sagte er.`). */
const REPORTED = /,\s*[^,.!?;:"“”„«»]{1,60}[.]\s*$/u;
/** Quotes of one paragraph whose speaker is searched for; later ones take the paragraph's speaker. */
const MAX_SEARCHED_PER_PARAGRAPH = 100;
/** Texts read since the last person was settled that are kept for a pronoun to refer back to. */
const UNREAD_KEPT = 8;
/** People named so far that a later surname or first name alone may mean (`Lopez` → `Maria Lopez`). */
const KNOWN_KEPT = 16;

/**
 * Texts that name people, kept for a phrase pointing back by a noun (`il sindaco` → `Giancarlo Bettoni`): they are
 * read for that noun only when a phrase asks, newest first (a long report names an office again sixty paragraphs on).
 */
const NAMINGS_KEPT = 80;
/** Of those, the texts a noun alone is looked for in: an office with its qualifier is read further back. */
const NAMINGS_FOR_A_NOUN = 40;
/**
 * Case endings of a surname and its nominative, tried when the declined form names no one (Czech and Slovak: `Kolínského`
 * → `Kolínský`, `Novákové` → `Nováková`, `Nováka`/`Novákovi`/`Novákem` → `Novák`).
 */
const DECLINING = new Set(['cs', 'sk']);
const DECLINED_ENDINGS: readonly (readonly [string, string])[] = [['ského', 'ský'], ['ckého', 'cký'], ['ému', 'ý'], ['ého', 'ý'], ['ým', 'ý'],
  ['ové', 'ová'], ['ou', 'á'],
  // (A surname losing its `e` when declined: `Podle Šafránka` is Šafránek, `s Němcem` Němec.)
  ['kovi', 'ek'], ['kem', 'ek'], ['ka', 'ek'], ['covi', 'ec'], ['cem', 'ec'], ['ce', 'ec'],
  ['ovi', ''], ['em', ''], ['a', '']];
/** The longest quoted title read through inside an attribution (`lagu "Pulang ke Pelukmu" itu`). */
const TITLE_SPAN_CHARS = 60;
/** A demonstrative right after a quoted title: the phrase points back at someone. */
const DEMONSTRATIVE_NEXT = /^\s*(?:itu|tersebut|ini)(?![\p{L}\p{N}])/u;
/** A full name and the nickname the text gives it (`Nama alias Bedul`, `Nama, yang akrab disapa Gung Nah`). */
// (A comma before `yang akrab disapa`: without it the clause may be said of a place, `pedagang di Pasar X yang akrab disapa …`.)
const ALIAS = /(?<![\p{L}\p{N}])(?<!(?:di|ke|dari)\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4})(?:\s*\(\d{1,3}\))?(?:\s+alias|\s*,\s*yang\s+(?:akrab|biasa)\s+(?:disapa|dipanggil))\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
/**
 * The same without the comma, after the person's role or age (`winger berusia 20 tahun Muhammad Fadhil Ramadhan yang
 * akrab disapa Adil`): a role or an age is said of a person, not of a place; so is a name after a comma (`Koordinator
 * aksi, Rahmat Hidayat Lubis yang akrab disapa Bang Ucok`).
 */
const ALIAS_AFTER_ROLE = /(?:(?<![\p{L}])(?:tahun|pemain|winger|gelandang|striker|bek|kiper|pria|wanita|perempuan|bocah|remaja|warga|pelatih|siswa|mahasiswa)|,)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,4})\s+yang\s+(?:akrab|biasa)\s+(?:disapa|dipanggil)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
/** The nickname clause alone (`yang akrab disapa Butet`). */
const NICKNAME_CLAUSE = /yang\s+(?:akrab|biasa)\s+(?:disapa|dipanggil)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu;
const ALIAS_WORD = /\balias\b|disapa|dipanggil/;
/** The most recent texts a surname alone is looked up in for a full name written anywhere in them. */
const SURNAME_TEXTS = 30;

/** A text that names a person (`name`), or the people it introduces (`name` null: narrative read before a quote). */
export interface Naming { readonly text: string; readonly name: string | null }

export interface OpenQuote {
  readonly start: number;
  readonly mark: string;
  readonly paragraphs: number[];
  nested: number;
  speaker: string | null;
  /** Open at the end of a line of a hard-wrapped paragraph: the next line continues it from its first character. */
  wrapped: boolean;
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
  /** The people settled so far (speakers, and the persons pronouns were found to mean), most recent last. */
  readonly known: readonly string[];
  /** Texts that name people, for the nouns they name them by (see `NAMINGS_KEPT`), most recent last. */
  readonly namings: readonly Naming[];
}

/** The line facts the scan reads. */
export type QuoteLine = Pick<LineInfo, 'line' | 't' | 'blank' | 'prev' | 'next' | 'block'>;

export interface QuoteInput {
  /** Line facts by index (a session builds only the lines it rescans). */
  info(index: number): QuoteLine;
  readonly stopwords: ReadonlySet<string>;
  readonly lowerWords: ReadonlySet<string>;
  /** The document's language: its pack may say how the language points back at someone (`referenceArticles`). */
  readonly language?: string;
  /** Category of the line finding on each line, if any. */
  flaggedCategory(index: number): string | undefined;
  report(finding: Report): void;
}

/** A block of adjacent non-blank lines, and whether it is one hard-wrapped paragraph. */
interface Block { readonly first: number; readonly last: number; readonly wrapped: boolean }

/** Characters of a wrapped paragraph's following lines read ahead for a closing mark. */
const LOOK_AHEAD = 2000;

/**
 * Scans paragraphs for quotations one at a time, in order, a line at a time. A paragraph is a non-blank line,
 * or a block of adjacent lines when the text is hard-wrapped (see `isWrappedParagraph`): a quote open at the
 * end of such a line goes on in the next. A quote still open at the end of its paragraph runs on when the
 * next paragraph opens with the same mark (the convention for multi-paragraph quotes); otherwise it ends with
 * its paragraph. Only outermost quotes are reported; nested ones are counted.
 */
export class QuoteScanner {
  #finder: SpeakerFinder | undefined;
  #lastPerson: string | null = null;
  #unread: readonly string[] = [];
  #previous: QuoteState['previous'] = null;
  #pending: OpenQuote | null = null;
  #known: readonly string[] = [];
  #namings: readonly Naming[] = [];
  /** The block of the line scanned last (lines are scanned in order, so each block is measured once). */
  #block: Block | undefined;

  constructor(private readonly input: QuoteInput) {}

  /** Whether `paragraph` reads line `index` (a non-blank line of prose). */
  reads(index: number): boolean {
    const info = this.input.info(index);
    return !info.blank && !NOT_PROSE_BLOCKS.has(info.block) && !NOT_PROSE.has(this.input.flaggedCategory(index) ?? '')
      && !(info.t.length < 200 && (info.t.includes('=') || info.t.includes('(')) && ASSIGNMENT.test(info.t));
  }

  /** The state before the next paragraph (copied where the scan mutates it). */
  snapshot(): QuoteState {
    const p = this.#pending;
    return {
      lastPerson: this.#lastPerson, unread: this.#unread, previous: this.#previous,
      pending: p && { ...p, paragraphs: [...p.paragraphs] }, known: this.#known,
      namings: this.#namings,
    };
  }

  restore(state: QuoteState): void {
    const p = state.pending;
    this.#lastPerson = state.lastPerson;
    this.#unread = state.unread;
    this.#previous = state.previous;
    this.#pending = p && { ...p, paragraphs: [...p.paragraphs] };
    this.#known = state.known;
    this.#namings = state.namings;
  }

  /**
   * The block of adjacent non-blank lines holding line `i` (a non-blank line), and whether it is one hard-wrapped
   * paragraph: every line read as prose, none flagged, plain text (not a Markdown heading, list or table).
   */
  #blockOf(i: number): Block {
    const cached = this.#block;
    if (cached && cached.first <= i && i <= cached.last) return cached;
    const input = this.input;
    let first = i;
    while (first > 0 && i - first < MAX_PARAGRAPH_LINES && input.info(first).prev === first - 1) first--;
    let last = i;
    while (last - i < MAX_PARAGRAPH_LINES && input.info(last).next === last + 1) last++;
    let wrapped = false;
    // A walk that reached its limit found a block longer than a paragraph (`first`..`last` are then a window of it).
    if (last > first && last - first < MAX_PARAGRAPH_LINES) {
      const texts: string[] = [];
      for (let k = first; k <= last; k++) {
        const info = input.info(k);
        if (info.t.length > WRAP_MAX || info.block !== 'text' || input.flaggedCategory(k) !== undefined) break;
        texts.push(info.t);
      }
      wrapped = texts.length === last - first + 1 && isWrappedParagraph(texts);
    }
    return (this.#block = { first, last, wrapped });
  }

  /** Whether line `i` runs on into line `i + 1`, both lines of one hard-wrapped paragraph. */
  #wrapsInto(i: number): boolean {
    const block = this.#blockOf(i);
    return block.wrapped && i < block.last;
  }

  /** The lines after `i` in its wrapped paragraph, as far as a closing mark is looked for. */
  #following(i: number): string {
    const last = this.#blockOf(i).last;
    let out = '';
    for (let k = i + 1; k <= last && out.length < LOOK_AHEAD; k++) out += (out ? '\n' : '') + this.input.info(k).t;
    return out;
  }

  /** The start of the next line of a wrapped paragraph, up to its first quote mark: where an attribution may go on. */
  #runOn(i: number): string {
    if (!this.#wrapsInto(i)) return '';
    const t = this.input.info(i + 1).t;
    const mark = t.search(QUOTE_MARK);
    return ' ' + (mark < 0 ? t : t.slice(0, mark));
  }

  /**
   * A quote still open at the end of line `i`: it goes on in the next line of a wrapped paragraph, or in the next
   * paragraph when that opens with its mark; otherwise it ends here, unclosed.
   */
  #openAtEnd(q: OpenQuote, i: number, end: number, next: QuoteLine | undefined): void {
    if (this.#wrapsInto(i)) { q.wrapped = true; this.#pending = q; }
    else if (next && continuesQuote(q.mark, next.t)) this.#pending = q;
    else this.#emit(q, i, end, false);
  }

  /**
   * The text after quote `k` up to the next one. A title quoted inside a phrase that points back at someone is left out
   * and the phrase read on (`," kata pelantun lagu "Pulang ke Pelukmu" itu.` reads as `kata pelantun lagu itu.`).
   */
  #afterSpan(text: string, spans: readonly Span[], k: number): string {
    const next = spans[k + 1];
    const after = text.slice(spans[k]!.end, next?.start ?? text.length);
    if (!next || next.end - next.start > TITLE_SPAN_CHARS || !DEMONSTRATIVE_NEXT.test(text.slice(next.end, next.end + 12))) return after;
    return after + text.slice(next.end, spans[k + 2]?.start ?? text.length);
  }

  // Speaker work is done only around quotes, and names are looked up lazily: most lines have no quote.
  #speakers(): SpeakerFinder {
    return (this.#finder ??= new SpeakerFinder(speechCues(), notNames(this.input.stopwords, this.input.lowerWords), languagePack(this.input.language ?? 'und')));
  }

  readonly #currentPerson = (noun?: string, strict = false): string | null => {
    const unread = this.#unread;
    if (!unread.length && !noun) return this.#lastPerson;
    const finder = this.#speakers();
    const namings: Naming[] = unread.map((text) => ({ text, name: null }));
    for (let k = unread.length - 1; k >= 0; k--) {
      const person = finder.lastMentioned(unread[k]!, this.#fullName);
      if (person) {
        this.#lastPerson = person.name;
        if (person.name) this.#remember(person.name);
        namings.push({ text: unread[k]!, name: person.name });
        break;
      }
    }
    this.#named(namings);
    this.#unread = [];
    if (noun) {
      const holder = this.#namedBy(noun);
      if (holder) return holder;
      // `the commissioner said` with no commissioner named before: not whoever spoke last.
      if (strict) return null;
    }
    return this.#lastPerson;
  };

  /** The person the texts kept last named by `noun` (`sindaco`), read only now: most quotes never ask. */
  /** `#namedBy`'s answers while the texts it reads stay the same (many quotes ask for the same noun). */
  #namedByCache = new Map<string, string | undefined>();
  #namedByReads: readonly [readonly Naming[], readonly string[], readonly string[]] | null = null;

  #namedBy(spoken: string): string | undefined {
    const reads = this.#namedByReads;
    if (!reads || reads[0] !== this.#namings || reads[1] !== this.#known || reads[2] !== this.#unread) {
      this.#namedByCache.clear();
      this.#namedByReads = [this.#namings, this.#known, this.#unread];
    }
    const key = `${spoken}\u0000${this.#lastPerson ?? ''}`;
    if (this.#namedByCache.has(key)) return this.#namedByCache.get(key);
    const found = this.#namedByUncached(spoken);
    this.#namedByCache.set(key, found);
    return found;
  }

  #namedByUncached(spoken: string): string | undefined {
    const finder = this.#speakers();
    const namings = this.#namings;
    // A noun with what qualifies it (`ketua komisi ii`): the one named right after those words in a text, else whoever
    // the noun alone names.
    const space = spoken.indexOf(' ');
    if (space > 0) {
      // (Each word as the text may have written it out: `saksi paslon nomor urut 2` is `saksi pasangan calon nomor urut 2`.)
      // (A pair that is itself a short form is the office written out too: `hakim ketua` is `ketua majelis hakim`.)
      const words = spoken.split(' ').map((w) => {
        const word = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const long = LONG_TITLE_OF.get(w);
        return long ? `(?:${word}|${long})` : word;
      }).join('\\s+');
      const whole = LONG_TITLE_OF.get(spoken);
      // (Whose it is may be glued on: `penasihat hukumnya, Nama`.)
      const phrase = nounPattern(`(?:${whole ? `${words}|${whole}` : words})(?:nya)?`);
      for (let k = namings.length - 1; k >= 0; k--) {
        const { text, name } = namings[k]!;
        const m = phrase.exec(text);
        if (!m) continue;
        const end = m.index + m[0].length;
        const at = name === null ? -1 : text.indexOf(name, end);
        const people = finder.introduced(text);
        // (A run opening with a body's acronym is the body's place: `PN Lubuk Seranai`.)
        const after = people.find((p) => p.start >= end && p.start - m.index <= QUALIFIED_REACH && !bodyName(p.name) && !/^\p{Lu}{2,6}\s/u.test(p.name));
        // (The one named first after the words, not another named further on: `Ketua Majelis Hakim …, Rosmawati Nasution,
        // didampingi hakim anggota … dan Made Arya Wiguna`.)
        if (at >= 0 && at - m.index <= QUALIFIED_REACH && !bodyName(name!) && !(after && after.start < at && after.name !== name)) return name!;
        if (after) return after.name;
        // Or the one it describes after their comma (`Enok Sumiati (41), warga Desa X, ibu dua anak yang …`).
        for (let j = people.length - 1; j >= 0; j--) {
          const p = people[j]!;
          if (p.end > m.index || m.index - p.end > QUALIFIED_REACH || bodyName(p.name)) continue;
          const between = text.slice(p.end, m.index);
          if (between.includes(',') && !/[.!?]\s/.test(between)) return p.name;
          break;
        }
      }
      return this.#namedBy(spoken.slice(0, space));
    }
    // An age (`the 28-year-old`, `der 28-Jährige`) names whoever the text gave it to (`Reilly, 28,`).
    const age = /^(\d{1,3})-(?:year-old|jährige[rn]?)$/i.exec(spoken)?.[1];
    const noun = age ? `${age}-year-old` : spoken;
    // `the senator` is also the one a text called `Sen. Ames`.
    const short = SHORT_TITLE_OF.get(noun) ?? LONG_TITLE_OF.get(noun) ?? WRITTEN_ALSO.get(noun);
    // A relative is written with whose they are (`ibunya`, `ibunda`, `ayahanda`).
    // (An office may carry whose it is too: `penasihat hukumnya`.)
    const written = `(?:${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${short ? `|${short}` : ''})${KIN.has(noun) ? '(?:nya|nda|anda)?' : noun.includes(' ') ? '(?:nya)?' : ''}`;
    const word = age ? new RegExp(`(?:,\\s*|\\(\\s*)${age}\\s*[,)]`) : nounPattern(written);
    // The person spoken of last, if a text gave them that noun (two senators named, the second one spoken of since).
    const last = this.#lastPerson;
    const oldest = this.#recentFrom();
    if (age) {
      const aged = this.#agedPerson(age, oldest);
      if (aged) return aged;
    }
    if (last !== null && !age) {
      for (let k = namings.length - 1; k >= oldest; k--) {
        const { text } = namings[k]!;
        if (text.includes(last) && word.test(text) && finder.rolesOf(text, last).includes(noun)) return last;
      }
    }
    for (let k = namings.length - 1; k >= oldest; k--) {
      const { text, name } = namings[k]!;
      if (!word.test(text)) continue;
      // The person a text was settled on need not be the one it gave the age to (`Reilly, 28, … left Finch …`): any
      // name in it, by the full name the text introduced.
      // The person the text was settled on first, then the others it introduced (`… kepada Yoga (29), terdakwa …, Dimas`).
      if (!age && name !== null && !bodyName(name) && finder.rolesOf(text, name).includes(noun)) return name;
      const people = age ? finder.people(text).map((p) => (p.words === 1 ? this.#fullName(p.name) : undefined) ?? p.name)
        // (Initials with an age are someone introduced too: `Terdakwa berinisial AR (22)`.)
        : [...finder.introduced(text), ...finder.people(text).filter((p) => INITIALS.test(p.name) && AGE_AFTER.test(text.slice(p.end, p.end + 8)))]
          .map((p) => p.name).filter((n) => n !== name);
      for (let j = people.length - 1; j >= 0; j--) if (!bodyName(people[j]!) && finder.rolesOf(text, people[j]!).includes(noun)) return people[j];
    }
    return undefined;
  }

  /**
   * The person a text gave the age to in words (`Marcelo Henrique Bastos, pelatih asal Brasil berusia 52 tahun`): the one
   * it introduced closest before it in its sentence.
   */
  #agedPerson(age: string, oldest: number): string | undefined {
    const aged = new RegExp(`(?<![\\p{L}\\p{N}])(?:berusia\\s+${age}\\s+tahun|aged\\s+${age})(?![\\p{L}\\p{N}])`, 'u');
    const namings = this.#namings;
    for (let k = namings.length - 1; k >= oldest; k--) {
      const { text } = namings[k]!;
      const m = aged.exec(text);
      if (!m) continue;
      // (Someone introduced: `pelatih asal Brasil` names a country right before the age.)
      const people = this.#speakers().introduced(text);
      for (let j = people.length - 1; j >= 0; j--) {
        const p = people[j]!;
        if (p.end > m.index) continue;
        if (m.index - p.end > AGE_REACH || /[.!?]\s/.test(text.slice(p.end, m.index)) || bodyName(p.name)) break;
        return p.name;
      }
    }
    return undefined;
  }

  /** Where the texts a noun or a one-word name alone is looked for in start (see `NAMINGS_FOR_A_NOUN`). */
  #recentFrom(): number {
    return Math.max(0, this.#namings.length - NAMINGS_FOR_A_NOUN);
  }

  /** Keeps texts that name people, to read for the nouns they name them by when a phrase asks (see `#namedBy`). */
  #named(added: readonly Naming[]): void {
    if (!added.length) return;
    // A new array each time: snapshots share the old one.
    const all = [...this.#namings, ...added];
    this.#namings = all.length > NAMINGS_KEPT ? all.slice(all.length - NAMINGS_KEPT) : all;
  }

  #remember(name: string): void {
    const known = this.#known;
    if (known[known.length - 1] === name) return;
    // A new array each time: snapshots share the old one.
    const rest = known.filter((k) => k !== name);
    this.#known = [...(rest.length >= KNOWN_KEPT ? rest.slice(rest.length - KNOWN_KEPT + 1) : rest), name];
  }

  /**
   * The person a one-word name means: a known person of that name, or whose first or last name it is, else one
   * so introduced in the text read since (`Maria Lopez runs the bakery.` … `Lopez said`); the most recent wins.
   */
  readonly #fullName = (word: string): string | undefined => {
    const found = this.#fullNameOf(word);
    if (found !== undefined) return found;
    // A surname declined (`Podle Kolínského`, `s Novákem`): the full name the text gave it in the nominative.
    if (!DECLINING.has(this.input.language ?? '')) return undefined;
    for (const [ending, nominative] of DECLINED_ENDINGS) {
      if (word.length > ending.length + 2 && word.endsWith(ending)) {
        const full = this.#fullNameOf(word.slice(0, -ending.length) + nominative);
        if (full !== undefined) return full;
      }
    }
    return undefined;
  };

  readonly #fullNameOf = (word: string): string | undefined => {
    const known = this.#known;
    // (A body's name is no one's full name: `BI` is no `… Departemen Komunikasi BI`.)
    for (let k = known.length - 1; k >= 0; k--) if (namedBy(known[k]!, word) && !bodyName(known[k]!)) return known[k];
    // Newest first: the text read since the last quote, then the texts kept for the nouns they name people by.
    const texts = this.#unread;
    const namings = this.#namings;
    const from = this.#recentFrom();
    const kept = namings.length - from;
    const textAt = (k: number) => (k >= kept ? texts[k - kept]! : namings[from + k]!.text);
    const count = texts.length + kept;
    for (let k = count - 1; k >= 0; k--) {
      const text = textAt(k);
      // Most texts do not hold the word at all: those are passed over before any name is looked for.
      if (!text.includes(word) && !(SURNAME_START.test(word) && text.includes(word.slice(1)))) continue;
      const people = this.#speakers().introduced(text);
      for (let j = people.length - 1; j >= 0; j--) if (namedBy(people[j]!.name, word) && !bodyName(people[j]!.name)) return people[j]!.name;
    }
    // A surname alone means the full name the texts wrote it in anywhere (`… ketika Kevin Manuputty menyambar …` then
    // `Bagi Manuputty, …`), a body's name apart.
    for (let k = count - 1; k >= 0 && k >= count - SURNAME_TEXTS; k--) {
      const text = textAt(k);
      if (!text.includes(' ' + word)) continue;
      const people = this.#speakers().people(text);
      for (let j = people.length - 1; j >= 0; j--) {
        const p = people[j]!;
        if (p.words >= 2 && p.words <= 4 && p.name.endsWith(' ' + word) && !bodyName(p.name)) return p.name;
      }
    }
    return undefined;
  };

  #read(text: string): void {
    // (Chinese names are read without capitals: see `han-speaker.ts`.)
    if (!/[\p{Lu}\u4e00-\u9fff]/u.test(text)) return;
    // A new array each time: snapshots share the old one.
    const unread = this.#unread;
    if (unread.length < UNREAD_KEPT) { this.#unread = [...unread, text]; return; }
    this.#unread = [...unread.slice(unread.length - UNREAD_KEPT + 1), text];
    // The oldest text is kept among those read for names (`Vítěznou branku vstřelil … Ondřej Matějka` at the top, then
    // `Matějka po zápase prohlásil` twenty paragraphs on): a surname alone is looked up in them.
    this.#named(unread.slice(0, unread.length - UNREAD_KEPT + 1).map((t) => ({ text: t, name: null })));
  }

  /**
   * Who says a quote in a Chinese paragraph (see `han-speaker.ts`): the name and verb right after it, the ones its lead
   * ends on, else the last name before a speech verb earlier in the paragraph (`许沐阳告诉记者，… 。“…”`); a term inside
   * a sentence (`“按时”`) is nobody's.
   */
  #hanAttribution(text: string, span: Span, after: string): Attribution {
    const lead = text.slice(0, span.start);
    // (Only a sentence of its own takes the paragraph's speaker: `“按时”` inside a sentence is a term.)
    const sentence = /[。！？!?…][”」』]?$/.test(text.slice(span.start + 1, span.closed ? span.end - 1 : span.end).trimEnd()) && /(?:^|[。！？：:，,])\s*$/.test(lead);
    const found = (span.closed ? hanSpeakerAfter(after) : undefined) ?? hanSpeakerBefore(lead) ?? (sentence ? hanLastSpeaker(lead) : undefined);
    if (found === undefined) return sentence ? undefined : { speaker: null };
    // (`她说` after the one the sentence named: `家长刘女士的孩子…，她说：`.)
    return { speaker: found === 'pronoun' ? hanNamedInSentence(lead) ?? this.#currentPerson() : found };
  }

  /** The speaker the paragraph after line `i`'s paragraph names for the quote that ends it (see `SpeakerFinder.named`). */
  #namedAfter(i: number): string | undefined {
    const block = this.#blockOf(i);
    const next = this.input.info(block.wrapped ? block.last : i).next;
    if (next < 0 || !this.reads(next)) return undefined;
    return this.#speakers().named(this.input.info(next).t);
  }

  #previousSpeaker(): string | null {
    const previous = this.#previous;
    if (!previous) return null;
    if (previous.speaker) return previous.speaker;
    const mentioned = this.#speakers().lastMentioned(previous.text, this.#fullName);
    // A paragraph that leads into the quote with a colon hands it to the one it names last, speech verb or not
    // (`Il a salué au micro de la radio le courage du jeune homme :`).
    if (!mentioned?.name) return null;
    if (mentioned.speaking || /[:：]\s*$/.test(previous.text)) return mentioned.name;
    // A paragraph that opens on the person it introduces, described after their comma, is about them: the quote alone
    // after it is theirs (`Bill Tamsett, a contractor who has built cottages since 2021, walked me through one.`).
    const name = mentioned.name;
    const opening = previous.text.trimStart();
    return opening.startsWith(name + ',') && name.includes(' ') ? name : null;
  }

  /**
   * The full name the text gave a nickname (`Muhammad Rusdi alias Bedul`, `I Gusti Ngurah Putu Adnyana, yang akrab
   * disapa Gung Nah`), read in the texts the scan keeps, newest first.
   */
  #aliasOf(nick: string): string | undefined {
    const unread = this.#unread;
    const namings = this.#namings;
    const from = this.#recentFrom();
    for (let k = unread.length + namings.length - 1; k >= from; k--) {
      const text = k >= namings.length ? unread[k - namings.length]! : namings[k]!.text;
      if (!text.includes(nick) || !ALIAS_WORD.test(text)) continue;
      for (const m of text.matchAll(ALIAS)) {
        if (!nicknamed(m[2]!, nick)) continue;
        const holder = this.#nicknameHolder(text, m.index, m[1]!);
        if (holder) return holder;
      }
      for (const m of text.matchAll(ALIAS_AFTER_ROLE)) if (nicknamed(m[2]!, nick) && !bodyName(m[1]!)) return m[1];
      // A description between the name and the nickname (`Lestari Rosmauli Siregar (38), sutradara asal Medan yang akrab
      // disapa Butet`): the person the sentence opens on, named in full and described after a comma or an age.
      for (const m of text.matchAll(NICKNAME_CLAUSE)) {
        if (!nicknamed(m[1]!, nick)) continue;
        const start = sentenceStartBefore(text, m.index, 400);
        const first = this.#speakers().people(text.slice(start, m.index))[0];
        if (first && first.words >= 2 && !bodyName(first.name) && /^\s*(?:\(\d{1,3}\)\s*)?,/.test(text.slice(start + first.end, start + first.end + 8))) return first.name;
      }
    }
    return undefined;
  }

  /**
   * Whose nickname the clause gives: the name right before it, or, when that is a place (`Marlina Sitompul (41), guru
   * honorer di SD Negeri 12 Kampung Baru, yang akrab disapa Bu Lina`), the person the sentence introduced with a comma.
   */
  #nicknameHolder(text: string, at: number, before: string): string | undefined {
    const finder = this.#speakers();
    if (bodyName(before)) return undefined;
    if (finder.people(before)[0]?.name === before) return before;
    const start = Math.max(0, text.lastIndexOf('. ', at) + 2);
    const sentence = text.slice(start, at);
    const first = finder.people(sentence)[0];
    return first && first.words >= 2 && !bodyName(first.name) && /^\s*(?:\(\d{1,3}\)\s*)?,/.test(sentence.slice(first.end)) ? first.name : undefined;
  }

  /** The full name whose words' first letters are `initials`, among the names known and those the texts kept introduced. */
  #byInitials(initials: string): string | undefined {
    const of = (name: string) => name.split(' ').map((w) => w.charAt(0)).join('');
    const known = this.#known;
    for (let k = known.length - 1; k >= 0; k--) if (of(known[k]!) === initials && !bodyName(known[k]!)) return known[k];
    const finder = this.#speakers();
    for (const text of [...this.#unread, ...this.#namings.map((n) => n.text)].reverse()) {
      if (!text.includes(initials.charAt(0))) continue;
      const found = finder.people(text).find((p) => p.words >= 2 && of(p.name) === initials && !bodyName(p.name));
      if (found) return found.name;
    }
    return undefined;
  }

  #emit(q: OpenQuote, endLine: number, end: number, closed: boolean): void {
    // (A nickname cut from the name, `Rahma` for `Siti Rahmawati Kusumaningrum`, already says who: the name stays.)
    const alias = q.speaker ? this.#aliasOf(q.speaker) : undefined;
    if (alias && !alias.includes(q.speaker!)) q.speaker = alias;
    // `"…," Lopez said` after `Maria Lopez runs the bakery`: the person, by the name the text introduced.
    if (q.speaker && (!q.speaker.includes(' ') || SURNAME_START.test(q.speaker))) q.speaker = this.#fullName(q.speaker) ?? q.speaker;
    // `SBR` for `Surya Bakti Rahardjo`: initials the text calls someone by, once it has named them in full.
    if (q.speaker && INITIALS_NAME.test(q.speaker)) q.speaker = this.#byInitials(q.speaker) ?? q.speaker;
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
    if (q.speaker) {
      this.#lastPerson = q.speaker;
      // The narrative read since may have introduced people by a title a later quote points back with.
      if (this.#unread.length) this.#named(this.#unread.map((text) => ({ text, name: null })));
      this.#unread = [];
      this.#remember(q.speaker);
    }
  }

  /** Scans line `i`, the next paragraph after those scanned so far (lines `reads` rejects are passed over). */
  paragraph(i: number): void {
    if (!this.reads(i)) return;
    if (!NO_PEOPLE.has(this.input.flaggedCategory(i) ?? '')) return this.#scan(i);
    // Furniture: its own quotes' pronouns may mean the people it names, later paragraphs' never do; and the
    // paragraph a quote alone continues is the article's last (`Baca juga: …`, `ADVERTISEMENT` stand between).
    const lastPerson = this.#lastPerson, unread = this.#unread, known = this.#known, namings = this.#namings, previous = this.#previous;
    this.#scan(i, true);
    if (!this.#pending) this.#previous = previous;
    this.#lastPerson = lastPerson;
    this.#unread = unread;
    this.#known = known;
    this.#namings = namings;
  }

  /** `furniture`: the paragraph is page furniture (see `NO_PEOPLE`), whose quotes carry no speaker over from the article. */
  #scan(i: number, furniture = false): void {
    const info = this.input.info(i);
    const text = info.t;
    const nextInfo = info.next >= 0 ? this.input.info(info.next) : undefined;
    const block = this.#blockOf(i);
    const pending = this.#pending;
    const following = block.wrapped && i < block.last ? () => this.#following(i) : undefined;
    let spans: Span[];
    // A Spanish quotation goes on after `»` (see `continuesQuote`): the scan starts inside it, past that mark.
    if (pending && !pending.wrapped && leadingMark(text) === null) spans = scanQuotes(withoutFollowOn(text), { continuing: pending.mark, following });
    else {
      const continuing = pending?.wrapped ? pending.mark : undefined;
      spans = continuing || QUOTE_MARK.test(text) ? scanQuotes(text, { continuing, following }) : [];
      // A line of code's string literals are no speech (`import { retry } from "fetchkit";`, `if (x === "AbortError") {`).
      if (spans.length && !continuing && ((CODE_END.test(text) && CODE_STRING.test(text)) || CODE_LITERAL.test(text) || JSON_MEMBER.test(text))) spans = [];
    }
    // `— Já passaram dois autocarros…, garantiu.`: speech a paragraph opens with a dash, as dialogue is written in
    // Portuguese, Spanish, French or Czech, up to the attribution that closes it.
    if (!this.#pending && !block.wrapped && DASH_OPEN.test(text)) {
      const dash = dashQuote(this.#speakers(), text, this.#currentPerson);
      if (dash) spans = [{ start: 0, end: dash, open: text[0]!, closed: true, nested: spans.filter((s) => s.end <= dash) }, ...spans.filter((s) => s.start >= dash)];
    }
    if (!spans.length && !this.#pending) {
      this.#read(text);
      this.#previous = { speaker: null, text };
      return;
    }
    const lead = info.line.text.length - info.line.text.trimStart().length;
    const base = info.line.start + lead;
    /** Speaker established in this paragraph so far (by a quote or a speech verb before it), wrapped lines before included. */
    let speakerHere: string | null = block.wrapped && i > block.first ? this.#previous?.speaker ?? null : null;
    let cursor = 0;

    if (this.#pending) {
      const q: OpenQuote = this.#pending;
      this.#pending = null;
      // A wrapped line goes on inside the quote (its first span, from 0); a new paragraph reopens it with its mark.
      if (!q.wrapped) q.paragraphs.push(i);
      const first = spans[0];
      if (first && (q.wrapped || first.start === leadingOffset(text))) {
        q.wrapped = false;
        spans = spans.slice(1);
        q.nested += first.nested.length;
        if (first.closed) {
          const after = this.#afterSpan(text, [first, ...spans], 0) + (spans.length ? '' : this.#runOn(i));
          const attribution = this.#speakers().after(after, this.#currentPerson);
          if (attribution?.speaker) q.speaker = attribution.speaker;
          else if (!q.speaker && !spans.length && !/[\p{L}\p{N}]/u.test(after)) q.speaker = this.#namedAfter(i) ?? null;
          this.#emit(q, i, base + first.end, true);
        } else {
          this.#openAtEnd(q, i, base + first.end, nextInfo);
        }
        speakerHere = q.speaker;
        cursor = first.end;
      }
    }

    /** Reports the quote of `span` (or leaves it open for the next paragraph) and moves past it. */
    const close = (span: Span, speaker: string | null) => {
      const q: OpenQuote = { start: base + span.start, mark: span.open, paragraphs: [i], nested: span.nested.length, speaker, wrapped: false };
      // Only the last span can be open at the line's end.
      if (span.closed) this.#emit(q, i, base + span.end, true);
      else this.#openAtEnd(q, i, base + span.end, nextInfo);
      cursor = span.end;
    };
    const chinese = isChinese(text);
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k]!;
      const inner = text.slice(span.start + 1, span.closed ? span.end - 1 : span.end);
      if (span.end - span.start < 3 || !/[\p{L}\p{N}]/u.test(inner)) continue;
      // A name in capitals inside a credit (`… / HANS LUCAS POUR « LE QUOTIDIEN »`) is no speech.
      if (span.closed && CAPITALS.test(inner) && inner.length <= 40 && /\p{Lu}{2}/u.test(inner)) continue;
      if (span.closed && inner.length <= 60 && CODE_TOKEN.test(inner)) continue;
      // `« Older Comments`, `Newer posts »`: a link's arrow on a menu's line opens no quote.
      if (!span.closed && this.input.flaggedCategory(i) === 'navigation' && inner.length <= 40) continue;
      // `Walter “Bud” Simmons`: a nickname between a first name and a surname is part of the name.
      if (span.closed && NICKNAME.test(inner) && /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, span.start - 30), span.start))
        && /^\s\p{Lu}/u.test(text.slice(span.end, span.end + 3))) continue;
      // The text before the quote may introduce the person a pronoun after the quote means.
      const leadText = text.slice(cursor, span.start);
      this.#read(leadText);
      // In a wrapped paragraph the attribution may run over the line break, either way.
      const after = span.closed ? this.#afterSpan(text, spans, k) + (k === spans.length - 1 ? this.#runOn(i) : '') : '';
      const leadIn = cursor === 0 && block.wrapped && i > block.first ? (this.#previous?.text ?? '') + ' ' : '';
      if (k >= MAX_SEARCHED_PER_PARAGRAPH) {
        // Hundreds of quotes in one paragraph is not prose (a list of titles, a hostile file): the rest carry
        // the paragraph's speaker without a search of their own, which keeps such input fast.
        close(span, speakerHere);
        continue;
      }
      // `meneriakkan jargon "…"`, `spanduk bertuliskan "…"`: a slogan or a banner's words, nobody's speech.
      if (SLOGAN_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))) { close(span, null); continue; }
      const finder = this.#speakers();
      let attribution = chinese ? this.#hanAttribution(text, span, after) : undefined;
      // `Seorang pembeli yang enggan disebutkan namanya … "…," katanya`: the paragraph opens on someone unnamed and names
      // no one, so its `-nya` is theirs.
      const unnamedHere = UNNAMED_OPENING.test(leadText) && finder.people(leadText).length === 0;
      // (`Wilson tak tinggal diam. "…," timpal paslon 02`: a noun the texts named nobody by means the one the paragraph
      // opened on.)
      const afterPerson: LastPerson = (noun, strict) => {
        if (noun === undefined && unnamedHere) return null;
        if (noun === undefined && /\p{Lu}/u.test(leadText)) {
          const subject = finder.sentenceSubject(leadText.slice(0, sentenceStartBefore(leadText, leadText.length, 400)) || leadText, this.#fullName);
          if (subject) return subject;
        }
        const found = this.#currentPerson(noun, strict);
        return found === null && noun !== undefined && /\p{Lu}/u.test(leadText) ? finder.sentenceSubject(leadText, this.#fullName) ?? null : found;
      };
      if (span.closed) attribution ??= finder.after(after, afterPerson);
      // Only the sentence leading into the quote matters: a bounded window keeps long lines linear.
      const leading = text.slice(Math.max(0, span.start - 400), span.start);
      // A pronoun opening that sentence means whom the paragraph's sentences before it spoke of (`terdakwa Bambang
      // membantah keterangan Hendrik. Ia menyebut keterangan itu "…"`), before anyone from the paragraphs before.
      const earlier = leadText.slice(0, sentenceStartBefore(leadText, leadText.length, 400));
      const inParagraph: LastPerson = (noun, strict) => {
        const here = noun === undefined && /[\p{Lu}]/u.test(earlier)
          ? finder.sentenceSubject(earlier, this.#fullName) ?? finder.lastMentioned(earlier, this.#fullName)?.name : undefined;
        return here ?? this.#currentPerson(noun, strict);
      };
      attribution ??= finder.before(leadIn ? (leadIn + leading).slice(-400) : leading, inParagraph, this.#fullName);
      // `« Nous n’augmenterons pas les impôts, a-t-il assuré. Ni cette année… »`: the attribution set between commas
      // inside the quote marks, as French and Spanish write it.
      if (!attribution && span.closed) attribution = incise(finder, text.slice(span.start + 1, span.end - 1), this.#currentPerson);
      let speaker: string | null;
      const spokeBefore = attribution ? null : finder.lastMentioned(leadText, this.#fullName);
      if (attribution) speaker = attribution.speaker;
      else if (spokeBefore?.speaking) speaker = spokeBefore.name;
      else if (speakerHere) speaker = speakerHere;
      else {
        // No speech verb: the sentence just before the quote may be about its speaker (`Izuku grinned. “…”`).
        // Else, when the paragraph is (almost) only the quote, the speaker of the paragraph before carries on;
        // `「…」との声明が発表された` names nobody.
        // (A title quoted in a signature line, `—Mara Velde, "The Lantern Keeper"`, is no quote standing alone.)
        // (Chinese has no spaces: a lead of a few characters.)
        const onlyQuote = (chinese ? leadText.trim().length <= 8 : leadText.trim().split(/\s+/).filter(Boolean).length <= 4) && !/[\p{L}\p{N}]/u.test(after)
          && !/^\s*[—―–]\s*\p{Lu}/u.test(leadText);
        // The paragraph after may say who it was (`Hal itu disampaikan …`): that comes before any guess.
        const named = onlyQuote && span.closed && k === spans.length - 1 ? this.#namedAfter(i) : undefined;
        // `Für die Entschädigung habe er kämpfen müssen, sagte er. „…“`, `He had fought for years, he said. “…”`: the
        // sentence before reports the speaker's words with its own attribution, and the quote goes on in them.
        const reported = REPORTED.exec(leadText.slice(-120));
        const reportedBy = reported ? finder.after(reported[0], this.#currentPerson) : undefined;
        speaker = reportedBy ? reportedBy.speaker
          : finder.subjectBefore(leadText, this.#fullName) ?? named
            // `Ia juga mengingatkan … . "…"`: a sentence about the person a pronoun means, then their quote.
            ?? (finder.pronounOpensLast(leadText) ? this.#currentPerson() : undefined)
            ?? (onlyQuote && !furniture ? this.#previousSpeaker() : null);
      }
      // A body the text names as a person would be (`the sheriff's office said` after `The … Sheriff's Office`) is nobody.
      if (speaker && bodyName(speaker)) speaker = null;
      close(span, speaker);
      // Words read out by another: a pronoun after means the one who read them (`… kata saksi menirukan teriakan terdakwa.
      // Ia mengaku …`).
      if (span.closed && attribution?.narrator) {
        const narrator = (attribution.narrator.includes(' ') ? undefined : this.#fullName(attribution.narrator)) ?? attribution.narrator;
        this.#lastPerson = narrator;
        this.#remember(narrator);
      }
      if (speaker) {
        speakerHere = speaker;
        this.#named([{ text, name: speaker }]);
      }
    }
    const tail = text.slice(cursor);
    this.#read(tail);
    this.#previous = { speaker: speakerHere, text: tail };
  }
}

/** A line ending as a statement or a block of code does (`…;`, `… {`, `}`). */
const CODE_END = /(?:[;{]|^\s*\})\s*$/;
/** A string literal as code writes it: after `(`, `=` or `[`, or right before `)`, `;` or `]`. */
const CODE_STRING = /[=(\[]\s*["'`]|["'`]\s*[);\]]/;

/**
 * A string literal only code writes, whatever the line ends with: an argument or a key glued to a name (`get("/items"`,
 * `headers["User-Agent"]`), an assignment (`lang = "en"`), a dictionary printed (`{'csrftoken': '7d1e0b'`), a JSON member.
 */
const CODE_LITERAL = /[\w\])][(\[]["'`]|\w\s?=\s?["'`]|^[{\[]\s*["'][^"'\s]+["']\s*:/;
/** A JSON object's member on its own line: `"outDir": "dist",`, `"cache": {`, `"entry": ["src/main.cv"]`. */
const JSON_MEMBER = /^"[^"\s]{1,60}"\s*:\s*(?:"[^"]*"|-?\d[\d.eE+-]*|true|false|null|\[.*\]|\{.*\}|[[{])\s*,?$/;

/** Commas inside a quote looked at for an attribution set between them. */
const MAX_INCISES = 12;
/** Words an attribution inside a quote runs to (`a-t-il assuré`, `ha spiegato l'assessore ai Lavori pubblici, X`). */
const INCISE_WORDS = 10;

/**
 * The attribution a quote carries inside its marks, between commas: `…, a-t-il assuré. …`, `…, dijo Ana Ruiz, …`.
 * A clause after a comma that opens in lower case and ends within a few words is read as the text after a quote.
 */
function incise(finder: SpeakerFinder, inner: string, lastPerson: LastPerson): Attribution {
  const text = inner.length > 2000 ? inner.slice(0, 2000) : inner;
  let seen = 0;
  for (const m of text.matchAll(/,\s+(?=\p{Ll})/gu)) {
    if (++seen > MAX_INCISES) break;
    const rest = text.slice(m.index);
    // The clause runs to the sentence's end: a title and a name may follow the verb (`ha spiegato l'assessore ai
    // Lavori pubblici, Roberto Salvi.`).
    // Else to the next comma: the attribution between two commas, the sentence going on (`« Ce chantier, affirme
    // Nadia Kessler, vice-présidente …, montre … »`).
    const sentenceEnd = /[.;!?…]/.exec(rest.slice(1));
    const comma = /,/.exec(rest.slice(1));
    for (const end of [sentenceEnd, comma]) {
      if (!end) continue;
      const clause = rest.slice(0, end.index + 2);
      if (clause.split(/\s+/).length - 1 > INCISE_WORDS) continue;
      const found = finder.after(clause, lastPerson);
      if (found) return found;
      break;
    }
  }
  return undefined;
}

/** A dash opening a paragraph before speech: `— Eu até compreendo…`, `—¿Qué pasó?`. */
const DASH_OPEN = /^[—–]\s?(?=[\p{Lu}¿¡])/u;

/**
 * Where the speech a paragraph opens with a dash (`DASH_OPEN`) ends: before the attribution that closes it, after
 * a comma (`…, garantiu.`, in a few words) or a dash (`… — disse Joaquim Serrano, reformado, …`). Without one the
 * dash opens no speech (`— Reporting by …`, a list's item).
 */
function dashQuote(finder: SpeakerFinder, text: string, lastPerson: LastPerson): number | undefined {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  let seen = 0;
  // `…, garantiu.`, `… — disse X`, `…? demande une habituée`: the speech ends before the comma or dash, after the mark.
  for (const m of sample.matchAll(/,\s+(?=\p{Ll})|\s[—–]\s?(?=\p{Ll})|[?!…]\s+(?=\p{Ll})/gu)) {
    if (++seen > MAX_INCISES) break;
    const ends = /^[?!…]/.test(m[0]) ? m.index + 1 : m.index;
    const rest = sample.slice(ends);
    const end = /[.;!?…]/.exec(rest.slice(1));
    const clause = end ? rest.slice(0, end.index + 2) : rest;
    if (m[0].startsWith(',') && clause.split(/\s+/).length - 1 > INCISE_WORDS) continue;
    if (finder.after(clause, lastPerson)) return ends;
  }
  return undefined;
}

/** Quotations and their speakers, paragraph by paragraph (see `QuoteScanner`). */
export const quotes: Detector = {
  id: 'quote/quotes',
  description: 'Quotations and who said them',
  kind: 'quote',
  categories: ['direct', 'multi-paragraph', 'unclosed'],
  detect({ infos, language, stopwords, lowerWords, flagged, report, quoteStates }) {
    const scanner = new QuoteScanner({
      info: (k) => infos[k]!, stopwords, lowerWords, report, language,
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
  return { has: (w: string) => stop.has(w) || lower.has(w) || KIN_OF_HER.test(w) } as ReadonlySet<string>;
}

/** `Suaminya`, `Ibunya` opening a sentence: her husband, his mother (Indonesian), a relative's noun, no name. */
const KIN_OF_HER = /^(?:suami|istri|ayah|ayahanda|ibu|ibunda|anak|kakak|adik|nenek|kakek|putra|putri|paman|bibi|mertua)nya$/i;

/** Whether a nickname (`Bang Irul`) is `nick`, or `nick` with the honorific the speaker reader leaves out (`Irul`). */
function nicknamed(nickname: string, nick: string): boolean {
  if (nickname === nick) return true;
  const space = nickname.indexOf(' ');
  return space > 0 && nickname.slice(space + 1) === nick && speechCues().honorifics.has(nickname.slice(0, space).toLowerCase());
}

/** A surname written alone with its particle capitalised (`Van Dalen`). */
const SURNAME_START = /^(?:Van|Von|Ter|Ten|Den|De) \p{Lu}/u;

/** Whether `word` names the person `name`: it is the name, or its first or last word. */
function namedBy(name: string, word: string): boolean {
  if (name === word) return true;
  // `Van Dalen` for `Gerrit van Dalen`: the particle is capitalised where the surname stands alone.
  if (SURNAME_START.test(word)) return namedBy(name, word.charAt(0).toLowerCase() + word.slice(1));
  return name.length > word.length && ((name.startsWith(word) && name[word.length] === ' ') || (name.endsWith(word) && name[name.length - word.length - 1] === ' '));
}

function leadingOffset(text: string): number {
  return /^[\s>*_]*/.exec(text)![0].length;
}
