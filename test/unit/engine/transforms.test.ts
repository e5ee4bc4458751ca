/**
 * Transforms: stripFindings/applyEdits, splitLines/PositionMap, extractItems/formatItems.
 */
import assert from 'node:assert/strict';
import {
  PositionMap, analyze, applyEdits, extractItems, formatItems, splitLines, stripFindings,
  type ExtractedItem, type FindingKind,
} from '../../../src/engine';
import { PROSE } from './helpers';

const [P0, P1, P2, P3] = PROSE.en as [string, string, string, string];

/** Analyse and strip in one go. */
function strip(text: string, kinds?: readonly FindingKind[]) {
  const result = analyze(text);
  return { result, ...stripFindings(text, result.findings, kinds) };
}

describe('stripFindings', () => {
  describe('removes exactly the flagged lines and collapses the blank lines they leave', () => {
    const CASES: readonly { name: string; input: string; output: string }[] = [
      { name: 'one line between paragraphs', input: `${P0}\n\nADVERTISEMENT\n\n${P1}\n\n${P2}\n`, output: `${P0}\n\n${P1}\n\n${P2}\n` },
      { name: 'two adjacent lines', input: `${P0}\n\nADVERTISEMENT\nShare on Facebook\n\n${P1}\n\n${P2}\n`, output: `${P0}\n\n${P1}\n\n${P2}\n` },
      { name: 'lines separated by blanks', input: `${P0}\n\nADVERTISEMENT\n\nShare on Facebook\n\n12 comments\n\n${P1}\n\n${P2}\n`, output: `${P0}\n\n${P1}\n\n${P2}\n` },
      { name: 'a line glued under a paragraph', input: `${P0}\nShare on Facebook\n\n${P1}\n\n${P2}\n`, output: `${P0}\n\n${P1}\n\n${P2}\n` },
      { name: 'the first line', input: `Share\n\n${P0}\n\n${P1}\n\n${P2}\n`, output: `${P0}\n\n${P1}\n\n${P2}\n` },
      { name: 'the first line, no final newline', input: `Share\n\n${P0}\n\n${P1}\n\n${P2}`, output: `${P0}\n\n${P1}\n\n${P2}` },
      { name: 'the last line, with a final newline', input: `${P0}\n\n${P1}\n\n${P2}\n\nADVERTISEMENT\n`, output: `${P0}\n\n${P1}\n\n${P2}\n` },
      { name: 'a caption and its credit', input: `${P0}\n\n${P1}\n\nCrews install new pipes on Main Street on Monday.\nREUTERS/Mark Taylor\n\n${P2}\n`, output: `${P0}\n\n${P1}\n\n${P2}\n` },
      { name: 'paragraphs separated by two blank lines keep them', input: `${P0}\n\n\nADVERTISEMENT\n\n\n${P1}\n\n\n${P2}\n`, output: `${P0}\n\n\n${P1}\n\n\n${P2}\n` },
    ];
    for (const c of CASES) {
      it(c.name, () => {
        const s = strip(c.input);
        assert.equal(s.output, c.output);
        assert.equal(applyEdits(c.input, s.edits), s.output, 'edits reproduce the output');
        for (const e of s.edits) assert.equal(e.text, '');
      });
    }
  });

  describe('line endings survive byte for byte', () => {
    const body = (eol: string) => [P0, '', 'ADVERTISEMENT', '', P1, '', P2, ''].join(eol);
    const want = (eol: string) => [P0, '', P1, '', P2, ''].join(eol);
    for (const [name, eol] of [['LF', '\n'], ['CRLF', '\r\n'], ['CR only', '\r']] as const) {
      it(name, () => {
        const s = strip(body(eol));
        assert.equal(s.output, want(eol));
        assert.equal(applyEdits(body(eol), s.edits), s.output);
      });
    }

    it('mixed endings: only the removed lines and one of their blank lines disappear', () => {
      const input = `${P0}\r\n\r\nADVERTISEMENT\n\n${P1}\r\rShare\r\n\r\n${P2}\n\n${P3}\r\n`;
      const s = strip(input);
      assert.equal(s.output, `${P0}\r\n\r\n${P1}\r\r${P2}\n\n${P3}\r\n`);
      // Every kept line has the same text and the same break as before.
      const before = splitLines(input);
      const kept = before.filter((l) => !s.removedLines.includes(l.index)).map((l) => l.text + l.eol).join('');
      assert.equal(kept, s.output);
    });
  });

  it('a blank LF line after a kept CR line goes with the flagged lines before it, joining the two paragraphs', () => {
    // Kept, `\n` after `\r` would read as one CRLF break: the CR line would change its break and the blank line
    // would vanish anyway. Every kept line keeps its text and break; the paragraphs now touch.
    const input = `${P0}\n\n${P1}\rShare on Facebook\n\n${P2}\n`;
    const s = strip(input);
    assert.equal(s.output, `${P0}\n\n${P1}\r${P2}\n`);
    const before = splitLines(input);
    assert.equal(before.filter((l) => !s.removedLines.includes(l.index)).map((l) => l.text + l.eol).join(''), s.output);
  });

  describe('final newline', () => {
    it('kept when the input had one', () => {
      assert.ok(strip(`${P0}\n\nShare\n\n${P1}\n\n${P2}\n`).output.endsWith(`${P2}\n`));
    });
    it('omitted when the input had none', () => {
      assert.ok(strip(`${P0}\n\nShare\n\n${P1}\n\n${P2}`).output.endsWith(`${P2}`));
      assert.ok(!strip(`${P0}\n\nShare\n\n${P1}\n\n${P2}`).output.endsWith('\n'));
    });
    it('CRLF final newline kept after removing the last line', () => {
      assert.equal(strip(`${P0}\r\n\r\n${P1}\r\n\r\n${P2}\r\n\r\nShare\r\n`).output, `${P0}\r\n\r\n${P1}\r\n\r\n${P2}\r\n`);
    });
  });

  it('everything flagged: nothing left', () => {
    const input = 'ADVERTISEMENT\n\nShare\n\n12 comments\n';
    const s = strip(input);
    assert.equal(s.output, '');
    assert.deepEqual(s.removedLines, [0, 1, 2, 3, 4]);
  });

  it('nothing flagged: the input unchanged, no edits', () => {
    const input = `${P0}\n\n${P1}\n\n${P2}\n`;
    const s = strip(input);
    assert.equal(s.output, input);
    assert.deepEqual(s.edits, []);
    assert.deepEqual(s.applied, []);
    assert.deepEqual(s.removedLines, []);
  });

  it('empty findings list: the input unchanged', () => {
    assert.equal(stripFindings(`a\n\nb\r\n`, []).output, `a\n\nb\r\n`);
  });

  it('reports applied findings and removed lines', () => {
    const input = `${P0}\n\nADVERTISEMENT\n\n${P1}\n\n${P2}\n`;
    const s = strip(input);
    assert.deepEqual(s.applied.map((f) => f.category), ['advertisement']);
    assert.deepEqual(s.removedLines, [2, 3]);
  });

  describe('idempotent: stripping the re-analysed output changes nothing', () => {
    const INPUTS = [
      `Home\nWorld\nPolitics\n\n${P0}\n\nADVERTISEMENT\n\n${P1}\n\nPhoto: Jane Doe\n\n${P2}\n\n${P3}\n\nTags\nBudget\nHousing\n`,
      `${P0}\r\n\r\nShare on Facebook\r\n\r\n${P1}\r\n\r\n12 comments\r\n${P2}\r\n`,
      `# Council approves budget\n\n## Background\n\n![x](https://example.com/a.jpg)\n\n${P0}\n\n- [Other story](https://example.com/b)\n\n${P1}\n\n---\n\n${P2}\n`,
      `Share\n\n\n${P0}\n\n\n\nADVERTISEMENT\n\n\n${P1}\n\n${P2}`,
    ];
    INPUTS.forEach((input, k) => {
      it(`input ${k + 1}`, () => {
        const once = strip(input).output;
        const twice = strip(once).output;
        assert.equal(twice, once);
      });
    });
  });

  describe('kinds', () => {
    const input = `${P0}\n\nADVERTISEMENT\n\n${P1}\n\nPhoto: Jane Doe\n\n${P2}\n\n“We cannot wait any longer,” said Maria Lopez.\n\n${P3}\n`;

    it('default removes boilerplate and captions, never quotes', () => {
      const s = strip(input);
      assert.ok(!s.output.includes('ADVERTISEMENT'));
      assert.ok(!s.output.includes('Photo: Jane Doe'));
      assert.ok(s.output.includes('“We cannot wait any longer,” said Maria Lopez.'));
    });
    it('boilerplate only keeps captions', () => {
      const s = strip(input, ['boilerplate']);
      assert.ok(!s.output.includes('ADVERTISEMENT'));
      assert.ok(s.output.includes('Photo: Jane Doe'));
      assert.ok(s.applied.every((f) => f.kind === 'boilerplate'));
    });
    it('captions only keeps boilerplate', () => {
      const s = strip(input, ['caption']);
      assert.ok(s.output.includes('ADVERTISEMENT'));
      assert.ok(!s.output.includes('Photo: Jane Doe'));
      assert.ok(s.applied.every((f) => f.kind === 'caption'));
    });
    it('quotes are never removed, even when asked for', () => {
      const s = strip(input, ['quote']);
      assert.equal(s.output, input);
      assert.deepEqual(s.applied, []);
    });
  });
});

