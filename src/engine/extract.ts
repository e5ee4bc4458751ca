import type { Finding } from './types';

export type ExtractFormat = 'md' | 'json' | 'csv';

export interface ExtractedItem {
  readonly kind: 'quote' | 'caption';
  /** 1-based line where the item starts (as editors show it). */
  readonly line: number;
  readonly text: string;
  readonly speaker: string | null;
  readonly category: string;
}

/** Quotes or captions as plain records, in document order. */
export function extractItems(findings: readonly Finding[], kind: 'quote' | 'caption'): ExtractedItem[] {
  return findings.filter((f) => f.kind === kind).map((f) => ({
    kind,
    line: f.range.start.line + 1,
    text: kind === 'quote' ? f.text.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ') : f.text.trim(),
    speaker: kind === 'quote' ? f.speaker ?? null : null,
    category: f.category,
  }));
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
// Cells starting with = + - @ are formulas to a spreadsheet; a leading apostrophe keeps them text.
const csvCell = (s: string) => {
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Formats extracted items as a Markdown table, JSON or CSV (RFC 4180, CRLF). */
export function formatItems(items: readonly ExtractedItem[], format: ExtractFormat, source?: string): string {
  const quotes = items.length === 0 || items[0]!.kind === 'quote';
  if (format === 'json') {
    return JSON.stringify(items.map((i) => (quotes ? { line: i.line, text: i.text, speaker: i.speaker, category: i.category } : { line: i.line, text: i.text, category: i.category })), null, 2) + '\n';
  }
  if (format === 'csv') {
    const header = quotes ? ['line', 'speaker', 'quote', 'category'] : ['line', 'caption', 'category'];
    const rows = items.map((i) => (quotes ? [String(i.line), i.speaker ?? '', i.text, i.category] : [String(i.line), i.text, i.category]));
    return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
  const title = `${quotes ? 'Quotes' : 'Captions'}${source ? ` in ${source}` : ''}`;
  if (!items.length) return `# ${title}\n\nNone found.\n`;
  const head = quotes ? '| Quote | Speaker | Line |\n|---|---|---:|' : '| Caption | Line |\n|---|---:|';
  const rows = items.map((i) => (quotes ? `| ${mdCell(i.text)} | ${mdCell(i.speaker ?? '—')} | ${i.line} |` : `| ${mdCell(i.text)} | ${i.line} |`));
  return `# ${title}\n\n${head}\n${rows.join('\n')}\n`;
}
