import { franc } from 'franc-min';
import { LANGUAGE_PACKS, stopwords } from './lang';
import francCandidates from './lang/franc-candidates.json';

/** ISO 639-3 → 639-1 for the languages franc-min knows that have no cue pack of ours. */
const OTHER_ISO6391: Readonly<Record<string, string>> = {
  cmn: 'zh', rus: 'ru', ukr: 'uk', pol: 'pl', tur: 'tr', arb: 'ar', jpn: 'ja', kor: 'ko', hin: 'hi', ben: 'bn',
  vie: 'vi', tha: 'th', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', hun: 'hu', ron: 'ro', ell: 'el', bul: 'bg',
  hrv: 'hr', srp: 'sr', slk: 'sk', slv: 'sl', lit: 'lt', lav: 'lv', est: 'et', cat: 'ca', glg: 'gl', eus: 'eu',
  pes: 'fa', urd: 'ur', heb: 'he', tgl: 'tl', swh: 'sw', bel: 'be', kaz: 'kk', uzn: 'uz', azj: 'az', tam: 'ta',
  tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig',
  som: 'so', zul: 'zu', xho: 'xh', afr: 'af', nld: 'nl', mya: 'my', khm: 'km', sin: 'si', npi: 'ne',
};

const ISO6393_TO_1 = new Map<string, string>();
for (const pack of LANGUAGE_PACKS) for (const code of pack.iso6393) ISO6393_TO_1.set(code, pack.code);
for (const [three, one] of Object.entries(OTHER_ISO6391)) if (!ISO6393_TO_1.has(three)) ISO6393_TO_1.set(three, one);

/**
 * Languages franc compares the sample with: every language we have cues for, the major European and
 * Asian languages, and the single-script ones (their script decides). Fewer candidates keep detection
 * fast enough to run on every keystroke; the bundles keep only these languages' trigram tables
 * (`esbuild.mjs`), so the list lives in a file the build reads too.
 */
const CANDIDATES: string[] = francCandidates;

/** Characters sampled for detection: enough for a stable answer, bounded so huge files stay fast. */
const SAMPLE_CHARS = 2000;

/**
 * Detects the language of an article from a sample of its longest prose lines (menus and counters
 * carry little signal). Returns an ISO 639-1 code or `und`.
 */
export function detectLanguage(lines: Iterable<{ readonly text: string }>): string {
  const candidates: string[] = [];
  let total = 0;
  // Prose lines first: long lines with spaces, taken in document order until the sample is full.
  for (const { text: line } of lines) {
    if (line.length < 40 || line.indexOf(' ') < 0 && line.length < 200) continue;
    candidates.push(line.length > 2000 ? line.slice(0, 2000) : line);
    total += Math.min(line.length, 2000);
    if (total >= SAMPLE_CHARS) break;
  }
  if (total < 200) {
    for (const { text: line } of lines) {
      // Blank lines add nothing to the sample (franc collapses whitespace) but would cost a push each.
      if (line.length >= 40 || !/\S/.test(line)) continue;
      candidates.push(line);
      total += line.length;
      if (total >= SAMPLE_CHARS) break;
    }
  }
  const sample = candidates.join('\n');
  if (sample.replace(/\s+/g, '').length < 20) return 'und';
  const quick = byStopwords(sample);
  if (quick) return quick;
  const code = franc(sample, { minLength: 20, only: CANDIDATES });
  return ISO6393_TO_1.get(code) ?? ownScript(sample) ?? 'und';
}

/**
 * Languages that own their script but that franc-min does not know (it keeps only languages with many speakers):
 * when most of the sample's letters are in that script, it is the language.
 */
const OWN_SCRIPTS: readonly (readonly [string, RegExp])[] = [
  ['he', /\p{Script=Hebrew}/gu], ['ka', /\p{Script=Georgian}/gu], ['hy', /\p{Script=Armenian}/gu],
];

function ownScript(sample: string): string | undefined {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  for (const [code, script] of OWN_SCRIPTS) if ((sample.match(script)?.length ?? 0) > letters / 2) return code;
  return undefined;
}

/**
 * The cheap first look: when one of our languages' stopwords clearly dominate the sample, that is the
 * language (franc costs several milliseconds per call, this well under one). Close calls go to franc.
 */
function byStopwords(sample: string): string | undefined {
  const membership = stopwordMembership();
  const hits = new Array<number>(LANGUAGE_PACKS.length).fill(0);
  // The first 400 words decide: the rest of the sample is not tokenised.
  const word = /[\p{L}]+(?:['’][\p{L}]+)?/gu;
  const lower = sample.toLowerCase();
  let n = 0;
  for (let m: RegExpExecArray | null; n < 400 && (m = word.exec(lower)); n++) {
    // Each pack the word is a stopword of: the mask's set bits.
    for (let mask = membership.get(m[0]) ?? 0; mask; mask &= mask - 1) hits[31 - Math.clz32(mask & -mask)]!++;
  }
  if (n < 30) return undefined;
  let best = '';
  let bestHits = 0;
  let second = 0;
  hits.forEach((h, p) => {
    if (h > bestHits) { second = bestHits; bestHits = h; best = LANGUAGE_PACKS[p]!.code; } else if (h > second) second = h;
  });
  return bestHits / n >= 0.25 && bestHits >= second * 1.6 ? best : undefined;
}

let membershipCache: Map<string, number> | undefined;

/** Every stopword of our packs, with a bit per pack (in LANGUAGE_PACKS order) it belongs to: one lookup per word. */
function stopwordMembership(): Map<string, number> {
  if (membershipCache) return membershipCache;
  const map = new Map<string, number>();
  LANGUAGE_PACKS.forEach((pack, p) => {
    if (pack.light) return;
    for (const w of stopwords(pack.code)) map.set(w, (map.get(w) ?? 0) | (1 << p));
  });
  return (membershipCache = map);
}
