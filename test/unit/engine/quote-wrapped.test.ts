/**
 * Quotes in hard-wrapped text (an email, a plain-text dump, a Markdown file wrapped at 72 or 80 columns): a
 * quote runs over the line breaks of its paragraph, its attribution may sit on either side of a break, and
 * scraped text with one paragraph per line (no blank lines between) is never read as wrapped.
 */
import assert from 'node:assert/strict';
import type { AnalysisResult, Finding, Options } from '../../../src/engine';
import { isWrappedParagraph } from '../../../src/engine/detectors/quote/wrap';
import { PROSE, assertWellFormed, run, type Lang } from './helpers';

/** Greedy wrapping at `width` columns, as an editor or a mail client does it. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** An article of hard-wrapped paragraphs (a prose paragraph first and last), blank lines between. */
function article(paragraphs: readonly (string | readonly string[])[], lang: Lang = 'en', width = 72, eol = '\n'): string {
  const blocks = [PROSE[lang][0]!, ...paragraphs, PROSE[lang][2]!].map((p) => (typeof p === 'string' ? wrap(p, width) : p));
  return blocks.map((lines) => lines.join(eol)).join(eol + eol) + eol;
}

const quotesOf = (result: AnalysisResult): Finding[] => result.findings.filter((f) => f.kind === 'quote');

function onlyQuotes(text: string, options?: Options): Finding[] {
  const result = run(text, options);
  assertWellFormed(text, result);
  return quotesOf(result);
}

/** The one quote of an article holding `lines`, a paragraph the test takes to be wrapped (checked first). */
function onlyQuoteOfWrapped(lines: readonly string[]): Finding {
  assert.ok(isWrappedParagraph(lines), 'premise: the block is wrapped');
  const quotes = onlyQuotes(article([lines]));
  assert.equal(quotes.length, 1);
  return quotes[0]!;
}

