import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineSplitter, type LineItem } from '../../../src/cli/jsonl/lines';
import { valueSpan } from '../../../src/cli/jsonl/record';
import { ARTICLE, run } from './helpers';

/** What `clean` makes of ARTICLE (the plain CLI on the same text). */
let cleaned: string;
let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const lines = (s: string) => s.split('\n').slice(0, -1);

describe('CLI --jsonl', function () {
  this.timeout(60000);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'article-sieve-jsonl-'));
    cleaned = run(['clean', '-'], ARTICLE).out;
    assert.notEqual(cleaned, ARTICLE);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('clean', () => {
    it('replaces only the text field, keeps every other byte and the input order', () => {
      const recs = [
        `{"id":1, "title" : "Caf\\u00e9 \u2014 \u65e5\u672c \ud83d\ude00","text":${JSON.stringify(ARTICLE)},"meta":{"tags":["a","b"],"n":{"deep":[1,2.50,null,true]}}}`,
        `{"id":2,"text":"Nothing to strip here.","x":"\\"quoted\\" \\\\ back"}`,
        `  {"text":${JSON.stringify(ARTICLE)},   "id":3}  `,
      ];
      const r = run(['clean', '--jsonl', file('order.jsonl', recs.join('\n') + '\n')]);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      const out = lines(r.out);
      assert.equal(out.length, 3);
      assert.equal(out[0], recs[0]!.replace(JSON.stringify(ARTICLE), JSON.stringify(cleaned)));
      assert.equal(out[1], recs[1]); // unchanged text: the line is byte-for-byte the input
      assert.equal(out[2], recs[2]!.replace(JSON.stringify(ARTICLE), JSON.stringify(cleaned)));
      assert.equal(JSON.parse(out[0]!).title, 'Café — 日本 😀');
      assert.deepEqual(JSON.parse(out[0]!).meta, { tags: ['a', 'b'], n: { deep: [1, 2.5, null, true] } });
    });

    it('keeps the order of many records', () => {
      const recs = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: i % 3 ? `Short note ${i}.` : ARTICLE }));
      const out = lines(run(['clean', '--jsonl', file('many.jsonl', recs.join('\n') + '\n')]).out).map((l) => JSON.parse(l));
      assert.deepEqual(out.map((o) => o.id), recs.map((_, i) => i));
      assert.equal(out[0].text, cleaned);
      assert.equal(out[1].text, 'Short note 1.');
    });

    it('--field names the text field; the default field is then left alone', () => {
      const rec = JSON.stringify({ text: ARTICLE, body: ARTICLE });
      const out = JSON.parse(run(['clean', '--jsonl', '--field', 'body', '-'], rec + '\n').out);
      assert.equal(out.body, cleaned);
      assert.equal(out.text, ARTICLE);
      const nested = JSON.stringify({ a: { text: 1 }, content: ARTICLE });
      assert.equal(JSON.parse(run(['clean', '--jsonl', '--field=content'], nested + '\n').out).content, cleaned);
    });

    it('uses the last of duplicate keys, as JSON.parse does', () => {
      const rec = `{"text":"first","text":${JSON.stringify(ARTICLE)}}`;
      const out = run(['clean', '--jsonl'], rec + '\n').out;
      assert.equal(out, `{"text":"first","text":${JSON.stringify(cleaned)}}\n`);
    });

    it('--check writes nothing and exits 1 when a record would change, 0 when none would', () => {
      const p = file('check.jsonl', [JSON.stringify({ text: 'Plain.' }), JSON.stringify({ text: ARTICLE }), 'oops'].join('\n') + '\n');
      const r = run(['clean', '--jsonl', '--check', p]);
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      assert.match(r.err, new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: \\d+ finding\\(s\\)`, 'm'));
      assert.match(r.err, /:3: not valid JSON/);
      assert.match(r.err, /1 of 2 record\(s\) would change/);
      const ok = run(['clean', '--jsonl', '--check'], JSON.stringify({ text: 'Plain.' }) + '\n');
      assert.equal(ok.code, 0);
      assert.equal(ok.out, '');
    });
  });

  describe('scan', () => {
    it('adds an articleSieve field with the language and the contract findings', () => {
      const rec = `{"id":"a","text":${JSON.stringify(ARTICLE)} }`;
      const r = run(['scan', '--jsonl', '-'], rec + '\n');
      assert.equal(r.code, 0, r.err);
      const line = lines(r.out)[0]!;
      assert.ok(line.startsWith(rec.slice(0, -1) + ',"articleSieve":'), line.slice(0, 80));
      const o = JSON.parse(line);
      assert.equal(o.articleSieve.language, 'en');
      const contract = JSON.parse(run(['scan', '--format', 'json', '-'], ARTICLE).out);
      assert.deepEqual(o.articleSieve.findings, contract.findings);
      const q = o.articleSieve.findings.find((f: { kind: string }) => f.kind === 'quote');
      assert.equal(q.speaker, 'Maria Lopez');
      assert.deepEqual(Object.keys(q), ['kind', 'category', 'range', 'text', 'reason', 'confidence', 'speaker', 'detector']);
    });

    it('replaces an articleSieve field already present instead of adding a second one', () => {
      const rec = JSON.stringify({ text: 'Plain words.', articleSieve: { old: true }, z: 1 });
      const o = JSON.parse(run(['scan', '--jsonl'], rec + '\n').out);
      assert.deepEqual(Object.keys(o), ['text', 'articleSieve', 'z']);
      assert.deepEqual(o.articleSieve.findings, []);
    });
  });

  describe('bad records', () => {
    const input = [
      JSON.stringify({ id: 1, text: ARTICLE }),
      '{"id":2,"text":"unterminated',
      JSON.stringify({ id: 3, body: 'no text field' }),
      JSON.stringify({ id: 4, text: 42 }),
      JSON.stringify({ id: 5, text: null }),
      '[1,2,3]',
      '"just a string"',
      JSON.stringify({ id: 8, text: ARTICLE }),
    ];

    it('reports each with FILE:LINE on stderr, passes it through unchanged, and carries on (exit 0)', () => {
      const p = file('bad.jsonl', input.join('\n') + '\n');
      const r = run(['clean', '--jsonl', p]);
      assert.equal(r.code, 0);
      const out = lines(r.out);
      assert.equal(out.length, 8);
      assert.equal(JSON.parse(out[0]!).text, cleaned);
      assert.deepEqual(out.slice(1, 7), input.slice(1, 7));
      assert.equal(JSON.parse(out[7]!).text, cleaned);
      assert.match(r.err, new RegExp(`^article-sieve: ${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: not valid JSON .*; passed through$`, 'm'));
      assert.match(r.err, /:3: no "text" field; passed through$/m);
      assert.match(r.err, /:4: "text" is a number, not a string; passed through$/m);
      assert.match(r.err, /:5: "text" is null, not a string; passed through$/m);
      assert.match(r.err, /:6: not a JSON object but an array; passed through$/m);
      assert.match(r.err, /:7: not a JSON object but a string; passed through$/m);
      assert.match(r.err, /6 bad record\(s\) passed through unchanged, 2 processed/);
      assert.doesNotMatch(r.err, /:1:|:8:/);
    });

    it('--drop-bad drops them (and still reports them)', () => {
      const r = run(['clean', '--jsonl', '--drop-bad', '-'], input.join('\n') + '\n');
      assert.equal(r.code, 0);
      assert.deepEqual(lines(r.out).map((l) => JSON.parse(l).id), [1, 8]);
      assert.match(r.err, /<stdin>:2: not valid JSON .*; dropped$/m);
      assert.match(r.err, /6 bad record\(s\) dropped/);
    });

    it('passes a line of invalid UTF-8 through byte-for-byte', () => {
      const badBytes = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"}\n')]);
      const good = Buffer.from(JSON.stringify({ text: 'Fine.' }) + '\n');
      const r = run(['scan', '--jsonl'], Buffer.concat([badBytes, good]));
      assert.equal(r.code, 0);
      assert.ok(r.raw.subarray(0, badBytes.length).equals(badBytes));
      assert.match(r.err, /<stdin>:1: invalid UTF-8; passed through/);
      assert.equal(JSON.parse(r.raw.subarray(badBytes.length).toString()).articleSieve.language, 'und');
    });

    it('a missing file is an input error (exit 2), the other files are still processed', () => {
      const r = run(['clean', '--jsonl', join(dir, 'nope.jsonl'), file('one.jsonl', JSON.stringify({ text: 'Hi.' }) + '\n')]);
      assert.equal(r.code, 2);
      assert.match(r.err, /nope\.jsonl: no such file/);
      assert.equal(r.out, '{"text":"Hi."}\n');
    });

    it('usage errors exit 2', () => {
      assert.equal(run(['quotes', '--jsonl', '-']).code, 2);
      assert.equal(run(['clean', '--jobs', '2', '-']).code, 2);
      assert.equal(run(['clean', '--field', 'x', '-']).code, 2);
      assert.equal(run(['clean', '--jsonl', '--jobs', '0']).code, 2);
      assert.equal(run(['clean', '--jsonl', '--write', 'x']).code, 2);
      assert.equal(run(['scan', '--jsonl', '--format', 'json']).code, 2);
      assert.match(run(['--help']).out, /--jsonl/);
    });
  });

  describe('line handling', () => {
    it('CRLF input: records are processed and keep their CRLF endings', () => {
      const input = [JSON.stringify({ text: ARTICLE }), JSON.stringify({ text: 'Plain.' }), 'bad'].join('\r\n') + '\r\n';
      const r = run(['clean', '--jsonl'], input);
      assert.equal(r.out, [JSON.stringify({ text: cleaned }), JSON.stringify({ text: 'Plain.' }), 'bad'].join('\r\n') + '\r\n');
      assert.match(r.err, /<stdin>:3: not valid JSON/);
    });

    it('a last line without a newline is processed and ends with one', () => {
      const plain = JSON.stringify({ a: 1, text: 'Plain words here.' });
      const r = run(['clean', '--jsonl'], `${plain}\n${JSON.stringify({ text: ARTICLE })}`);
      assert.equal(r.out, `${plain}\n${JSON.stringify({ text: cleaned })}\n`);
      assert.equal(r.err, '');
    });

    it('empty and blank lines pass through silently and count in line numbers; --drop-bad drops them', () => {
      const input = `\n${JSON.stringify({ text: 'A.' })}\n\n   \nnope\n`;
      const r = run(['clean', '--jsonl'], input);
      assert.equal(r.out, input);
      assert.match(r.err, /^article-sieve: <stdin>:5: not valid JSON/m);
      assert.equal(run(['clean', '--jsonl', '--drop-bad'], input).out, `${JSON.stringify({ text: 'A.' })}\n`);
      assert.equal(run(['clean', '--jsonl'], '').out, '');
    });

    it('reads standard input with - and with no file at all, and several files in turn', () => {
      const a = JSON.stringify({ text: ARTICLE });
      const expected = JSON.stringify({ text: cleaned }) + '\n';
      assert.equal(run(['clean', '--jsonl', '-'], a + '\n').out, expected);
      assert.equal(run(['clean', '--jsonl'], a + '\n').out, expected);
      const p = file('first.jsonl', '{"text":"One."}\nbad\n');
      const r = run(['clean', '--jsonl', p, '-'], a + '\nbad\n');
      assert.equal(r.out, `{"text":"One."}\nbad\n${expected}bad\n`);
      assert.match(r.err, /first\.jsonl:2: not valid JSON/);
      assert.match(r.err, /<stdin>:2: not valid JSON/);
    });

    it('handles a record with a 2 MB text', () => {
      let big = '';
      while (big.length < 2 * 1024 * 1024) big += ARTICLE + '\n';
      const input = [JSON.stringify({ id: 0, text: 'x' }), JSON.stringify({ id: 1, text: big }), JSON.stringify({ id: 2, text: 'y' })].join('\n') + '\n';
      for (const jobs of ['1', '2']) {
        const r = run(['clean', '--jsonl', '--jobs', jobs], input);
        assert.equal(r.code, 0, r.err);
        const out = lines(r.out).map((l) => JSON.parse(l));
        assert.deepEqual(out.map((o) => o.id), [0, 1, 2]);
        assert.ok(out[1].text.length < big.length * 0.95, 'boilerplate stripped from the big text');
        assert.ok(!/^Share on Facebook$/m.test(out[1].text));
      }
    });

    it('streams a record longer than the record limit through unanalysed, in order', () => {
      const long = JSON.stringify({ id: 'long', text: ARTICLE.repeat(20) });
      const input = `${JSON.stringify({ text: ARTICLE })}\r\n${long}\r\n${JSON.stringify({ text: ARTICLE })}`;
      const env = { ARTICLE_SIEVE_MAX_RECORD_BYTES: '1000' };
      for (const jobs of ['1', '2']) {
        const r = run(['clean', '--jsonl', '--jobs', jobs], input, env);
        const c = JSON.stringify({ text: cleaned });
        assert.ok(r.out === `${c}\r\n${long}\r\n${c}\n`, `--jobs ${jobs}: the long record was not passed through as is`);
        assert.match(r.err, /<stdin>:2: record longer than 1000 bytes; not analysed; passed through/);
      }
      assert.equal(run(['clean', '--jsonl', '--drop-bad'], input, env).out.split('\n').length, 3);
    });
  });

  describe('--jobs', () => {
    it('--jobs 2 gives the same output as --jobs 1 on 200 records (clean and scan)', () => {
      const texts = [ARTICLE, 'Plain text, nothing to do.', `${ARTICLE}\n\nRead more: Other story\n`, 'Banjir melanda Bandung.\n\nBaca juga: Berita lain\n'];
      const recs = Array.from({ length: 200 }, (_, i) => (i % 37 === 5 ? `{broken ${i}` : JSON.stringify({ id: i, n: { i }, text: texts[i % texts.length] })));
      const p = file('jobs.jsonl', recs.join('\n') + '\n');
      for (const cmd of ['clean', 'scan']) {
        const one = run([cmd, '--jsonl', '--jobs', '1', p]);
        const two = run([cmd, '--jsonl', '--jobs', '2', p]);
        assert.equal(one.code, 0);
        assert.equal(two.code, 0);
        assert.equal(lines(one.out).length, 200);
        assert.ok(two.raw.equals(one.raw), `${cmd}: --jobs 2 output differs from --jobs 1`);
        assert.equal(two.err, one.err);
      }
    });
  });
});

describe('JSON Lines internals', () => {
  const split = (chunks: string[], max = 1 << 20) => {
    const s = new LineSplitter(max);
    const items: LineItem[] = [];
    for (const c of chunks) items.push(...s.push(Buffer.from(c)));
    items.push(...s.end());
    return items.map((i) => ({ ...i, bytes: Buffer.from(i.bytes).toString() }));
  };

  it('splits across chunk boundaries, CRLF split between chunks, lines longer than a chunk', () => {
    const items = split(['ab', 'c\r', '\nd', 'ef\n\n', 'g\r\nh']);
    assert.deepEqual(items.map((i) => [i.lineNo, i.bytes, i.crlf]), [[1, 'abc', true], [2, 'def', false], [3, '', false], [4, 'g', true], [5, 'h', false]]);
  });

  it('hands out a line longer than the limit in pieces that add up to it', () => {
    const items = split(['0123456789', 'abcdefghij\r', '\nxy\n'], 8);
    const long = items.filter((i) => i.type === 'long');
    assert.equal(long.map((i) => i.bytes).join(''), '0123456789abcdefghij');
    assert.ok(long[0]!.type === 'long' && long[0]!.first && long.at(-1)!.type === 'long' && (long.at(-1) as { last: boolean }).last);
    assert.equal((long.at(-1) as { crlf: boolean }).crlf, true);
    assert.deepEqual(items.filter((i) => i.type === 'line').map((i) => [i.lineNo, i.bytes]), [[2, 'xy']]);
  });

  it('treats a too-long line that arrived whole in one chunk the same way', () => {
    const items = split(['ab\n0123456789\r\nz'], 8);
    assert.deepEqual(items.map((i) => [i.type, i.lineNo, i.bytes, i.crlf]), [['line', 1, 'ab', false], ['long', 2, '0123456789', true], ['line', 3, 'z', false]]);
  });

  it('finds the span of a top-level value, skipping nested and escaped keys', () => {
    const raw = '{"a":{"text":"no"},"t\\u0065xt" : "yes \\"q\\" \\\\" ,"b":[{"text":1}]}';
    const span = valueSpan(raw, 'text')!;
    assert.equal(raw.slice(span.start, span.end), '"yes \\"q\\" \\\\"');
    assert.equal(valueSpan(raw, 'missing'), undefined);
    assert.equal(raw.slice(valueSpan(raw, 'b')!.start, valueSpan(raw, 'b')!.end), '[{"text":1}]');
  });
});
