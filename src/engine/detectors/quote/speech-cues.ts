import { LANGUAGE_PACKS } from '../../lang';

/**
 * Speech cues from every language pack at once: articles quote people in other languages, and a French
 * quote in an English story is still attributed with `a déclaré`.
 */
export interface SpeechCues {
  /** A speech verb anywhere (global, for scanning). */
  readonly verb: RegExp;
  /** A speech verb at the start of the text: `said Smith`, `a déclaré X`, `ha detto X`. */
  readonly verbAtStart: RegExp;
  /** `according to`, `menurut`, `selon` (global). */
  readonly accordingTo: RegExp;
  /** The same at the start of the text. */
  readonly accordingToAtStart: RegExp;
  readonly pronouns: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]");
const union = (list: Iterable<string>) => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// Pronouns that are also everyday words in another language (Czech `on` = he) are left out.
const AMBIGUOUS_PRONOUNS = new Set(['on', 'a', 'i', 'o', 'e', 'el', 'die', 'der', 'ze', 'je']);

let cached: SpeechCues | undefined;

export function speechCues(): SpeechCues {
  if (cached) return cached;
  const verbs = union(LANGUAGE_PACKS.flatMap((p) => p.speechVerbs));
  const according = union(LANGUAGE_PACKS.flatMap((p) => p.accordingTo));
  cached = {
    verb: new RegExp(`${B}(?:${verbs})${E}`, 'giu'),
    verbAtStart: new RegExp(`^(?:${verbs})${E}`, 'iu'),
    accordingTo: new RegExp(`${B}(?:${according})${E}`, 'giu'),
    accordingToAtStart: new RegExp(`^(?:${according})${E}`, 'iu'),
    pronouns: new Set(LANGUAGE_PACKS.flatMap((p) => p.pronouns).map((w) => w.toLowerCase()).filter((w) => !AMBIGUOUS_PRONOUNS.has(w))),
    titles: new Set(LANGUAGE_PACKS.flatMap((p) => p.titles ?? []).map((w) => w.toLowerCase())),
    honorifics: new Set(LANGUAGE_PACKS.flatMap((p) => p.honorifics ?? []).map((w) => w.toLowerCase())),
  };
  return cached;
}
