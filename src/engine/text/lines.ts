import type { Line } from '../types';

/**
 * Splits text into lines once, keeping offsets and each line's own break, so that LF, CRLF, CR-only
 * and mixed endings survive every transform unchanged.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const eol = c === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : c === 13 ? '\r' : '\n';
    lines.push({ index: index++, start, end: i, fullEnd: i + eol.length, text: text.slice(start, i), eol });
    i += eol.length - 1;
    start = i + 1;
  }
  lines.push({ index, start, end: n, fullEnd: n, text: text.slice(start, n), eol: '' });
  return lines;
}

/** True for a line with nothing but whitespace. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}
