import type { Cues } from '../../cues';
import { nameRuns, type NameRun } from './names';

/** Who is speaking, as far as the text says; `undefined` means the text gives no cue at all. */
export type Attribution = { speaker: string | null } | undefined;

const PRONOUN_SUFFIX = /nya$/i; // Indonesian `katanya`, `ujarnya`: "said he/she".

/**
 * The best name for the subject of a speech verb, from the text before the verb in the same sentence.
 *
 *     Gubernur wilayah yang ditunjuk Kremlin, Kirill Stremousov, mengatakan:   → Kirill Stremousov
 *     Serhiy Shaptala, Staf Umum Angkatan Bersenjata Ukraina, bersukacita …:   → Serhiy Shaptala
 *     Nova said                                                                 → Nova
 */
export function subjectBefore(region: string, stop: ReadonlySet<string>): NameRun | undefined {
  const runs = nameRuns(region, stop);
  let best: NameRun | undefined;
  let bestScore = 0;
  const tailStart = region.trimEnd().length;
  runs.forEach((run) => {
    const gap = region.slice(run.end, tailStart);
    const adjacent = /^\s*$/.test(gap);
    const shape = run.words >= 2 && run.words <= 3 ? 3 : run.words === 4 ? 2 : run.words === 1 ? (adjacent ? 2 : 0) : 1;
    if (shape === 0) return;
    const score = shape + run.end / (tailStart + 1) * 0.5;
    if (score > bestScore) { bestScore = score; best = run; }
  });
  return best;
}

/**
 * The name after a speech verb: the first capitalised run within two words of the verb
 * (`kata Mevi saat ditemui Kompas.com` → Mevi, `tanya sus Rini` → Rini), else the first run right after a
 * comma (`ucap ilmuwan di balik studi tersebut, Jan Havlíček` → Jan Havlíček).
 */
export function nameAfter(text: string, stop: ReadonlySet<string>): NameRun | undefined {
  const phrase = /^[^.;:!?“”"«»()]*/.exec(text)![0];
  const runs = nameRuns(phrase, stop);
  for (const run of runs) {
    const gap = phrase.slice(0, run.start);
    const lastComma = gap.lastIndexOf(',');
    const sinceComma = gap.slice(lastComma + 1);
    const wordsBetween = sinceComma.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (lastComma < 0 && wordsBetween <= 2) return run;
    if (lastComma >= 0 && wordsBetween === 0) return run;
    if (gap.split(',').length > 2) break;
  }
  return undefined;
}

/**
 * Attribution from the text right after a closing quote mark:
 *
 *     “…,” kata Budi Santoso.  ·  “…,” said Smith.  ·  “…,” Smith said.  ·  ‘…’. Kiev Merdeka laporan.
 *     “…,” ujarnya.  ·  “…,” she said.
 */
export function attributionAfter(after: string, cues: Cues, stop: ReadonlySet<string>, lastPerson: string | null): Attribution {
  const text = after.slice(0, 160);
  const lead = /^[\s,.!?;:—–\-*_]*/.exec(text)![0].length;
  const rest = text.slice(lead);
  const firstWord = /^[\p{L}\p{M}'’-]+/u.exec(rest)?.[0];
  if (!firstWord) return undefined;
  const lower = firstWord.toLowerCase();
  // verb + name / verb + pronoun / verb-nya
  const suffixed = PRONOUN_SUFFIX.test(lower) && cues.speechVerbs.has(lower.replace(PRONOUN_SUFFIX, ''));
  // `ujarnya saat meresmikan Stasiun …`: the suffix is the speaker; later names are places or addressees.
  if (suffixed) return { speaker: lastPerson };
  if (cues.speechVerbs.has(lower)) {
    const afterVerb = rest.slice(firstWord.length);
    const nextWord = /^\s+([\p{L}'’-]+)/u.exec(afterVerb)?.[1]?.toLowerCase();
    if (nextWord && cues.pronouns.has(nextWord)) return { speaker: lastPerson };
    const name = nameAfter(afterVerb.trimStart(), stop);
    if (name) return { speaker: name.name };
    if (/^\s*[.,!?]/.test(afterVerb)) return { speaker: lastPerson };
    return { speaker: null };
  }
  // pronoun + verb
  if (cues.pronouns.has(lower)) {
    const verb = /^\s+([\p{L}'’-]+)/u.exec(rest.slice(firstWord.length))?.[1]?.toLowerCase();
    if (verb && cues.speechVerbs.has(verb)) return { speaker: lastPerson };
    return undefined;
  }
  // name + verb (`Smith said`, `Kiev Merdeka laporan`), within the same short sentence.
  const runs = nameRuns(rest.slice(0, 80), stop);
  const run = runs[0];
  if (run && run.start === 0) {
    const verb = /^[\s,]+([\p{L}'’-]+)/u.exec(rest.slice(run.end))?.[1]?.toLowerCase();
    if (verb && cues.speechVerbs.has(verb)) return { speaker: run.name };
  }
  return undefined;
}

/**
 * Attribution from the sentence that leads into the quote:
 *
 *     X mengatakan: “…”  ·  X said: "…"  ·  According to X, "…"  ·  Menurut X, “…”  ·  dia berkata: “…”
 */
export function attributionBefore(before: string, cues: Cues, stop: ReadonlySet<string>, lastPerson: string | null): Attribution {
  // The sentence the quote stands in: back to the last sentence end that is not inside the lead-in.
  const sentenceStart = Math.max(0, before.search(/[^.!?]*$/));
  const sentence = before.slice(sentenceStart).slice(-400);
  cues.accordingTo.lastIndex = 0;
  let m: RegExpExecArray | null;
  let according: RegExpExecArray | null = null;
  while ((m = cues.accordingTo.exec(sentence))) according = m;
  cues.speechVerb.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  while ((m = cues.speechVerb.exec(sentence))) verb = m;
  if (according && (!verb || according.index > verb.index)) {
    const name = nameAfter(sentence.slice(according.index + according[0].length).trimStart(), stop);
    if (name) return { speaker: name.name };
  }
  if (!verb) return undefined;
  const region = sentence.slice(0, verb.index);
  const lastWord = /([\p{L}'’-]+)[\s,]*$/u.exec(region)?.[1]?.toLowerCase();
  if (lastWord && cues.pronouns.has(lastWord)) return { speaker: lastPerson };
  const subject = subjectBefore(region, stop);
  if (subject) return { speaker: subject.name };
  // `kata Budi: “…”` — the name follows the verb.
  const after = nameAfter(sentence.slice(verb.index + verb[0].length).trimStart(), stop);
  if (after) return { speaker: after.name };
  return { speaker: null };
}
