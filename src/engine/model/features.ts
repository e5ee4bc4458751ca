import type { LineInfo } from '../document';

/**
 * Line features for the learned classifier, after jusText: a line's own shape (length, punctuation,
 * stopword density, capitals) and its neighbourhood (are the lines around it prose or furniture?).
 * Keep the order stable: the shipped weights index into it.
 */
export const FEATURE_NAMES = [
  'bias', 'logChars', 'logWords', 'terminal', 'stopRatio', 'capRatio', 'digitRatio', 'upperRatio', 'punctRatio',
  'hasUrl', 'startsUpper', 'endsColon', 'separators', 'wordsLe3', 'avgWordLen',
  'prevTerminal', 'prevLogWords', 'prevStop', 'nextTerminal', 'nextLogWords', 'nextStop',
  'prevFlagged', 'nextFlagged', 'position', 'edgeDistance', 'proseAround', 'proseNear', 'inBlock', 'hasQuote',
  'mdHeading', 'mdList', 'mdTable',
  'proseBefore', 'proseAfter', 'distPrevProse', 'distNextProse', 'proseShareBefore', 'shortRun', 'flaggedAround',
  'titleCase', 'prevCaptionish', 'logChars2',
] as const;

export const FEATURE_COUNT = FEATURE_NAMES.length;

const isProse = (i: LineInfo | undefined) => !!i && i.terminal && i.words.length >= 10 && i.stopRatio >= 0.2;

