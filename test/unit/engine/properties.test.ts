import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, splitLines, stripFindings, type Finding } from '../../../src/engine';
import { isWrappedParagraph } from '../../../src/engine/detectors/quote/wrap';

/**
 * Property tests over generated articles: realistic line shapes (prose, labels, counters, credits, quotes,
 * Markdown, noise) joined with random line endings, an optional BOM and final newline. `npm test` runs a
 * few hundred cases; `npm run fuzz` runs FUZZ_RUNS (100,000) of each.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
// `npm test` is deterministic (a fixed seed); `npm run fuzz` explores new cases on every run, or replays one with
// FUZZ_SEED (the seed a failure prints).
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261126;
const options = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

// One language per article, as real articles are; mixing languages in one text changes the detected
// language when a stripped line was the only one in another language.
const PROSE: Record<string, string[]> = {
  en: [
    'The council voted on Tuesday to close the old bridge to heavy traffic until repairs are finished.',
    '"We will rebuild it," said Maria Lopez, who runs the bakery on Mill Lane.',
    'He said: “The water came very fast. Nobody expected it.',
    '“We lost everything on the ground floor.',
    'Don\'t expect the ’90s prices to come back, rock ’n’ roll fans.',
    'Engineers will inspect both road bridges before they reopen, the county highways department said.',
    // Hard-wrapped paragraphs (one item, several lines): quotes run over their breaks.
    '"We will rebuild the bridge, because the people who cross it every day have\nwaited long enough," said Maria Lopez, the chair.',
    'Peter Smith said: “The water came in through the back door and we lost all\nthe furniture that was standing on the floor of the shop.',
  ],
  id: [
    'Warga mengungsi ke balai desa setelah air sungai meluap pada Senin malam, kata petugas.',
    '“Kami sudah siap,” ujar Budi Santoso kepada wartawan.',
    'Dia berkata: “Air datang sangat cepat dan kami tidak sempat menyelamatkan barang.',
    'Pemerintah kota akan mempercepat normalisasi sungai yang sudah direncanakan sejak tahun lalu.',
    '“Anak-anak menyeberang di sini setiap hari untuk pergi ke sekolah, jadi kami\ntidak bisa menunggu lebih lama lagi,” ujar Budi Santoso kepada wartawan.',
  ],
  fr: [
    'Les habitants ont été évacués dans la nuit, selon la préfecture, et les écoles resteront fermées.',
    '« Nous rouvrirons l’école lundi », a déclaré Mathilde Roussel.',
  ],
  // An encyclopedia article: paragraphs with footnote marks, and between them captions, a short paragraph, a list's lead-in
  // and a hatnote (see `caption/figure`).
  encyclopedia: [
    'Port Lisle grew from a whaling station founded in 1792 into the capital of the islands over two centuries of trade.[1]',
    'The harbour was dredged in 1904 and again in 1951, when the fishing fleet had grown to more than forty trawlers.[2]',
    'The islands have no airport, and a mail ship calls from Montevideo every nineteen days in the southern summer.[3][a]',
    'Reed-boat racing on Lake Ombe has been held every February since 1792 and draws most of the population.[4]',
    'The Kessali language, a creole of English and Breton, is spoken at home by about a third of the islanders.[note 2]',
    'The harbour of Port Lisle in 1910',
    'Hanna Dulac, President of Kessaly',
    'Work began in April 1864 and employed up to 640 men at its peak.',
    'In 2022 the main sources of income were:[10]',
    'Main article: History of Kessaly',
  ],
  de: [
    '„Wir bauen die Brücke wieder auf“, sagte Jana Kroll am Montag vor dem Rathaus.',
    'Die Feuerwehr war mit mehr als hundert Einsatzkräften vor Ort, teilte die Stadt mit.',
  ],
};
const prose = fc.constantFrom(...Object.keys(PROSE)).chain((lang) => fc.constantFrom(...PROSE[lang]!));
const furniture = fc.constantFrom(
  '3', '1/12', 'Photo 3 of 12', 'Share on Facebook', 'ADVERTISEMENT', 'Read more: Flood warnings extended',
  'Baca juga: Harga beras naik', 'Kredit: Twitter', 'Pasukan terlihat di wilayah Kherson pagi iniKredit: Twitter',
  '© 2025 Example Media. All rights reserved.', 'Result SGP', 'https://example.com/a', 'https://example.org/sources/b', 'https://example.com/a,', '42 comments',
  'Home › News › World', 'null', '---', '![x](a.jpg)', '- [Other story](https://example.com/b)', '# Heading',
  '\\[img.2\\]', '*Warga menunggu perahu karet di depan balai desa, Senin (3/3/2025).*',
  'By Jane Doe', 'Posted by X on March 10, 2015 at 08:05', '});', 'Subscribe', 'Menu',
);
const noise = fc.string({ unit: 'grapheme', maxLength: 60 });
const lineIn = (lang: string) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PROSE[lang]!) }, { weight: 4, arbitrary: furniture },
  { weight: 1, arbitrary: noise }, { weight: 3, arbitrary: fc.constant('') });
void prose;
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** An article: lines, each with its own line break (mixed endings happen), optional BOM and final newline. */
const article = fc.constantFrom(...Object.keys(PROSE)).chain((lang) => fc.record({
  lines: fc.array(lineIn(lang), { minLength: 0, maxLength: 40 }),
  eols: fc.array(eol, { minLength: 40, maxLength: 40 }),
  uniform: fc.boolean(),
  bom: fc.boolean(),
  finalNewline: fc.boolean(),
}).map(({ lines: items, eols, uniform, bom, finalNewline }) => {
  let text = bom ? '\ufeff' : '';
  // A wrapped paragraph is one item of several lines; each line gets a break of its own.
  const lines = items.flatMap((l) => l.split('\n'));
  lines.forEach((l, i) => {
    text += l;
    if (i < lines.length - 1 || finalNewline) text += uniform ? eols[0]! : eols[i % eols.length]!;
  });
  return text;
}));

