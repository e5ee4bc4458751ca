import stopwordsIso from 'stopwords-iso';
import stopwordLanguages from './stopword-languages.json';
import type { LanguagePack } from './types';
import { en } from './en';
import { id } from './id';
import { es } from './es';
import { fr } from './fr';
import { de } from './de';
import { pt } from './pt';
import { it } from './it';
import { nl } from './nl';
import { cs } from './cs';
import { zh } from './zh';
import { ru } from './ru';
import { pl } from './pl';
import { tr } from './tr';
import { sv } from './sv';
import { ar } from './ar';
import { he } from './he';
import { ja } from './ja';
import { uk } from './uk';
import { ro } from './ro';
import { el } from './el';
import { hu } from './hu';

export type { LanguagePack } from './types';

/** Every language with cue lists, in the order used when merging cues for unknown text (the full packs first). */
export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, id, es, fr, de, pt, it, nl, cs, zh, ru, pl, tr, sv, ar, he, ja, uk, ro, el, hu];

const byCode = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

export function languagePack(code: string): LanguagePack | undefined {
  return byCode.get(code);
}

const stopwordCache = new Map<string, ReadonlySet<string>>();

/**
 * Languages whose stopword lists the engine reads: ours, and the major ones detection names that fit the
 * package's size budget (`esbuild.mjs` bundles exactly these lists, so the engine under test is the one
 * shipped). Text in another language has no stopwords, and the rules that tell prose by them stay silent.
 * Languages written without spaces are not listed: their stopwords never stand as words of their own; nor are
 * Hebrew and Turkish, whose prefixes and suffixes hide their function words (a third of a Turkish or Hebrew page's
 * paragraphs hold fewer than the share of stopwords that tells prose, so furniture rules would take body lines).
 */
const WITH_STOPWORDS: ReadonlySet<string> = new Set(stopwordLanguages);

/** The language's stopwords (from the `stopwords-iso` lists), lower case; empty for other codes. */
export function stopwords(code: string): ReadonlySet<string> {
  let set = stopwordCache.get(code);
  if (!set) {
    const list = WITH_STOPWORDS.has(code) ? (stopwordsIso as Record<string, string[] | undefined>)[code] ?? [] : [];
    set = new Set(list.map((w) => w.toLowerCase()));
    stopwordCache.set(code, set);
  }
  return set;
}