describe('applyEdits', () => {
  it('applies edits given in any order', () => {
    assert.equal(applyEdits('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 0, end: 1, text: '' }]), 'bcdEf');
  });
  it('skips an edit that overlaps an earlier one', () => {
    assert.equal(applyEdits('abcdef', [{ start: 1, end: 4, text: 'X' }, { start: 2, end: 5, text: 'Y' }]), 'aXef');
  });
  it('inserts at a point', () => {
    assert.equal(applyEdits('abc', [{ start: 3, end: 3, text: '!' }]), 'abc!');
  });
});

describe('splitLines', () => {
  it('keeps each line\'s own break (LF, CRLF, CR) and rebuilds the text', () => {
    const text = 'a\nb\r\nc\rd';
    const lines = splitLines(text);
    assert.deepEqual(lines.map((l) => [l.text, l.eol]), [['a', '\n'], ['b', '\r\n'], ['c', '\r'], ['d', '']]);
    assert.equal(lines.map((l) => l.text + l.eol).join(''), text);
    for (const l of lines) {
      assert.equal(text.slice(l.start, l.end), l.text);
      assert.equal(l.fullEnd, l.end + l.eol.length);
    }
  });
  it('a final newline leaves an empty last line', () => {
    const lines = splitLines('a\n');
    assert.deepEqual(lines.map((l) => l.text), ['a', '']);
    assert.equal(lines[1]!.start, 2);
  });
  it('empty text is one empty line', () => {
    assert.deepEqual(splitLines(''), [{ index: 0, start: 0, end: 0, fullEnd: 0, text: '', eol: '' }]);
  });
  it('\\n\\r is two breaks, \\r\\n is one', () => {
    assert.equal(splitLines('a\n\rb').length, 3);
    assert.equal(splitLines('a\r\nb').length, 2);
  });
});

describe('PositionMap', () => {
  const text = 'Héllo 😀 wörld\r\n\r\n“Quote” 👩‍👩‍👧 end\rlast\n';
  const lines = splitLines(text);
  const map = new PositionMap(lines);

  it('round-trips every offset outside a line break', () => {
    for (const l of lines) {
      for (let o = l.start; o <= l.end; o++) {
        const p = map.position(o);
        assert.equal(p.line, l.index);
        assert.equal(map.offset(p), o);
      }
    }
  });
  it('counts an emoji (surrogate pair) as 2 UTF-16 units', () => {
    const after = text.indexOf(' wörld');
    assert.deepEqual(map.position(after), { line: 0, character: 8 });
    const family = text.indexOf(' end');
    const lineStart = lines[2]!.start;
    assert.equal(map.position(family).character, family - lineStart);
    assert.equal(family - lineStart, '“Quote” 👩‍👩‍👧'.length);
  });
  it('clamps an offset inside CRLF to the end of its line', () => {
    const crlf = lines[0]!.end + 1; // between \r and \n
    assert.deepEqual(map.position(crlf), { line: 0, character: lines[0]!.text.length });
  });
  it('range() converts both ends', () => {
    const start = text.indexOf('“');
    const end = text.indexOf('”') + 1;
    assert.deepEqual(map.range(start, end), { start: { line: 2, character: 0 }, end: { line: 2, character: 7 } });
  });
  it('offset() clamps positions past the line or the text', () => {
    assert.equal(map.offset({ line: 0, character: 999 }), lines[0]!.end);
    assert.equal(map.offset({ line: 99, character: 0 }), lines[lines.length - 1]!.start);
    assert.equal(map.offset({ line: 0, character: -5 }), 0);
  });
  it('analysis positions agree with offsets on text with emoji and CRLF', () => {
    const article = `${P0} 😀\r\n\r\n“We cannot wait 😀 any longer,” said Maria Lopez.\r\n\r\nShare\r\n\r\n${P1}\r\n`;
    const result = analyze(article);
    const m = new PositionMap(splitLines(article));
    assert.ok(result.findings.length >= 2);
    for (const f of result.findings) {
      assert.deepEqual(f.range, m.range(f.offsets.start, f.offsets.end));
      assert.equal(m.offset(f.range.start), f.offsets.start);
      assert.equal(m.offset(f.range.end), f.offsets.end);
    }
  });
});

describe('extractItems / formatItems', () => {
  const article = [
    P0, '',
    '“We cannot wait any longer,” said Maria Lopez.', '',
    '“Then the water came into the houses.', '',
    '“Nobody helped us for three days,” she said.', '',
    'Crews install new pipes on Main Street on Monday. REUTERS/Jane Doe', '',
    P1, '',
  ].join('\n');
  const findings = analyze(article).findings;

  it('extracts quotes in order with 1-based lines, speakers, and multi-paragraph text on one line', () => {
    const items = extractItems(findings, 'quote');
    assert.deepEqual(items.map((i) => [i.line, i.category, i.speaker]), [[3, 'direct', 'Maria Lopez'], [5, 'multi-paragraph', 'Maria Lopez']]);
    assert.equal(items[1]!.text, '“Then the water came into the houses. “Nobody helped us for three days,”');
    assert.ok(items.every((i) => i.kind === 'quote'));
  });

  it('extracts captions with trimmed text and no speaker', () => {
    const items = extractItems(findings, 'caption');
    assert.deepEqual(items, [{ kind: 'caption', line: 9, text: 'Crews install new pipes on Main Street on Monday. REUTERS/Jane Doe', speaker: null, category: 'credit' }]);
  });

  const quote = (text: string, speaker: string | null, line = 1): ExtractedItem => ({ kind: 'quote', line, text, speaker, category: 'direct' });
  const caption = (text: string, line = 1): ExtractedItem => ({ kind: 'caption', line, text, speaker: null, category: 'credit' });

  describe('Markdown', () => {
    it('a table with a title naming the source', () => {
      assert.equal(
        formatItems([quote('“Yes,” she said', 'Maria Lopez', 3)], 'md', 'article.txt'),
        '# Quotes in article.txt\n\n| Quote | Speaker | Line |\n|---|---|---:|\n| “Yes,” she said | Maria Lopez | 3 |\n',
      );
    });
    it('escapes | and backslashes, and joins line breaks', () => {
      const md = formatItems([quote('a | b \\ c\nd', null)], 'md');
      assert.ok(md.includes('| a \\| b \\\\ c d | — | 1 |'), md);
    });
    it('captions table', () => {
      assert.equal(formatItems([caption('Photo: Jane | Doe', 7)], 'md'), '# Captions\n\n| Caption | Line |\n|---|---:|\n| Photo: Jane \\| Doe | 7 |\n');
    });
    it('empty list message', () => {
      assert.equal(formatItems([], 'md'), '# Quotes\n\nNone found.\n');
      assert.equal(formatItems([], 'md', 'a.txt'), '# Quotes in a.txt\n\nNone found.\n');
    });
  });

  describe('JSON', () => {
    it('quotes: line, text, speaker, category', () => {
      const json = formatItems([quote('“Yes”', 'Maria Lopez', 3), quote('“No”', null, 5)], 'json');
      assert.ok(json.endsWith('\n'));
      assert.deepEqual(JSON.parse(json), [
        { line: 3, text: '“Yes”', speaker: 'Maria Lopez', category: 'direct' },
        { line: 5, text: '“No”', speaker: null, category: 'direct' },
      ]);
    });
    it('captions: line, text, category', () => {
      assert.deepEqual(JSON.parse(formatItems([caption('Photo: Jane Doe', 2)], 'json')), [{ line: 2, text: 'Photo: Jane Doe', category: 'credit' }]);
    });
    it('empty list is an empty array', () => {
      assert.deepEqual(JSON.parse(formatItems([], 'json')), []);
    });
  });

  describe('CSV (RFC 4180)', () => {
    it('header, CRLF line ends, quoting of commas, quotes and line breaks', () => {
      const csv = formatItems([quote('"Yes," she said', 'Lopez, Maria', 3), quote('two\nlines', null, 4)], 'csv');
      assert.equal(csv, 'line,speaker,quote,category\r\n3,"Lopez, Maria","""Yes,"" she said",direct\r\n4,,"two\nlines",direct\r\n');
    });
    it('captions header', () => {
      assert.equal(formatItems([caption('Photo: Jane Doe', 2)], 'csv'), 'line,caption,category\r\n2,Photo: Jane Doe,credit\r\n');
    });
    it('formula-injection guard: cells starting with = + - @ get a leading apostrophe', () => {
      const csv = formatItems([
        quote('=HYPERLINK("http://x")', '@handle', 1),
        quote('+1 for the plan', '-dash', 2),
        quote('=1,2', null, 3),
      ], 'csv');
      const rows = csv.split('\r\n');
      assert.equal(rows[1], `1,'@handle,"'=HYPERLINK(""http://x"")",direct`);
      assert.equal(rows[2], "2,'-dash,'+1 for the plan,direct");
      assert.equal(rows[3], `3,,"'=1,2",direct`);
    });
    it('ordinary cells are left alone', () => {
      assert.equal(formatItems([quote('Plain text', 'Maria Lopez', 1)], 'csv'), 'line,speaker,quote,category\r\n1,Maria Lopez,Plain text,direct\r\n');
    });
    it('empty list is the header only', () => {
      assert.equal(formatItems([], 'csv'), 'line,speaker,quote,category\r\n');
    });
  });
});
