import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, AnalysisSession, type AnalysisResult, type Options } from '../../../src/engine';

/**
 * AnalysisSession: an edit inside one line of plain prose is answered by scanning its quotes again and shifting
 * the other findings; every answer must equal a full analysis of the same text.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? undefined : 20261126;
// FUZZ_SEED and FUZZ_PATH replay a failure that `npm run fuzz` reported; FUZZ_DEBUG=1 prints each edit.
const options = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }), ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) };

const same = (a: AnalysisResult, b: AnalysisResult) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));

/** Analyses `text` in a new session, then `edited`: the answer (checked against a full analysis) and how it came. */
function reanalyse(text: string, edited: string): { result: AnalysisResult; last: AnalysisSession['last'] } {
  const session = new AnalysisSession();
  session.analyze(text);
  const result = session.analyze(edited);
  same(result, analyze(edited));
  return { result, last: session.last };
}

/** A caption and its credit, for the video-title rule: a line repeating a caption's text within eight lines. */
const CAPTIONED = ['Crews clear the road near the old bridge on the morning after the flood, in district 0', 'Photo: Jane Doe/Reuters'];
const PROSE = [
  'The council voted on Tuesday to close the old bridge to heavy traffic until the repairs on both of its piers are finished.',
  'Engineers will inspect both road bridges before they reopen, and the county highways department said the work could take a month.',
  'Residents who live near the river were told to move their cars to higher ground before the water reached the car park.',
  'The mayor said the town would ask the government for help with the cost of the repairs, which could reach two million pounds.',
  '"We will rebuild it," said Maria Lopez, who runs the bakery on Mill Lane and has lived in the town for forty years.',
  'He said the water came very fast and that nobody in the street had expected it to rise so high in a single night.',
  // Quotes whose speakers come from around them: a pronoun, the paragraph before, a quote over paragraphs.
  '“We will rebuild the bridge and the school before the winter comes to the valley,” said Maria Lopez.',
  '“It is far too early to say when the road will open again to the buses and lorries,” she said.',
  '“The water came in through the back door and we lost everything that was on the floor.',
  '“Nobody told us anything about the danger, and nobody came to help us until the next morning.”',
  'Peter Smith, the head of the county flood team, said the pumps had worked through the night without a stop.',
  'He added: “We are asking everyone to stay away from the river until the water level falls.”',
  'Local people called it ‘the worst night they had ever seen’ in the town, the council said in a statement.',
  // A paragraph naming who said the quote before it: an edit there changes that quote's speaker.
  'Hal itu disampaikan Kepala Dinas Sosial, Rina Wulandari, di posko pengungsian.',
  // Short sentences: a paragraph of its own with a full stop, with or without a quote.
  'Nobody was hurt.',
  '“We will rebuild,” she said.',
  'The road stays closed.',
  // Questions and exclamations: titles may end so too (a headline, a story listed under a "Related" label).
  'Why did nobody in the town hall warn the people who live down by the river?',
  'What will happen to the old bridge now?',
  '“Who is going to pay for all of this, and when will the money finally arrive?” she asked.',
  '“Get out of the water now!”',
];
const FURNITURE = ['Share on Facebook', 'ADVERTISEMENT', 'Read more: Flood warnings extended', '3', 'Photo: Jane Doe/Reuters',
  'Crews clear the road near the bridge on Monday. (AP)', 'In this photo the bridge is closed to traffic on Monday.', 'Home › News › World', 'Recommended',
  '© 2025 Example Media. All rights reserved.', 'By Jane Doe', 'Subscribe', 'Bridge closed', 'Flood warnings extended across the county',
  '3/40 Bakery chain to close ten shops', 'Getty Images', '# Flood warnings', '- More buses for the north', '```', '![x](a.jpg)',
  // An image placeholder of a Markdown dump and a caption in italics (a caption under the placeholder).
  '\\[img.2\\]', '*Warga menunggu perahu karet di depan balai desa, Senin (3/3/2025).*',
  // A live blog's entry time (several make the page one).
  '16:05 WIB',
  'Warga mengungsi ke balai desa setelah air sungai meluap pada Senin malam, kata petugas di lokasi kejadian.',
  `${CAPTIONED[0]} | ${CAPTIONED[1]}`, 'Water the seedlings in the greenhouse every morning before nine. (Tomas Brenner)',
  '0:46', 'Sign up for our morning newsletter', 'The week in pictures', 'How the river rose',
  // A reader's comment (its heading, date and Reply button) and a video player's texts and menu words.
  '3 thoughts on “Bridge closed”', 'March 3, 2025 at 9:14 am', 'Reply', 'Tom Reed says:', 'Play Video', 'captions off, selected',
  'Current Time 0:00', 'LIVE', 'Done',
  // Addresses: alone, two in a list (the writer's sources), one a reference runs on past.
  'https://example.com/a', 'https://example.org/sources/b', 'https://example.com/a,',
  // A sponsored widget's label and a related-article label.
  'Paid Content', 'Related article'];
