import { splitLines, isBlank } from './text/lines';
import type { Finding, FindingKind } from './types';

export interface Edit {
  /** Offsets in the original text, [start, end). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface StripResult {
  readonly output: string;
  /** The edits that turn the input into `output` (deletions of whole lines). */
  readonly edits: readonly Edit[];
  /** Findings whose lines were removed. */
  readonly applied: readonly Finding[];
  /** 0-based indices of removed lines (finding lines plus blank lines collapsed around them). */
  readonly removedLines: readonly number[];
}

/**
 * Removes the lines of the given findings (boilerplate, captions) and collapses the blank lines they
 * leave, so that paragraphs stay separated by what separated them before. Line endings (LF, CRLF, CR,
 * mixed), a BOM and the final newline survive; nothing outside a finding's lines changes except blank
 * lines left doubled by a removal. Stripping the result again changes nothing.
 */
export function stripFindings(text: string, findings: readonly Finding[], kinds: readonly FindingKind[] = ['boilerplate', 'caption']): StripResult {
  const lines = splitLines(text);
  const remove = new Set<number>();
  const applied: Finding[] = [];
  for (const f of findings) {
    if (!kinds.includes(f.kind) || f.kind === 'quote') continue;
    for (let l = f.range.start.line; l <= f.range.end.line; l++) remove.add(l);
    applied.push(f);
  }
  if (!remove.size) return { output: text, edits: [], applied, removedLines: [] };

  // A blank line is dropped when removals made it redundant: it follows another kept blank line (or the
  // start of the text) where, before stripping, a removed line stood between them.
  const keep: boolean[] = lines.map((l) => !remove.has(l.index));
  let lastKeptBlank = true; // start of text behaves like a blank line
  let lastKeptEol = '';
  let removedSince = false;
  for (const line of lines) {
    if (remove.has(line.index)) { removedSince = true; continue; }
    const blank = isBlank(line.text) && line.index !== lines.length - 1;
    // A blank LF line right after a kept CR line would merge with it into one CRLF break: drop it instead.
    const mergesIntoCrlf = blank && removedSince && line.text === '' && line.eol.startsWith('\n') && lastKeptEol === '\r';
    if ((blank && lastKeptBlank && removedSince) || mergesIntoCrlf) keep[line.index] = false;
    else {
      lastKeptEol = line.eol;
      lastKeptBlank = blank;
      removedSince = false;
    }
  }
  // Trailing blank lines left by a removal at the end are dropped too, but never the final newline.
  for (let i = lines.length - 2; i >= 0; i--) {
    if (!keep[i]) continue;
    if (!isBlank(lines[i]!.text)) break;
    const removedAfter = lines.slice(i + 1).some((l) => remove.has(l.index));
    if (removedAfter) keep[i] = false;
    else break;
  }

  const edits: Edit[] = [];
  const removedLines: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (keep[i]) continue;
    let j = i;
    while (j + 1 < lines.length && !keep[j + 1]) j++;
    for (let k = i; k <= j; k++) removedLines.push(k);
    const last = lines[j]!;
    // A run at the very end of a text without a final newline takes the break before it instead,
    // so the text still ends without one.
    if (last.eol === '' && i > 0) edits.push({ start: lines[i - 1]!.end, end: last.fullEnd, text: '' });
    // A byte-order mark belongs to the file, not to its first line.
    else if (i === 0 && text.charCodeAt(0) === 0xfeff) edits.push({ start: 1, end: last.fullEnd, text: '' });
    else edits.push({ start: lines[i]!.start, end: last.fullEnd, text: '' });
    i = j;
  }
  const output = applyEdits(text, edits);
  return { output, edits, applied, removedLines };
}

/** Applies non-overlapping edits (offsets in `text`), from the end backwards. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) continue; // overlapping edit: skipped, never applied twice
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
