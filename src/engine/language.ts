import { franc } from 'franc-min';
import { LANGUAGE_PACKS, stopwords } from './lang';

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
 * fast enough to run on every keystroke.
 */
const CANDIDATES = [...new Set([
  ...LANGUAGE_PACKS.flatMap((p) => p.iso6393),
  'slk', 'pol', 'rus', 'ukr', 'bul', 'srp', 'hrv', 'bos', 'slv', 'hun', 'ron', 'tur', 'swe', 'dan', 'nob', 'fin',
  'cat', 'glg', 'vie', 'tgl', 'swh', 'afr', 'lit', 'lav', 'est',
  'cmn', 'jpn', 'kor', 'arb', 'pes', 'urd', 'hin', 'ben', 'tha', 'ell', 'heb', 'tam', 'tel', 'mya', 'khm',
])];

/** Characters sampled for detection: enough for a stable answer, bounded so huge files stay fast. */
const SAMPLE_CHARS = 2000;

/**
 * Detects the language of an article from a sample of its longest prose lines (menus and counters
 * carry little signal). Returns an ISO 639-1 code or `und`.
 */
export function detectLanguage(lines: readonly (string | { readonly text: string })[]): string {
  const candidates: string[] = [];
  let total = 0;
  // Prose lines first: long lines with spaces, taken in document order until the sample is full.
  const textOf = (l: string | { readonly text: string }) => (typeof l === 'string' ? l : l.text);
  for (const item of lines) {
    const line = textOf(item);
    if (line.length < 40 || line.indexOf(' ') < 0 && line.length < 200) continue;
    candidates.push(line.length > 2000 ? line.slice(0, 2000) : line);
    total += Math.min(line.length, 2000);
    if (total >= SAMPLE_CHARS) break;
  }
  if (total < 200) {
    for (const item of lines) {
      const line = textOf(item);
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
  return ISO6393_TO_1.get(code) ?? 'und';
}

/**
 * The cheap first look: when one of our languages' stopwords clearly dominate the sample, that is the
 * language (franc costs several milliseconds per call, this well under one). Close calls go to franc.
 */
function byStopwords(sample: string): string | undefined {
  const words = sample.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu);
  if (!words || words.length < 30) return undefined;
  const counted = words.length > 400 ? words.slice(0, 400) : words;
  let best = '';
  let bestHits = 0;
  let second = 0;
  for (const pack of LANGUAGE_PACKS) {
    const stop = stopwords(pack.code);
    let hits = 0;
    for (const w of counted) if (stop.has(w)) hits++;
    if (hits > bestHits) { second = bestHits; bestHits = hits; best = pack.code; } else if (hits > second) second = hits;
  }
  return bestHits / counted.length >= 0.25 && bestHits >= second * 1.6 ? best : undefined;
}