/** Edits a prose line: words in or out, a name, a quote mark, a full stop removed, a line break. */
const EDITS: ((t: string) => string)[] = [
  // Stopwords in and out keep the set of lower-case words: these are the edits the quick path answers.
  (t) => t.replace(' the ', ' also the '),
  (t) => t.replace(' the ', ' '),
  (t) => t.replace(/ (to|of) /, ' $1 the '),
  (t) => t.replace(' the ', ' the new '),
  (t) => t.replace(/ \w+ /, ' '),
  (t) => t.replace('The ', 'Later the '),
  (t) => t.replace(' said', ' said Peter Smith'),
  (t) => t.replace(' town ', ' "town" '),
  (t) => t.replace(/\.$/, ''),
  (t) => t.replace(' and ', ' and\n'),
  (t) => `${t} It rained again.`,
  (t) => t.replace('bridge', 'Bridge'),
  (t) => t.replace(' the ', ' quixotically the '),
  (t) => t.replace(' the ', ' the maria '), // a word the text writes capitalised in a name (Maria Lopez)
  (t) => t.replace('Lopez', 'lopez'),
  // The text of a caption nearby: the video-title rule then flags the line.
  () => `${CAPTIONED[0]}.`,
  // Quote marks and speakers: a mark removed or added, a pronoun replaced by a name, a quote inside prose.
  (t) => t.replace('“', ''),
  (t) => t.replace('”', ''),
  (t) => `“${t}`,
  (t) => t.replace(' she ', ' Ana Reyes '),
  (t) => t.replace('Maria Lopez', 'Tom Baker'),
  (t) => t.replace(' the ', ' the “new” '),
  (t) => t.replace(/\.$/, '.”'),
  // The words of a short menu-like line elsewhere (a table of contents keeps that line), and a sentence cut short.
  () => 'Flood warnings extended across the county.',
  (t) => `${t.split(' ').slice(0, 4).join(' ')}.`,
  (t) => t.replace(/[.!]([”’]?)$/, '?$1'),
  // Titles: words added or cut, a title taking a menu line's words.
  (t) => `${t} again`,
  (t) => t.split(' ').slice(0, 2).join(' '),
  () => 'Flood warnings extended across the county',
  (t) => t.replace(/ \w+ \w+ /, ' '),
  // Furniture: a byline's name, a counter, a teaser's story, a menu, a label, a prompt, a footer's year changed.
  (t) => t.replace('Jane', 'Janet'),
  (t) => t.replace(/\d/, '7'),
  (t) => t.replace('Flood', 'Storm'),
  (t) => t.replace('World', 'Sport'),
  (t) => t.replace('Recommended', 'Recommended for you'),
  (t) => t.replace('newsletter', 'weekly newsletter'),
  (t) => t.replace('ADVERTISEMENT', 'Advertisement'),
  (t) => `${t} (Reuters)`,
];

/** A quotation over two or three paragraphs, each opening with the mark again. */
const RUN_ON = [PROSE[8]!, '“The shop has been in the family since 1952 and I will not let the river take it from us now.', PROSE[9]!];
/** Hard-wrapped paragraphs (adjacent lines in one item): quotes over the breaks, a lead-in, a quote left open. */
const WRAPPED = [
  '“We will rebuild the bridge and the school, because the people who cross it every\nday have waited long enough,” said Maria Lopez, the chair of the council',
  'Speaking after the meeting on Tuesday evening, Councillor Peter Ashdown said:\n“The vote was close and I respect the result.” The chamber emptied soon after',
  'Opponents were not convinced. “It is too expensive and nobody has shown us\nthe figures or the plans for the road,” said Tom Baker after the meeting',
  'Peter Smith said: “The water came in through the back door and we lost all\nthe furniture that was standing on the floor of the shop',
];
/** An encyclopedia's section: paragraphs with footnote marks and a figure's caption between them (see `caption/figure`). */
const ENCYCLOPEDIA = [1, 2, 3, 4, 0, 5, 6, 7, 8].map((k) => k === 0 ? 'The harbour of Port Lisle in 1910'
  : `Paragraph ${k} tells how the harbour town grew from a whaling station into the islands' capital over two centuries.[${k}]`);
const doc = fc.record({
  lines: fc.array(fc.oneof(
    { weight: 1, arbitrary: fc.constant(ENCYCLOPEDIA) },
    { weight: 4, arbitrary: fc.constantFrom(...PROSE).map((l) => [l]) },
    { weight: 2, arbitrary: fc.constantFrom(...FURNITURE).map((l) => [l]) },
    { weight: 1, arbitrary: fc.constantFrom(RUN_ON, [RUN_ON[0]!, RUN_ON[2]!]) },
    { weight: 1, arbitrary: fc.constantFrom(...WRAPPED).map((l) => [l]) },
    // A paragraph left open in wrapped text, the next one continuing the quote.
    { weight: 1, arbitrary: fc.constant([WRAPPED[3]!, PROSE[9]!]) },
  ), { minLength: 3, maxLength: 25 }).map((groups) => groups.flat()),
  blankRuns: fc.array(fc.constantFrom(1, 2, 2, 2, 3), { minLength: 80, maxLength: 80 }),
});
// Each line made unique (a copy of another line is never edited quickly); mostly paragraphs apart, sometimes adjacent.
const build = ({ lines, blankRuns }: { lines: string[]; blankRuns: number[] }) =>
  lines.map((l, k) => l.replace(/([.?!])([”’]?)$/, `, in district ${k}$1$2`) + '\n'.repeat(k < lines.length - 1 ? blankRuns[k]! : 1)).join('');