const clean = (text: string) => stripFindings(text, analyze(text).findings).output;
const eolsOf = (text: string) => splitLines(text).map((l) => l.eol);

/**
 * Whether stripping dropped a blank LF line right after a kept CR-only line (with flagged lines between): kept,
 * it would read as that line's CRLF break, so the two blocks it separated become one. No strip can keep every
 * line's own break and that separation too, and a rule may read the joined block differently (`fix.ts`). The
 * idempotence properties leave exactly that case out; `transforms.test.ts` checks what the strip does there.
 */
function joinsAfterCr(text: string, findings: readonly Finding[]): boolean {
  const removed = new Set(stripFindings(text, findings).removedLines);
  let kept: { eol: string } | undefined;
  for (const l of splitLines(text)) {
    if (!removed.has(l.index)) kept = l;
    else if (l.text === '' && l.eol.startsWith('\n') && kept?.eol === '\r') return true;
  }
  return false;
}

function checkRanges(text: string, findings: readonly Finding[]) {
  let last = -1;
  const lastEnd = new Map<string, number>();
  for (const f of findings) {
    assert.ok(f.offsets.start >= 0 && f.offsets.end <= text.length && f.offsets.start < f.offsets.end, 'range inside the text');
    assert.ok(f.offsets.start >= last, 'sorted by start');
    last = f.offsets.start;
    assert.ok(f.offsets.start >= (lastEnd.get(f.kind) ?? 0), `no overlap within ${f.kind}`);
    lastEnd.set(f.kind, f.offsets.end);
    assert.equal(f.text, text.slice(f.offsets.start, f.offsets.end));
    assert.ok(f.confidence >= 0 && f.confidence <= 1);
  }
}

