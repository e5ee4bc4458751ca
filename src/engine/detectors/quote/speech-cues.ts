import { LANGUAGE_PACKS } from '../../lang';
import { PhraseList } from '../../text/phrases';

/**
 * Speech cues from every language pack at once: articles quote people in other languages, and a French
 * quote in an English story is still attributed with `a déclaré`.
 */
export interface SpeechCues {
  /** Speech verbs, as whole words: `said`, `a déclaré`, `ha detto`, `ujarnya`. */
  readonly verbs: PhraseList;
  /** `according to`, `menurut`, `selon`. */
  readonly accordingTo: PhraseList;
  /** The first words of those phrases, lower case: what a name run opening on one is looked up by first. */
  readonly accordingFirst: ReadonlySet<string>;
  /** `hal itu`, `demikian`: a paragraph opening so names who said the quote before it. */
  readonly backReferences: PhraseList;
  readonly pronouns: ReadonlySet<string>;
  /** Job titles and ranks, lower case. */
  readonly titles: ReadonlySet<string>;
  /** Police and military ranks, lower case: they title a person, never an office (`AKBP`, `Kombes`). */
  readonly ranks: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  /** Fields after a title (`keuangan` in `Menteri Keuangan …`), lower case. */
  readonly portfolios: ReadonlySet<string>;
  /** Nouns for what a person is or does (`teacher`, `pemilik`), lower case. */
  readonly roles: ReadonlySet<string>;
  /** Roles and nouns for a person (`woman`, `bocah`), lower case: what a phrase pointing back at someone names. */
  readonly referents: ReadonlySet<string>;
  /** Titles of an office over a region, which news writes before the region's name (`bupati`), lower case. */
  readonly regionTitles: ReadonlySet<string>;
  /** Compass words that end a region's name (`Barat` in `Jawa Barat`), lower case. */
  readonly compass: ReadonlySet<string>;
  /** Day and month names, lower case. */
  readonly calendar: ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]");
/** Regular-expression sources of the phrases, longest first (so a longer phrase wins where two start). */
const alternatives = (list: Iterable<string>) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape);
// Pronouns that are also everyday words in another language (Czech `on` = he) are left out.
const AMBIGUOUS_PRONOUNS = new Set(['on', 'a', 'i', 'o', 'e', 'el', 'die', 'der', 'ze', 'je']);

let cached: SpeechCues | undefined;

export function speechCues(): SpeechCues {
  if (cached) return cached;
  cached = {
    verbs: new PhraseList(alternatives(LANGUAGE_PACKS.flatMap((p) => p.speechVerbs))),
    accordingTo: new PhraseList(alternatives(LANGUAGE_PACKS.flatMap((p) => p.accordingTo))),
    accordingFirst: new Set(LANGUAGE_PACKS.flatMap((p) => p.accordingTo).map((w) => w.split(' ')[0]!.toLowerCase())),
    backReferences: new PhraseList(alternatives(LANGUAGE_PACKS.flatMap((p) => p.quoteBackReferences ?? []))),
    pronouns: new Set(LANGUAGE_PACKS.flatMap((p) => p.pronouns).map((w) => w.toLowerCase()).filter((w) => !AMBIGUOUS_PRONOUNS.has(w))),
    titles: new Set(LANGUAGE_PACKS.flatMap((p) => [...p.titles ?? [], ...p.ranks ?? []]).map((w) => w.toLowerCase())),
    ranks: new Set(LANGUAGE_PACKS.flatMap((p) => p.ranks ?? []).map((w) => w.toLowerCase())),
    honorifics: new Set(LANGUAGE_PACKS.flatMap((p) => p.honorifics ?? []).map((w) => w.toLowerCase())),
    portfolios: new Set(LANGUAGE_PACKS.flatMap((p) => p.portfolios ?? []).map((w) => w.toLowerCase())),
    roles: new Set(LANGUAGE_PACKS.flatMap((p) => p.roles ?? []).map((w) => w.toLowerCase())),
    referents: new Set(LANGUAGE_PACKS.flatMap((p) => [...p.roles ?? [], ...p.personNouns ?? []]).map((w) => w.toLowerCase())),
    regionTitles: new Set(LANGUAGE_PACKS.flatMap((p) => p.regionTitles ?? []).map((w) => w.toLowerCase())),
    compass: new Set(LANGUAGE_PACKS.flatMap((p) => p.compassWords ?? []).map((w) => w.toLowerCase())),
    calendar: new Set(LANGUAGE_PACKS.flatMap((p) => p.calendarWords ?? []).map((w) => w.toLowerCase())),
  };
  return cached;
}