/** Features of every non-blank line (rows of `FEATURE_COUNT` numbers; blank lines get `null`). */
export function lineFeatures(infos: readonly LineInfo[], flagged: ReadonlySet<number>): (Float64Array | null)[] {
  const nonBlank: number[] = [];
  for (const info of infos) if (!info.blank) nonBlank.push(info.line.index);
  const rank = new Map<number, number>();
  nonBlank.forEach((index, r) => rank.set(index, r));
  // Prefix sums of prose lines over the non-blank sequence, for "how much prose is around" queries.
  const prose = new Int32Array(nonBlank.length + 1);
  nonBlank.forEach((index, r) => { prose[r + 1] = prose[r]! + (isProse(infos[index]) ? 1 : 0); });
  const proseIn = (a: number, b: number) => {
    const lo = Math.max(0, a);
    const hi = Math.min(nonBlank.length, b);
    return hi > lo ? (prose[hi]! - prose[lo]!) / (hi - lo) : 0;
  };
  const n = nonBlank.length;
  const totalProse = prose[n]!;
  // Distance (in non-blank lines) to the nearest prose line before and after.
  const distPrev = new Int32Array(n);
  const distNext = new Int32Array(n);
  let last = -1;
  for (let r = 0; r < n; r++) { distPrev[r] = last < 0 ? 1000 : r - last; if (isProse(infos[nonBlank[r]!])) last = r; }
  last = -1;
  for (let r = n - 1; r >= 0; r--) { distNext[r] = last < 0 ? 1000 : last - r; if (isProse(infos[nonBlank[r]!])) last = r; }
  // Length of the run of short, unpunctuated lines each line belongs to.
  const shortLine = (i: LineInfo) => !i.terminal && i.words.length <= 8;
  const run = new Int32Array(n);
  for (let r = 0; r < n;) {
    let e = r;
    if (shortLine(infos[nonBlank[r]!]!)) while (e + 1 < n && shortLine(infos[nonBlank[e + 1]!]!)) e++;
    for (let k = r; k <= e; k++) run[k] = shortLine(infos[nonBlank[r]!]!) ? e - r + 1 : 0;
    r = e + 1;
  }
  const flaggedRank = new Int32Array(n + 1);
  nonBlank.forEach((index, r) => { flaggedRank[r + 1] = flaggedRank[r]! + (flagged.has(index) ? 1 : 0); });
  const flaggedIn = (a: number, b: number) => {
    const lo = Math.max(0, a);
    const hi = Math.min(n, b);
    return hi > lo ? (flaggedRank[hi]! - flaggedRank[lo]!) / (hi - lo) : 0;
  };
  return infos.map((info) => {
    if (info.blank) return null;
    const t = info.t.length > 5000 ? info.t.slice(0, 5000) : info.t;
    const chars = t.length;
    let digits = 0, upper = 0, punct = 0, letters = 0;
    for (let k = 0; k < chars; k++) {
      const c = t.charCodeAt(k);
      if (c >= 48 && c <= 57) digits++;
      else if (c >= 65 && c <= 90) { upper++; letters++; } else if (c >= 97 && c <= 122) letters++;
      else if (c > 127) { if (t[k] !== t[k]!.toLowerCase()) upper++; letters++; } else if (c !== 32) punct++;
    }
    const words = info.words.length;
    const prev = info.prev >= 0 ? infos[info.prev] : undefined;
    const next = info.next >= 0 ? infos[info.next] : undefined;
    const r = rank.get(info.line.index)!;
    const f = new Float64Array(FEATURE_COUNT);
    let k = 0;
    f[k++] = 1;
    f[k++] = Math.log1p(chars) / 5;
    f[k++] = Math.log1p(words) / 4;
    f[k++] = info.terminal ? 1 : 0;
    f[k++] = info.stopRatio;
    f[k++] = info.capRatio;
    f[k++] = chars ? digits / chars : 0;
    f[k++] = letters ? upper / letters : 0;
    f[k++] = chars ? punct / chars : 0;
    f[k++] = /https?:\/\/|www\./.test(t) ? 1 : 0;
    f[k++] = /^\p{Lu}/u.test(t) ? 1 : 0;
    f[k++] = /:\s*$/.test(t) ? 1 : 0;
    f[k++] = Math.min(3, (t.match(/\s[|•·»›]\s/g) ?? []).length) / 3;
    f[k++] = words <= 3 ? 1 : 0;
    f[k++] = words ? Math.min(15, (letters + digits) / words) / 15 : 0;
    f[k++] = prev ? (prev.terminal ? 1 : 0) : 0.5;
    f[k++] = prev ? Math.log1p(prev.words.length) / 4 : 0;
    f[k++] = prev ? prev.stopRatio : 0;
    f[k++] = next ? (next.terminal ? 1 : 0) : 0.5;
    f[k++] = next ? Math.log1p(next.words.length) / 4 : 0;
    f[k++] = next ? next.stopRatio : 0;
    f[k++] = info.prev >= 0 && flagged.has(info.prev) ? 1 : 0;
    f[k++] = info.next >= 0 && flagged.has(info.next) ? 1 : 0;
    f[k++] = n > 1 ? r / (n - 1) : 0.5;
    f[k++] = Math.min(r, n - 1 - r) / Math.max(1, n) * 2;
    f[k++] = proseIn(r - 5, r + 6);
    f[k++] = proseIn(r - 1, r + 2);
    f[k++] = info.prev === info.line.index - 1 || info.next === info.line.index + 1 ? 1 : 0;
    f[k++] = /["“”„«»「」]/.test(t) ? 1 : 0;
    f[k++] = info.block === 'heading' ? 1 : 0;
    f[k++] = info.block === 'list' ? 1 : 0;
    f[k++] = info.block === 'table' ? 1 : 0;
    f[k++] = proseIn(r - 10, r);
    f[k++] = proseIn(r + 1, r + 11);
    f[k++] = Math.log1p(Math.min(distPrev[r]!, 200)) / 5;
    f[k++] = Math.log1p(Math.min(distNext[r]!, 200)) / 5;
    f[k++] = totalProse ? prose[r]! / totalProse : 0;
    f[k++] = Math.log1p(run[r]!) / 4;
    f[k++] = flaggedIn(r - 3, r + 4);
    const raw = t.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    f[k++] = raw.length ? raw.filter((w) => w.length > 3 && /^\p{Lu}/u.test(w)).length / raw.length : 0;
    f[k++] = prev && /^(?:\d{1,3}|\d{1,3}\s*\/\s*\d{1,3})$/.test(prev.t) ? 1 : 0;
    f[k++] = (Math.log1p(chars) / 5) ** 2;
    return f;
  });
}