describe('properties (fast-check)', function () {
  this.timeout(0);

  it('analysis never throws and every range is inside the text, sorted and non-overlapping within a kind', () => {
    fc.assert(fc.property(fc.oneof(article, fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
      checkRanges(text, analyze(text).findings);
    }), options);
  });

  it('the stripped text is a subsequence of the input lines, with their own line breaks', () => {
    fc.assert(fc.property(article, (text) => {
      // The BOM belongs to the file, not to its first line.
      const out = splitLines(clean(text).replace(/^\ufeff/, '')).filter((l) => l.text !== '' || l.eol !== '');
      const input = splitLines(text.replace(/^\ufeff/, ''));
      let j = 0;
      for (const l of out) {
        while (j < input.length && !(input[j]!.text === l.text && (input[j]!.eol === l.eol || l.eol === ''))) j++;
        assert.ok(j < input.length, `line ${JSON.stringify(l.text)} not found in order`);
        j++;
      }
    }), options);
  });

  it('stripping keeps the BOM, the final newline and the kinds of line break', () => {
    fc.assert(fc.property(article, (text) => {
      const out = clean(text);
      assert.equal(out.startsWith('\ufeff'), text.startsWith('\ufeff'), 'BOM');
      if (out.replace(/^\ufeff/, '') !== '') assert.equal(/[\r\n]$/.test(out), /[\r\n]$/.test(text), 'final newline');
      const kinds = new Set(eolsOf(text).filter(Boolean));
      for (const e of eolsOf(out)) if (e) assert.ok(kinds.has(e), `line break ${JSON.stringify(e)} came from the input`);
    }), options);
  });

  it('stripping is idempotent', () => {
    fc.assert(fc.property(article, (text) => {
      fc.pre(!joinsAfterCr(text, analyze(text).findings));
      const once = clean(text);
      assert.equal(clean(once), once);
    }), options);
  });

  it('stripping is idempotent under any settings (categories turned off, a higher minimum confidence)', () => {
    const settings = fc.record({
      disabledCategories: fc.subarray(['repeated', 'outside-article', 'related-link', 'credit', 'slideshow', 'image-counter',
        'share', 'navigation', 'byline', 'comments', 'pictured', 'figure', 'media-title', 'video-title', 'leftover']),
      minConfidence: fc.constantFrom(0.5, 0.62, 0.7, 0.8, 0.88, 0.92),
    });
    fc.assert(fc.property(article, settings, (text, opts) => {
      const cleanWith = (t: string) => stripFindings(t, analyze(t, opts).findings).output;
      fc.pre(!joinsAfterCr(text, analyze(text, opts).findings));
      const once = cleanWith(text);
      assert.equal(cleanWith(once), once);
    }), options);
  });

  it('a quote never runs past its paragraph unless the next paragraph opens with a quote mark', () => {
    let wrappedQuotes = 0;
    fc.assert(fc.property(article, (text) => {
      const lines = splitLines(text);
      const blank = (k: number) => !lines[k]!.text.trim();
      for (const f of analyze(text).findings) {
        if (f.kind !== 'quote') continue;
        for (let l = f.range.start.line; l < f.range.end.line; l++) {
          // Every later paragraph the quote reaches opens with a quote mark; a line of a hard-wrapped paragraph
          // goes on into the next line of that paragraph.
          if (!blank(l + 1)) {
            let first = l, last = l + 1;
            while (first > 0 && !blank(first - 1)) first--;
            while (last + 1 < lines.length && !blank(last + 1)) last++;
            if (isWrappedParagraph(lines.slice(first, last + 1).map((x) => x.text.trim()))) { wrappedQuotes++; continue; }
          }
          let next = l + 1;
          while (next <= f.range.end.line && !lines[next]!.text.trim()) next++;
          if (next > f.range.end.line) continue;
          assert.match(lines[next]!.text, /^[\s>*_]*\\?["“„«‹「『‘'»]/, `quote from line ${f.range.start.line} runs into line ${next}`);
          l = next - 1;
        }
      }
    }), options);
    // The generator's wrapped paragraphs must reach this case.
    assert.ok(wrappedQuotes > 0, 'no quote ran over the break of a wrapped paragraph');
  });
});