describe('quotes in hard-wrapped text', () => {
  describe('which blocks read as one wrapped paragraph', () => {
    it('greedy-wrapped lines of a paragraph', () => {
      const p = 'The city council voted on Tuesday to rebuild the old river bridge, ending a debate that had split the town for almost two years. Several members said they had changed their minds only in the last week.';
      assert.ok(isWrappedParagraph(wrap(p, 72)));
      assert.ok(isWrappedParagraph(wrap(p, 80)));
    });
    it('a wrapped paragraph edited since, its lines now uneven, where the lines go on in lower case', () => {
      const edited = [
        'The city council voted on Tuesday to rebuild the old river',
        'bridge, ending a debate that had split the town and its two newspapers for almost two years.',
        'several members said they had changed their minds only in the last week.',
      ];
      assert.ok(isWrappedParagraph(edited));
      // The same breaks before capitals are no wrap's: the lines do not fill the width.
      assert.ok(!isWrappedParagraph(edited.map((l) => l[0]!.toUpperCase() + l.slice(1))));
    });
    it('not a single line, not lines longer than a wrap column, not short lines', () => {
      assert.ok(!isWrappedParagraph(['The city council voted on Tuesday to rebuild the old river bridge.']));
      assert.ok(!isWrappedParagraph([PROSE.en[0]!, PROSE.en[1]!]));
      assert.ok(!isWrappedParagraph(['Home', 'News', 'Sport']));
    });
    it('not a run of headlines or of one-sentence paragraphs, whose breaks are not where a wrap puts them', () => {
      assert.ok(!isWrappedParagraph([
        'Council approves the new bridge after a long debate',
        'Flood warnings extended for the whole river valley until Sunday',
        'Bakery on Mill Lane closes after forty years',
        'Police appeal for witnesses after a crash on the ring road near the station',
      ]));
      assert.ok(!isWrappedParagraph([
        'The council voted on Tuesday to rebuild the old river bridge.',
        'Work will start in the spring and take eighteen months.',
        'The new bridge will carry two lanes of traffic and a cycle path.',
      ]));
    });
  });

  describe('English', () => {
    it('a quote over the break, the attribution after it on the next line', () => {
      const text = article(['"We will rebuild the bridge, because the people who cross it every day have waited long enough," said Maria Lopez, the council\'s chair, after the vote. She added that work would start in the spring.']);
      const [q, ...rest] = onlyQuotes(text);
      assert.equal(rest.length, 0);
      assert.equal(q!.category, 'direct');
      assert.equal(q!.speaker, 'Maria Lopez');
      assert.equal(q!.range.end.line, q!.range.start.line + 1);
      assert.ok(q!.text.startsWith('"We will rebuild') && q!.text.endsWith('long enough,"'));
      assert.equal(q!.data?.paragraphs, 1);
    });

    it('a quote over three lines', () => {
      const text = article(['Opponents were not convinced. “It is too expensive, nobody has shown us the figures, and the engineers who looked at the old bridge last year told us it could be repaired for a fraction of the price of a new one,” said councillor Tom Baker.']);
      const [q] = onlyQuotes(text);
      assert.equal(q!.speaker, 'Tom Baker');
      assert.equal(q!.category, 'direct');
      assert.equal(q!.range.end.line - q!.range.start.line, 2);
    });

    it('the attribution on the next line after a quote closing at the line end', () => {
      const lines = [
        'The engineers were more cautious. “We have not finished the survey yet,”',
        'said Ruth Sinclair, who leads the team. The report is due in March.',
      ];
      const q = onlyQuoteOfWrapped(lines);
      assert.equal(q.speaker, 'Ruth Sinclair');
      assert.equal(q.category, 'direct');
    });

    it('the lead-in on the line before the quote', () => {
      const lines = [
        'Speaking after the meeting on Tuesday evening, Councillor Peter Ashdown said:',
        '“The vote was close and I respect the result.” The chamber emptied soon after.',
      ];
      const q = onlyQuoteOfWrapped(lines);
      assert.equal(q.speaker, 'Peter Ashdown');
      assert.equal(q.range.start.line, q.range.end.line);
    });

    it('British single quotes over the break, and apostrophes that are not quotes', () => {
      const text = article([
        'The ferry\'s owners didn\'t comment, and the Smiths’ boat stayed in the harbour. ‘We have been waiting for this bridge since the flood of 1998, when the old one was washed away,’ said Moira Keane, who runs the chandlery on the quay.',
      ]);
      const [q, ...rest] = onlyQuotes(text);
      assert.equal(rest.length, 0);
      assert.ok(q!.text.startsWith('‘We have been') && q!.text.endsWith('washed away,’'));
      assert.equal(q!.speaker, 'Moira Keane');
    });

    it('a pronoun after a wrapped quote means the person named before it', () => {
      const text = article([
        'Ana Whitcombe, the harbour master, walked the length of the old wall on Monday morning with two engineers from the county.',
        '“The stones at the north end have moved by almost a hand’s width since the storm in February,” she said.',
      ]);
      const [q] = onlyQuotes(text);
      assert.equal(q!.speaker, 'Ana Whitcombe');
    });

    it('a quote over two wrapped paragraphs is one multi-paragraph finding', () => {
      const text = article([
        'Maria Lopez, the council\'s chair, spoke for twenty minutes. “We have listened to every objection, and we have answered every letter that was sent to us.',
        '“Now it is time to build, and I hope that those who voted against it will come to the opening,” she said.',
      ]);
      const [q, ...rest] = onlyQuotes(text);
      assert.equal(rest.length, 0);
      assert.equal(q!.category, 'multi-paragraph');
      assert.equal(q!.data?.paragraphs, 2);
      assert.equal(q!.speaker, 'Maria Lopez');
    });

    it('CRLF line endings: the quote covers the break, offsets stay exact', () => {
      const text = article(['"We will rebuild the bridge, because the people who cross it every day have waited long enough," said Maria Lopez, the council\'s chair, after the vote.'], 'en', 72, '\r\n');
      const [q] = onlyQuotes(text);
      assert.equal(text.slice(q!.offsets.start, q!.offsets.end), q!.text);
      assert.ok(q!.text.includes('\r\n'));
      assert.equal(q!.speaker, 'Maria Lopez');
    });

    it('the same in a Markdown file wrapped at 80 columns', () => {
      const text = '# Council approves the bridge\n\n' + article(['"We will rebuild the bridge, because the people who cross it every day have waited long enough," said Maria Lopez, the council\'s chair, after the vote. She added that work would start in the spring.'], 'en', 80);
      const [q] = onlyQuotes(text, { markdown: true });
      assert.equal(q!.speaker, 'Maria Lopez');
      assert.equal(q!.category, 'direct');
    });
  });

  describe('Indonesian', () => {
    it('ujarnya after a quote over the break means the last person named', () => {
      const text = article([
        'Sutrisno Hadi, kepala desa Sukamaju, meninjau jembatan gantung yang rusak pada Senin pagi bersama dua petugas dari dinas pekerjaan umum kabupaten.',
        'Menurutnya, perbaikan harus selesai sebelum musim hujan. “Anak-anak menyeberang di sini setiap hari untuk pergi ke sekolah, jadi kami tidak bisa menunggu lebih lama lagi,” ujarnya.',
      ], 'id', 78);
      const [q] = onlyQuotes(text);
      assert.equal(q!.speaker, 'Sutrisno Hadi');
      assert.equal(q!.range.end.line, q!.range.start.line + 2);
    });

    it('menurut X with the quote over the break', () => {
      const text = article(['Menurut Dewi Anggraini, warga yang tinggal di tepi sungai, “jembatan itu sudah bergoyang sejak banjir besar tahun lalu dan tidak ada yang datang memeriksanya”.'], 'id', 78);
      const [q] = onlyQuotes(text);
      assert.equal(q!.speaker, 'Dewi Anggraini');
      assert.ok(q!.range.end.line > q!.range.start.line && q!.text.endsWith('memeriksanya”'));
    });
  });

  describe('text that is not wrapped keeps one paragraph per line', () => {
    it('scraped paragraphs without blank lines: an unclosed quote ends with its line', () => {
      const text = [
        PROSE.en[0],
        'Ana Reyes said: “This is only the beginning of the protest, and we will be',
        'The council did not respond to questions on Wednesday, a spokesman said.',
        'Work on the bridge will start in the spring and take eighteen months.',
        PROSE.en[1],
      ].join('\n') + '\n';
      const [q, ...rest] = onlyQuotes(text);
      assert.equal(rest.length, 0);
      assert.equal(q!.category, 'unclosed');
      assert.equal(q!.range.start.line, 1);
      assert.equal(q!.range.end.line, 1);
    });

    it('a run of headlines: a stray quote mark stays in its line', () => {
      const text = [
        PROSE.en[0], '', PROSE.en[1], '', PROSE.en[2], '',
        'Council approves the new bridge after a long debate',
        'Mayor says “no more delays on the ring road works',
        'Bakery on Mill Lane closes after forty years of trading',
        'Police appeal for witnesses after a crash near the station',
        '', PROSE.en[3],
      ].join('\n') + '\n';
      const quotes = onlyQuotes(text);
      assert.ok(quotes.every((q) => q.range.start.line === q.range.end.line), 'no quote runs over a headline break');
    });

    it('a wrapped block with a flagged line in it (a caption glued to the paragraph) is read line by line', () => {
      const text = article([[
        'The engineers said: “The old bridge was closed to traffic in March after',
        'The old bridge in March, seen from the quay. Photo: Jane Doe/Reuters',
      ]]);
      const result = run(text);
      assertWellFormed(text, result);
      const caption = result.findings.find((f) => f.kind === 'caption');
      assert.ok(caption, 'premise: the second line is a caption');
      const [q] = quotesOf(result);
      assert.equal(q!.category, 'unclosed');
      assert.equal(q!.range.end.line, caption.range.start.line - 1, 'the quote does not run into the caption');
    });
  });
});