describe('AnalysisSession (incremental re-analysis)', function () {
  // Each property case analyses a document several times; the machine may be busy.
  this.timeout(0);

  it('answers every edit exactly as a full analysis does', () => {
    let incremental = 0;
    let quoted = 0;
    let glued = 0;
    const edits = fc.array(fc.record({ pick: fc.nat(), edit: fc.nat() }), { minLength: 1, maxLength: 4 });
    fc.assert(fc.property(doc, edits, fc.constantFrom<Options>({}, { disabledCategories: ['credit'] }, { keepLines: [PROSE[0]!] }),
      (d, steps, opts) => {
        let text = build(d);
        const session = new AnalysisSession(opts);
        same(session.analyze(text), analyze(text, opts));
        // Edits one after another: each answer builds on the session's state after the one before.
        for (const { pick, edit } of steps) {
          const lines = text.split('\n');
          const filled = lines.map((l, k) => (l ? k : -1)).filter((k) => k >= 0);
          if (!filled.length) return;
          const k = filled[pick % filled.length]!;
          // Half the edits only move stopwords (the quick path's kind), half may change anything.
          const change = edit % 2 === 0 ? EDITS[(edit >> 1) % 3]! : EDITS[(edit >> 1) % EDITS.length]!;
          lines[k] = change(lines[k]!);
          text = lines.join('\n');
          if (process.env.FUZZ_DEBUG) console.log(JSON.stringify({ k, edit: EDITS.indexOf(change), line: lines[k], last: session.last }));
          same(session.analyze(text), analyze(text, opts));
          if (session.last === 'incremental') {
            incremental++;
            if (/[“”‘’"]/.test(lines[k]!)) quoted++;
            if (lines[k - 1] || lines[k + 1]) glued++;
          }
        }
      }), options);
    // The property must exercise the quick path, with quotes to scan again, not only the fallback.
    assert.ok(incremental > RUNS / 10, `only ${incremental} of ${RUNS} edits were incremental`);
    assert.ok(quoted > RUNS / 20, `only ${quoted} of ${RUNS} edits in lines with quotes were incremental`);
    assert.ok(glued > RUNS / 50, `only ${glued} of ${RUNS} edits in lines glued to a neighbour were incremental`);
  });

  it('answers a word typed in a prose paragraph incrementally, shifting the findings after it', () => {
    const text = ['Bridge closed', '', PROSE[0], '', 'Share on Facebook', '', PROSE[1], '', PROSE[2], '', 'ADVERTISEMENT', '', PROSE[3], ''].join('\n');
    const { result, last } = reanalyse(text, text.replace('heavy traffic', 'heavy goods traffic'));
    assert.equal(last, 'incremental');
    assert.equal(result.findings.find((f) => f.category === 'advertisement')?.text, 'ADVERTISEMENT');
  });

  it('scans the quotes of an edited paragraph again: a word typed inside a quotation', () => {
    const text = ['Bridge closed', '', PROSE[0], '', PROSE[6], '', 'Share on Facebook', '', PROSE[1], '', PROSE[2], ''].join('\n');
    const { result, last } = reanalyse(text, text.replace('rebuild the bridge', 'rebuild the old bridge'));
    assert.equal(last, 'incremental');
    const quote = result.findings.find((f) => f.kind === 'quote');
    assert.equal(quote?.text, '“We will rebuild the old bridge and the school before the winter comes to the valley,”');
    assert.equal(quote?.speaker, 'Maria Lopez');
  });

  it('scans a hard-wrapped paragraph after the edit again: its quote over the break takes the new name', () => {
    const text = [PROSE[0], '', 'Ana Whitcombe, the harbour master, walked the length of the old wall on Monday morning.', '',
      '“The stones at the north end have moved by almost a hand’s width since the', 'storm in February,” she said.', '', PROSE[1], ''].join('\n');
    assert.equal(analyze(text).findings.find((f) => f.kind === 'quote')?.speaker, 'Ana Whitcombe');
    const { result, last } = reanalyse(text, text.replace('Ana Whitcombe', 'Ana Whitmore'));
    assert.equal(last, 'incremental');
    const quote = result.findings.find((f) => f.kind === 'quote')!;
    assert.equal(quote.speaker, 'Ana Whitmore');
    assert.deepEqual([quote.range.start.line, quote.range.end.line], [4, 5]);
  });

  it('gives the next quote its new speaker when the name before it is edited', () => {
    const text = [PROSE[0], '', PROSE[10], '', PROSE[7].replace(' she ', ' he '), '', PROSE[1], '', PROSE[2], ''].join('\n');
    const session = new AnalysisSession();
    assert.equal(session.analyze(text).findings.find((f) => f.kind === 'quote')?.speaker, 'Peter Smith');
    const edited = text.replace('Peter Smith', 'Peter Novak');
    const result = session.analyze(edited);
    assert.equal(session.last, 'incremental');
    same(result, analyze(edited));
    assert.equal(result.findings.find((f) => f.kind === 'quote')?.speaker, 'Peter Novak');
  });

  it('gives the quote before it a new speaker when the paragraph naming who said it is edited', () => {
    const text = [PROSE[0], '', '“Nobody told us anything about the danger.”', '', 'Hal itu disampaikan Kepala Dinas Sosial, Rina Wulandari, di posko.', '', PROSE[1], ''].join('\n');
    const session = new AnalysisSession();
    assert.equal(session.analyze(text).findings.find((f) => f.kind === 'quote')?.speaker, 'Rina Wulandari');
    const edited = text.replace('Rina Wulandari', 'Dewi Lestari');
    const result = session.analyze(edited);
    assert.equal(session.last, 'incremental');
    same(result, analyze(edited));
    assert.equal(result.findings.find((f) => f.kind === 'quote')?.speaker, 'Dewi Lestari');
  });

  it('keeps a quotation over three paragraphs whole when a word is typed in its middle paragraph', () => {
    const middle = '“The water came in through the back door and we lost every chair and table that was on the floor.';
    const text = [PROSE[0], '', PROSE[8], '', middle, '', PROSE[9], '', PROSE[1], '', PROSE[2], ''].join('\n');
    const { result, last } = reanalyse(text, text.replace('every chair', 'every single chair'));
    assert.equal(last, 'incremental');
    const quote = result.findings.find((f) => f.kind === 'quote')!;
    assert.equal(quote.category, 'multi-paragraph');
    assert.deepEqual([quote.range.start.line, quote.range.end.line], [2, 6]);
  });

  it('moves a quotation left open by its paragraph with the edits before it', () => {
    // The quote by a named speaker settles the scan again, before the open quote.
    const text = [PROSE[0], '', PROSE[1], '', PROSE[6], '', PROSE[8], '', PROSE[9], '', PROSE[2], '', PROSE[3], ''].join('\n');
    const session = new AnalysisSession();
    session.analyze(text);
    // A word typed above the quote moves it; a word typed in its second paragraph then resumes the scan
    // with the quote open since the first.
    const first = text.replace('before they reopen', 'before they both reopen');
    same(session.analyze(first), analyze(first));
    assert.equal(session.last, 'incremental');
    const second = first.replace('told us anything', 'told us a thing');
    const result = session.analyze(second);
    assert.equal(session.last, 'incremental');
    same(result, analyze(second));
    assert.deepEqual(result.findings.filter((f) => f.kind === 'quote').map((f) => f.category), ['direct', 'multi-paragraph']);
  });

  it('falls back to a full analysis when the edit could change another line', () => {
    const quay = 'Residents of Brook Quay were moved to the school hall on Monday night, the fire service said in a statement.';
    const base = [PROSE[3], '', 'Bridge closed', '', PROSE[0], '', PROSE[1], '', PROSE[2], '', quay, ''].join('\n');
    const cases: [string, string][] = [
      [base.replace('Bridge closed', 'Bridge closed.'), 'not plain prose'], // a title turned sentence
      [base.replace('heavy traffic', 'heavy traffic\nand buses'), 'not one line'],
      [base.replace('finished.', 'finished. Share on Facebook'), 'not plain prose'], // the line no longer ends a sentence the same way
      [base.replace('The council voted', '“The council voted'), 'quotes'], // a quote opening the paragraph: the one before reads it
      // A word now written in lower case that the text also writes capitalised (`Brook Quay`): names may change.
      [base.replace('heavy traffic', 'heavy quay traffic'), 'words'],
      [base.replace(PROSE[1]!, PROSE[0]!), 'context'], // now a copy of another line
    ];
    for (const [edited, reason] of cases) {
      const session = new AnalysisSession();
      session.analyze(base);
      same(session.analyze(edited), analyze(edited));
      assert.equal(session.last, reason, edited.slice(0, 80));
    }
  });

  it('answers a word typed in a sentence glued to its neighbours (scraped text without blank lines)', () => {
    const text = ['Bridge closed', PROSE[0], PROSE[1], 'Share on Facebook', PROSE[2], 'Peter Smith, the head of the county flood team, spoke to reporters on the bank of the river on Monday.',
      '“We are asking everyone to stay away from the river until the water level falls,” he said.', PROSE[3], ''].join('\n');
    const typed = reanalyse(text, text.replace('who live near', 'who still live near'));
    assert.equal(typed.last, 'incremental');
    assert.ok(typed.result.findings.some((f) => f.category === 'share'), 'premise: furniture is flagged in the glued block');
    // The name before a quote on the next line: the quote scan runs again from the edited line.
    const renamed = reanalyse(text, text.replace('Peter Smith, the head', 'Peter Novak, the head'));
    assert.equal(renamed.last, 'incremental');
    assert.equal(renamed.result.findings.find((f) => f.kind === 'quote')?.speaker, 'Peter Novak');
  });

  it('analyses in full when a glued line could make its block hard-wrapped text, or is no sentence', () => {
    // The second line is the last of a block whose first line runs on: short, it makes the block a wrapped
    // paragraph (the quote goes on over the break); longer than a wrapped line, it does not.
    const wrapped = ['Peter Smith said on Monday morning: “The water came in through the back door and we lost all',
      'the stock and the furniture that was standing on the floor of the shop, he told us.'];
    const text = [PROSE[0], '', ...wrapped, '', PROSE[1], ''].join('\n');
    assert.equal(analyze(text).findings.find((f) => f.kind === 'quote')?.range.end.line, 3, 'premise: the quote runs over the break');
    const longer = reanalyse(text, text.replace('of the shop, he told us.', 'of the shop and in the store room at the back, he told us.'));
    assert.equal(longer.last, 'not plain prose');
    assert.equal(longer.result.findings.find((f) => f.kind === 'quote')?.range.end.line, 2);
    const title = [PROSE[0], 'Repairs to the bridge begin', PROSE[1], PROSE[2], ''].join('\n');
    assert.equal(reanalyse(title, title.replace('Repairs to', 'Repairs on')).last, 'not plain prose');
  });

  it('answers a word typed in a line of a hard-wrapped paragraph, scanning its quotes again from its first line', () => {
    const wrapped = [
      'The engineers were more cautious about the state of the bridge. “We have not',
      'finished the survey of the piers yet, and we will not guess,” said Ruth Sinclair,',
      'who leads the team from the county. The report is due at the end of March.',
    ];
    const text = [PROSE[0], '', PROSE[1], '', ...wrapped, '', PROSE[2], '', PROSE[3], ''].join('\n');
    const quoteOf = (r: AnalysisResult) => r.findings.find((f) => f.kind === 'quote')!;
    assert.equal(quoteOf(analyze(text)).speaker, 'Ruth Sinclair', 'premise: the quote runs over the break');
    // A word typed inside the quotation, on the line where it closes.
    const typed = reanalyse(text, text.replace('the piers yet', 'the old piers yet'));
    assert.equal(typed.last, 'incremental');
    assert.ok(quoteOf(typed.result).text.includes('the old piers'));
    // The speaker's name is on the line where the quote closes; the quote opened on the line above.
    const renamed = reanalyse(text, text.replace('Ruth Sinclair,', 'Ruth Okafor,'));
    assert.equal(renamed.last, 'incremental');
    assert.equal(quoteOf(renamed.result).speaker, 'Ruth Okafor');
    // A quote closing at the end of a line, its attribution opening the next: the line above reads the edited one.
    const closing = [
      'The engineers were more cautious about the bridge. “We have not finished it,”',
      'said Ruth Sinclair, who leads the team from the county, on Tuesday evening.',
      'The report on the state of the piers is due at the end of March next year.',
    ];
    const split = [PROSE[0], '', PROSE[1], '', ...closing, '', PROSE[2], ''].join('\n');
    assert.equal(quoteOf(analyze(split)).speaker, 'Ruth Sinclair', 'premise: the attribution is read over the break');
    const movedName = reanalyse(split, split.replace('said Ruth Sinclair,', 'said Ruth Okafor,'));
    assert.equal(movedName.last, 'incremental');
    assert.equal(quoteOf(movedName.result).speaker, 'Ruth Okafor');
    // A line made longer than a wrapped line can be: the paragraph is no longer wrapped, and the quote ends at the break.
    const unwrapped = reanalyse(text, text.replace('who leads the team from the county.', 'who leads the team of engineers and surveyors sent by the county council last week.'));
    assert.equal(unwrapped.last, 'not plain prose');
  });

  it('answers an edit in a short sentence, unless it takes the words of a menu line outside the article', () => {
    const text = [PROSE[0], PROSE[1], 'Nobody was hurt in the town.', PROSE[2], PROSE[3], 'Flood warnings extended across the county', 'More buses for the north', ''].join('\n\n');
    const session = new AnalysisSession();
    assert.deepEqual(session.analyze(text).findings.map((f) => f.category), ['outside-article', 'outside-article']);
    const typed = text.replace('Nobody was hurt', 'Nobody at all was hurt');
    same(session.analyze(typed), analyze(typed));
    assert.equal(session.last, 'incremental');
    // The same words inside the article make the line after it a table-of-contents entry, which stays.
    const contents = typed.replace('Nobody at all was hurt in the town.', 'Flood warnings extended across the county.');
    const result = session.analyze(contents);
    assert.equal(session.last, 'context');
    same(result, analyze(contents));
    assert.deepEqual(result.findings.map((f) => f.text), ['More buses for the north']);
  });

  it('analyses in full when a paragraph that starts the article becomes too short to start it', () => {
    const first = 'The council voted on Tuesday to close the old bridge to heavy traffic.';
    const text = ['Bridge repairs begin in the valley', first, 'Repairs', PROSE[1], PROSE[2], PROSE[3], ''].join('\n\n');
    const session = new AnalysisSession();
    assert.deepEqual(session.analyze(text).findings, []);
    // The article now starts below `Repairs`, which reads as a menu line before it.
    const edited = text.replace(first, 'The council voted again.');
    const result = session.analyze(edited);
    assert.equal(session.last, 'not plain prose');
    same(result, analyze(edited));
    assert.deepEqual(result.findings.map((f) => f.text), ['Repairs']);
  });

  it('analyses in full when an edited paragraph stops (or starts) opening with the text of a short line above the article', () => {
    // A counterexample of the long fuzz run: the encyclopedia-title rule keeps `Peter Smith` while a lead opens with it.
    const lead = 'Peter Smith, the head of the county flood team, said the pumps had worked through the night.';
    const text = ['Share on Facebook', 'Peter Smith', PROSE[1], PROSE[2], lead, PROSE[3], ''].join('\n\n');
    const session = new AnalysisSession();
    assert.deepEqual(session.analyze(text).findings.map((f) => f.category), ['share']);
    // The lead no longer opens with the name: the line is a page header's again.
    const crews = text.replace('Peter Smith, the head', 'The head').replace('team, said', 'team said');
    let result = session.analyze(crews);
    assert.equal(session.last, 'context');
    same(result, analyze(crews));
    assert.deepEqual(result.findings.map((f) => f.category), ['share', 'outside-article']);
    // And back: a paragraph now opens with the name, which keeps the line.
    const named = crews.replace('The head of the county flood team', 'Peter Smith, the head of the county flood team,');
    result = session.analyze(named);
    assert.equal(session.last, 'context');
    same(result, analyze(named));
    assert.deepEqual(result.findings.map((f) => f.category), ['share']);
  });

  it('analyses in full when, in a language without stopwords, the paragraph under a subheading gets too short to end a list', () => {
    const paragraph = 'Tatbikat sırasında öğrenciler öğretmenlerinden önce bahçeye ulaştı.';
    const text = ['Okullarda deprem tatbikatı yapıldı ve öğrenciler bahçede toplandı.', 'İlgili Haberler',
      'Deprem çantası hazırlarken en sık yapılan 7 hata', 'Riskli okul binaları için yeni karar', '', 'Çocuklar bizden hızlıydı', '',
      paragraph, '', 'Vali, tatbikatın ardından okulun bahçesinde velilerle bir araya gelerek sorularını yanıtladı.', ''].join('\n');
    const session = new AnalysisSession();
    const before = session.analyze(text);
    assert.equal(before.language, 'tr');
    assert.ok(!before.findings.some((f) => f.text === 'Çocuklar bizden hızlıydı'));
    // Cut short, the paragraph no longer ends the list: the subheading over it is read as one of the titles.
    const edited = text.replace(paragraph, 'Öğrenciler bahçeye koştu.');
    const result = session.analyze(edited);
    assert.equal(session.last, 'not plain prose');
    same(result, analyze(edited));
  });

  it('analyses in full when a question under a "Related" label becomes short enough to be a listed story', () => {
    const question = 'Why did nobody in the town hall warn the people who live down by the river?';
    const text = [PROSE[0], PROSE[1], 'Recommended', 'The Last Neon Sign on Harbour Street', question, PROSE[2], PROSE[3], ''].join('\n\n');
    const session = new AnalysisSession();
    assert.deepEqual(session.analyze(text).findings.map((f) => f.text), ['Recommended', 'The Last Neon Sign on Harbour Street']);
    const longer = text.replace('nobody in', 'nobody at all in');
    same(session.analyze(longer), analyze(longer));
    assert.equal(session.last, 'incremental');
    // Fifteen words: a title the widget lists, as the full analysis says.
    const shorter = longer.replace('nobody at all in', 'nobody in').replace(' down by', ' by');
    const result = session.analyze(shorter);
    assert.equal(session.last, 'context');
    same(result, analyze(shorter));
    assert.equal(result.findings.length, 3);
  });

  it('analyses in full when a short question above the article may be its headline', () => {
    const question = 'What will happen to the old bridge now?';
    const text = ['Bridge repairs begin', question, PROSE[0], PROSE[1], PROSE[2], PROSE[3], ''].join('\n\n');
    const session = new AnalysisSession();
    // The longer title-like line is the headline; the other is page furniture.
    assert.deepEqual(session.analyze(text).findings.map((f) => f.text), ['Bridge repairs begin']);
    const edited = text.replace(question, 'Is it so?');
    const result = session.analyze(edited);
    assert.equal(session.last, 'not plain prose');
    same(result, analyze(edited));
    assert.deepEqual(result.findings, []);
  });

  it('answers an edit in a subheading inside the article incrementally', () => {
    const text = [PROSE[0], '', 'Bridge closed', '', PROSE[1], '', 'Share on Facebook', '', PROSE[2], '', PROSE[3], ''].join('\n');
    const session = new AnalysisSession();
    session.analyze(text);
    for (const edited of [text.replace('Bridge closed', 'Bridge closed for a month'), text.replace('Bridge closed', 'Bridge')]) {
      same(session.analyze(edited), analyze(edited));
      assert.equal(session.last, 'incremental', edited.slice(0, 160));
    }
  });

  it('analyses in full when a title may be furniture: outside the article, near a counter, a badge, a label or a prompt', () => {
    const body = [PROSE[0], PROSE[1], PROSE[2], PROSE[3]];
    const slides = ['1/12 Bakery chain to close ten shops', 'Photo: Jane Doe/Reuters', '2/12 Storm closes the coast road', 'Photo: Jane Doe/Reuters',
      '3/12 Ferry returns to the island', 'Photo: Jane Doe/Reuters'];
    const cases: [string[], string, string][] = [
      // [lines, title, its edit]: each edit changes the findings of the title or of another line.
      [['Weather', 'Bridge repairs begin in the valley', ...body], 'Bridge repairs begin in the valley', 'Bridge'], // the headline
      [[...body.slice(0, 2), 'Crews', 'Gallery 29 photos', ...body.slice(2)], 'Crews', 'Crews at work on the old bridge'],
      [[...body.slice(0, 2), 'Recommended', 'Bridge', ...body.slice(2)], 'Bridge', 'Bridge closed again'],
      [[...body.slice(0, 2), 'Bridge closed for the rest of the winter', 'Sign up for our morning newsletter', ...body.slice(2)],
        'Bridge closed for the rest of the winter', 'Daily news'],
      [[...body.slice(0, 2), 'The week', ...slides, ...body.slice(2)], 'The week', 'The week in pictures'],
      // The words of a menu line after the article: a table of contents inside it keeps that line.
      [[...body.slice(0, 2), 'Bridge closed', ...body.slice(2), 'More buses for the north'], 'Bridge closed', 'More buses – for the north'],
    ];
    for (const [lines, title, edit] of cases) {
      const text = lines.join('\n\n') + '\n';
      const session = new AnalysisSession();
      const before = session.analyze(text);
      const edited = text.replace(`\n${title}\n`, `\n${edit}\n`);
      assert.notEqual(edited, text);
      const result = session.analyze(edited);
      same(result, analyze(edited));
      assert.equal(session.last, 'context', edit);
      const flaggedLines = (r: AnalysisResult) => r.findings.filter((f) => f.kind !== 'quote').map((f) => f.range.start.line);
      assert.notDeepEqual(flaggedLines(result), flaggedLines(before), `${edit}: the edit should change what is flagged`);
    }
  });

  it('analyses an encyclopedia\'s article in full: a caption there hangs on footnote marks anywhere in the text', () => {
    const cited = (k: number) => `Paragraph ${k} tells how the harbour town of Port Lisle grew from a whaling station into the islands' capital over two centuries of trade.[${k}]`;
    const caption = 'The harbour of Port Lisle in 1910';
    const text = [...Array.from({ length: 6 }, (_, k) => cited(k + 1)), caption, cited(7), cited(8), ''].join('\n\n');
    const session = new AnalysisSession();
    assert.deepEqual(session.analyze(text).findings.map((f) => f.category), ['figure']);
    // A paragraph losing its footnote mark leaves seven: the caption is no longer one.
    const unmarked = text.replace('trade.[2]', 'trade.');
    const result = session.analyze(unmarked);
    assert.equal(session.last, 'context');
    same(result, analyze(unmarked));
    assert.deepEqual(result.findings, []);
  });

  it('analyses in full when the edited line carries a credit or a badge, even with its own finding hidden', () => {
    // The caption's text stands again above it as a video title; editing the caption changes that line.
    const caption = 'Crews clear the road near the old bridge on the morning after the flood';
    const text = [PROSE[0], `${caption}.`, PROSE[1], `${caption} | Photo: Jane Doe/Reuters`, PROSE[2], PROSE[3], ''].join('\n\n');
    const options: Options = { disabledCategories: ['credit'] };
    const session = new AnalysisSession(options);
    assert.deepEqual(session.analyze(text).findings.map((f) => f.category), ['video-title']);
    const edited = text.replace(`${caption} |`, `${caption.replace('the road', 'the main road')} |`);
    const result = session.analyze(edited);
    assert.equal(session.last, 'context');
    same(result, analyze(edited, options));
    assert.deepEqual(result.findings, []);
    // A gallery's badge makes the line above it the gallery's title (and goes with it); a badge edited into words does not.
    const badge = [PROSE[0], PROSE[1], 'Flood pictures from the valley', 'Gallery 29 photos', PROSE[2], PROSE[3], ''].join('\n\n');
    const second = new AnalysisSession();
    assert.deepEqual(second.analyze(badge).findings.map((f) => f.category), ['media-title', 'related-link']);
    const words = badge.replace('Gallery 29 photos', 'Gallery of photos');
    same(second.analyze(words), analyze(words));
    assert.equal(second.last, 'context');
  });

  it('answers an edit in a line a line rule flags incrementally: its new finding, the others shifted', () => {
    const text = ['Bridge closed', '', 'By Jane Doe', '', PROSE[0], '', 'Read more: Flood warnings extended across the county', '', PROSE[1], '', PROSE[2], '',
      'ADVERTISEMENT', '', PROSE[3], '', '© 2025 Example Media. All rights reserved.', ''].join('\n');
    const edits: [string, string][] = [
      ['Read more: Flood warnings extended', 'Read more: Storm warnings extended'],
      ['By Jane Doe', 'By Janet Doe and Tom Baker'],
      ['© 2025 Example Media', '© 2026 Example Media'],
    ];
    const session = new AnalysisSession();
    session.analyze(text);
    let current = text;
    for (const [from, to] of edits) {
      current = current.replace(from, to);
      const result = session.analyze(current);
      same(result, analyze(current));
      assert.equal(session.last, 'incremental', to);
      const line = result.findings.find((f) => f.text.includes(to));
      assert.ok(line, `the edited line is still flagged: ${to}`);
      assert.equal(current.slice(line.offsets.start, line.offsets.end), line.text);
    }
  });

  it('analyses in full an edit in a flagged line that other lines read, or that another rule flags', () => {
    const body = [PROSE[0], PROSE[1], PROSE[2], PROSE[3]];
    const cases: [string[], string, string][] = [
      // A "Related" label stops being one: the story under it is no longer listed.
      [[...body.slice(0, 2), 'Recommended', 'The bridge that nobody wanted to pay for', ...body.slice(2)], 'Recommended', 'Recommended reading on bridges'],
      // A sign-up prompt: the short line next to it is its box's heading.
      [[...body.slice(0, 2), 'Sign up for our morning newsletter', 'Daily news', ...body.slice(2)], 'Sign up for our morning newsletter', 'Sign up for our evening newsletter'],
      // A line another rule flags now.
      [[...body.slice(0, 2), 'Read more: Flood warnings extended', ...body.slice(2)], 'Read more: Flood warnings extended', 'Share on Facebook'],
    ];
    for (const [lines, line, edit] of cases) {
      const text = lines.join('\n\n') + '\n';
      const session = new AnalysisSession();
      session.analyze(text);
      const edited = text.replace(`\n${line}\n`, `\n${edit}\n`);
      assert.notEqual(edited, text);
      same(session.analyze(edited), analyze(edited));
      assert.equal(session.last, 'context', edit);
    }
  });

  it('analyses in full an edit that may change a reader\'s comment or a video player\'s menu words', () => {
    const body = [PROSE[0], PROSE[1], PROSE[2], PROSE[3]];
    const thread = ['2 comments', 'March 3, 2025 at 9:14 am', 'We did the same on our street.', 'Reply'];
    const player = ['This is a modal window.', 'LIVE', 'Current Time 0:00', 'Done', 'End of dialog window.'];
    const cases: [string, string, string][] = [
      // The Reply button goes, or another comments line becomes one: the comment above it changes.
      [[...body, ...thread].join('\n\n'), 'Reply', 'Comments (2)'],
      [[...body, '2 comments', 'March 3, 2025 at 9:14 am', 'We did the same on our street.', 'Comments (3)'].join('\n\n'), 'Comments (3)', 'Reply'],
      // A player's text next to a menu word, and a short line near the player.
      [[...body.slice(0, 2), player.join('\n'), ...body.slice(2)].join('\n\n'), 'End of dialog window.', 'End of the dialog'],
      [[...body.slice(0, 2), player.join('\n'), ...body.slice(2)].join('\n\n'), 'LIVE', 'LIVE coverage of the vote tonight in the hall'],
    ];
    for (const [text, line, edit] of cases) {
      const session = new AnalysisSession();
      session.analyze(text);
      const edited = text.replace(`\n${line}`, `\n${edit}`);
      assert.notEqual(edited, text);
      same(session.analyze(edited), analyze(edited));
      assert.notEqual(session.last, 'incremental', edit);
    }
  });

  it('keeps CRLF line breaks and the offsets after them right', () => {
    const text = ['Bridge closed', '', PROSE[0], '', 'Share on Facebook', '', PROSE[1], '', 'ADVERTISEMENT', '', PROSE[2], ''].join('\r\n');
    const session = new AnalysisSession();
    session.analyze(text);
    const edited = text.replace('before they reopen', 'before they also reopen');
    same(session.analyze(edited), analyze(edited));
    assert.equal(session.last, 'incremental');
    const again = edited.replace('to heavy traffic', 'to the heavy traffic');
    same(session.analyze(again), analyze(again));
    assert.equal(session.last, 'incremental');
  });

  it('takes a new lower-case word that the text never writes capitalised', () => {
    const text = [PROSE[3], '', PROSE[0], '', PROSE[1], '', PROSE[2], ''].join('\n');
    const session = new AnalysisSession();
    session.analyze(text);
    const edited = text.replace('heavy traffic', 'heavy xylophonic traffic');
    same(session.analyze(edited), analyze(edited));
    assert.equal(session.last, 'incremental');
  });

  it('returns the same result for the same text', () => {
    const session = new AnalysisSession();
    const a = session.analyze(PROSE.join('\n\n'));
    assert.equal(session.analyze(PROSE.join('\n\n')), a);
    assert.equal(session.last, 'same');
  });
});
