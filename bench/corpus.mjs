// Builds benchmark articles of a given size from the project's own fixtures and examples (never from
// ../shared): annotated fixtures lose their annotation column, articles are concatenated in a fixed order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

function fixtureText(file) {
  return readFileSync(file, 'utf8').split('\n').filter((l) => !l.startsWith('#!'))
    .map((l) => { const bar = l.indexOf('|'); return bar < 0 ? l : l.slice(bar + 1).replace(/^ /, ''); }).join('\n');
}

/** The project's articles in one language (`en`, `id`, …). */
export function articles(lang) {
  const out = [];
  const dir = join(ROOT, 'test', 'fixtures', 'articles', lang);
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.sieve')).sort()) out.push(fixtureText(join(dir, f)));
  for (const f of readdirSync(join(ROOT, 'examples')).filter((x) => x.startsWith(`${lang}-`)).sort()) out.push(readFileSync(join(ROOT, 'examples', f), 'utf8'));
  return out;
}

/** A text of about `bytes` UTF-8 bytes made of the language's articles, one after another. */
export function generate(lang, bytes) {
  const parts = articles(lang);
  const chunks = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const a = parts[i % parts.length] + '\n\n';
    chunks.push(a);
    size += Buffer.byteLength(a);
  }
  return chunks.join('');
}

/**
 * `lines` lines of the language's articles in which no line repeats: each repetition of an article numbers
 * its lines (`…, take 3.`), as a long transcript or a collection of distinct articles would be.
 */
export function generateDistinct(lang, lines) {
  const parts = articles(lang).map((a) => a.split('\n').concat(''));
  const out = [];
  for (let r = 0; out.length < lines; r++) {
    for (const line of parts[r % parts.length]) {
      if (out.length >= lines) break;
      const n = Math.floor(r / parts.length);
      out.push(!line.trim() || n === 0 ? line : /[.!?…]["”’»]*$/.test(line) ? line.replace(/([.!?…]["”’»]*)$/, `, take ${n}$1`) : `${line} ${n}`);
    }
  }
  return out.join('\n');
}
