import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/engine';
import { loadFixtures } from '../../helpers/fixtures';
import { ARTICLE, run } from './helpers';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('CLI', function () {
  this.timeout(20000);
  before(() => { dir = mkdtempSync(join(tmpdir(), 'article-sieve-cli-')); });

  describe('scan', () => {
    it('prints eslint-style lines and a summary', () => {
      const p = file('a.txt', ARTICLE);
      const r = run(['scan', '--no-color', p]);
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:1  boilerplate/share  `, 'm'));
      assert.match(r.out, /:7:1  boilerplate\/image-counter  /);
      assert.match(r.out, /:9:1  caption\/credit  /);
      assert.match(r.out, /:11:1  quote\/direct  Quotation  — Maria Lopez/);
      assert.match(r.out, /:15:1  boilerplate\/advertisement  /);
      assert.match(r.out, /3 boilerplate, 1 caption, 1 quote \(language en\)/);
    });

    it('prints the JSON contract for one file and an array for several', () => {
      const p = file('b.txt', ARTICLE);
      const one = JSON.parse(run(['scan', '--format', 'json', p]).out);
      assert.equal(one.file, p);
      assert.equal(one.language, 'en');
      assert.equal(one.lineCount, 18);
      const f = one.findings.find((x: { category: string }) => x.category === 'image-counter');
      assert.deepEqual(f.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } });
      assert.equal(f.text, '3');
      assert.equal(typeof f.reason, 'string');
      assert.ok(f.confidence > 0 && f.confidence <= 1);
      const q = one.findings.find((x: { kind: string }) => x.kind === 'quote');
      assert.equal(q.speaker, 'Maria Lopez');
      const many = JSON.parse(run(['scan', '--format', 'json', p, p]).out);
      assert.ok(Array.isArray(many) && many.length === 2);
    });

    it('reads standard input with -', () => {
      const r = run(['scan', '--format', 'json', '-'], ARTICLE);
      assert.equal(r.code, 0);
      assert.equal(JSON.parse(r.out).file, '<stdin>');
    });

    it('highlights the article in place with --highlight', () => {
      const r = run(['scan', '--highlight', '--color', file('h.txt', ARTICLE)]);
      assert.equal(r.code, 0);
      assert.match(r.out, /\x1b\[2;9mShare on Facebook\x1b\[0m/);
      assert.match(r.out, /— Maria Lopez/);
    });
    it('finds what the engine finds, in the language it detects: the bundle keeps only the candidate languages\' tables and the stopword lists the engine reads', () => {
      // Languages with no cue pack of ours too, which franc alone decides (invented sentences).
      const others = [
        'Wczoraj wieczorem w centrum miasta odbyło się spotkanie mieszkańców z burmistrzem. Rozmawiano o nowym parkingu, o remoncie szkoły i o tym, dlaczego autobusy jeżdżą tak rzadko.',
        'I går kväll samlades invånarna i kommunhuset för att diskutera den nya bron. Många var oroliga för trafiken, men kommunen lovade att arbetet ska vara klart till sommaren.',
        'Вчера вечером жители района собрались в школе, чтобы обсудить ремонт дороги. Глава администрации пообещал, что работы начнутся весной и закончатся до осени.',
        'Dün akşam belediye binasında yapılan toplantıda mahalle sakinleri yeni köprü projesini tartıştı. Belediye başkanı çalışmaların yaz başında tamamlanacağını söyledi.',
        'Tối qua, người dân trong khu phố đã họp tại nhà văn hóa để bàn về việc sửa chữa con đường chính. Chủ tịch phường hứa rằng công việc sẽ xong trước mùa mưa.',
      ];
      // Pages with a menu of places over the story and tags under it, which only the rule that reads prose by its
      // stopwords finds (no cue list knows the places).
      const pages = [
        ['Заречье', 'Северный район', 'Городская среда',
          'Вчера вечером жители района собрались в школе, чтобы обсудить ремонт дороги, о котором говорят уже третий год.',
          'Глава администрации пообещал, что работы начнутся весной и закончатся до осени, если погода не помешает.',
          'Многие жители остались недовольны: по их словам, такие обещания они уже слышали не раз и не два.',
          'Старый город', 'Набережная', 'Лесной квартал'],
        ['المدينة القديمة', 'حي الميناء', 'الضاحية الشمالية',
          'اجتمع سكان الحي مساء أمس في المدرسة لمناقشة إصلاح الطريق الذي ينتظرونه منذ ثلاث سنوات على الأقل.',
          'ووعد رئيس البلدية بأن تبدأ الأعمال في الربيع وأن تنتهي قبل الخريف إذا سمح الطقس بذلك في هذا العام.',
          'لكن كثيرا من السكان قالوا إنهم سمعوا مثل هذه الوعود من قبل مرات عديدة ولم يتغير شيء على الأرض.',
          'سوق السمك', 'الكورنيش', 'حي الزيتون'],
        ['Phố cổ', 'Bến cảng', 'Chợ đêm',
          'Tối qua, người dân trong khu phố đã họp tại nhà văn hóa để bàn về việc sửa chữa con đường chính của phường.',
          'Chủ tịch phường hứa rằng công việc sẽ bắt đầu vào mùa xuân và xong trước mùa mưa nếu thời tiết cho phép.',
          'Nhiều người dân vẫn chưa hài lòng, vì họ đã nghe những lời hứa như vậy nhiều lần trong mấy năm qua.',
          'Cầu gỗ', 'Bãi biển', 'Đồi thông'],
      ].map((lines) => `${lines.join('\n\n')}\n`);
      const texts = [...loadFixtures().map((f) => f.text), ...others.map((t) => `${t}\n\n${t}\n`), ...pages];
      const files = texts.map((t, k) => file(`lang-${k}.txt`, t));
      const r = run(['scan', '--format', 'json', ...files]);
      assert.equal(r.code, 0, r.err);
      type Scan = { language: string; findings: { kind: string; category: string; range: unknown; speaker?: string | null }[] };
      const summary = (x: Scan) => ({ language: x.language, findings: x.findings.map((f) => [f.kind, f.category, f.range, f.speaker ?? null]) });
      const bundled = (JSON.parse(r.out) as Scan[]).map(summary);
      assert.deepEqual(bundled, texts.map((t) => summary(analyze(t) as unknown as Scan)));
      assert.deepEqual(bundled.slice(-others.length - pages.length).map((x) => x.language), ['pl', 'sv', 'ru', 'tr', 'vi', 'ru', 'ar', 'vi']);
      // With their stopword lists the Russian and Arabic menus are found as an English one is; Vietnamese has no list
      // in the package, so the rules that need one leave its page as it is.
      const outside = (x: (typeof bundled)[number]) => x.findings.filter((f) => f[1] === 'outside-article').length;
      assert.deepEqual(bundled.slice(-pages.length).map(outside), [6, 6, 0]);
    });
  });

  describe('clean', () => {
    it('prints the text without boilerplate and captions, paragraphs still separated', () => {
      const r = run(['clean', file('c.txt', ARTICLE)]);
      assert.equal(r.code, 0);
      assert.ok(!r.out.includes('Share on Facebook'));
      assert.ok(!r.out.includes('ADVERTISEMENT'));
      assert.ok(!r.out.includes('Credit: Riverton Gazette'));
      assert.ok(r.out.includes('said Maria Lopez'));
      assert.ok(!/\n\n\n/.test(r.out), 'no doubled blank lines');
      assert.ok(r.out.endsWith('said.\n'));
    });

    it('strips only the kinds asked for', () => {
      const r = run(['clean', '--strip', 'captions', file('d.txt', ARTICLE)]);
      assert.ok(r.out.includes('Share on Facebook'));
      assert.ok(!r.out.includes('Credit: Riverton Gazette'));
    });

    it('--check exits 1 when something would be stripped and 0 when nothing would', () => {
      const dirty = run(['clean', '--check', file('e.txt', ARTICLE)]);
      assert.equal(dirty.code, 1);
      assert.match(dirty.err, /would be removed/);
      const clean = run(['clean', '--check', file('f.txt', 'Just one honest paragraph of prose, nothing else at all.\n')]);
      assert.equal(clean.code, 0);
    });

    it('--write rewrites in place, keeps CRLF and the BOM, leaves no temporary file, and is idempotent', () => {
      const sub = join(dir, 'w');
      mkdirSync(sub);
      const p = join(sub, 'crlf.txt');
      writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE.replace(/\n/g, '\r\n'))]));
      assert.equal(run(['clean', '--write', p]).code, 0);
      const once = readFileSync(p);
      assert.deepEqual([...once.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = once.subarray(3).toString('utf8');
      assert.ok(!text.includes('ADVERTISEMENT'));
      assert.ok(!/[^\r]\n/.test(text), 'every line break is still CRLF');
      assert.deepEqual(readdirSync(sub), ['crlf.txt']);
      assert.equal(run(['clean', '--write', p]).code, 0);
      assert.deepEqual(readFileSync(p), once);
    });

    it('never rewrites a file with invalid UTF-8', () => {
      const bytes = Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]);
      const p = file('bad-utf8.txt', bytes);
      const r = run(['clean', '--write', p]);
      assert.equal(r.code, 2);
      assert.match(r.err, /invalid UTF-8 replaced with U\+FFFD; file not rewritten/);
      assert.deepEqual(readFileSync(p), bytes);
    });
  });

  describe('quotes and captions', () => {
    it('extracts quotes as a Markdown table by default, and as JSON and CSV', () => {
      const p = file('q.txt', ARTICLE);
      const md = run(['quotes', p]).out;
      assert.match(md, /\| Quote \| Speaker \| Line \|/);
      assert.match(md, /\| "We lost everything on the ground floor, but nobody was hurt," \| Maria Lopez \| 11 \|/);
      const json = JSON.parse(run(['quotes', '--format', 'json', p]).out);
      assert.deepEqual(json[0], { line: 11, text: '"We lost everything on the ground floor, but nobody was hurt,"', speaker: 'Maria Lopez', category: 'direct' });
      const csv = run(['quotes', '--format', 'csv', p]).out;
      assert.ok(csv.startsWith('line,speaker,quote,category\r\n11,Maria Lopez,"""We lost everything'));
    });

    it('extracts captions', () => {
      const out = JSON.parse(run(['captions', '--format', 'json', file('cap.txt', ARTICLE)]).out);
      assert.equal(out.length, 1);
      assert.match(out[0].text, /Credit: Riverton Gazette$/);
    });
  });

  describe('errors', () => {
    const oneLine = (s: string) => s.trim().split('\n').length === 1 && !/\bat .*\(.*:\d+:\d+\)/.test(s);
    it('names a missing file, exits 2, no stack trace', () => {
      const r = run(['scan', join(dir, 'nope.txt')]);
      assert.equal(r.code, 2);
      assert.match(r.err, /nope\.txt: no such file/);
      assert.ok(oneLine(r.err));
    });
    it('refuses a directory', () => {
      const r = run(['scan', dir]);
      assert.equal(r.code, 2);
      assert.match(r.err, /is a directory/);
    });
    it('refuses a binary file', () => {
      const r = run(['clean', '--write', file('bin.dat', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]))]);
      assert.equal(r.code, 2);
      assert.match(r.err, /bin\.dat: binary file/);
      assert.ok(oneLine(r.err));
    });
    it('rejects unknown options and bad values with a usage error', () => {
      assert.equal(run(['scan', '--frobnicate', 'x']).code, 2);
      assert.equal(run(['quotes', '--format', 'xml', 'x']).code, 2);
      assert.equal(run(['clean', '--strip', 'everything', 'x']).code, 2);
      assert.equal(run(['wash', 'x']).code, 2);
      assert.equal(run([]).code, 2);
    });
    it('reports an unsafe pattern once and carries on', () => {
      const r = run(['scan', '--pattern', '(a+)+$', file('p.txt', ARTICLE)]);
      assert.equal(r.code, 0);
      assert.match(r.err, /pattern `\(a\+\)\+\$` was ignored/);
    });
    it('prints help and version', () => {
      assert.match(run(['--help']).out, /Usage: article-sieve/);
      assert.match(run(['--version']).out, /^\d+\.\d+\.\d+/);
    });
    it('handles an empty file', () => {
      const r = run(['scan', '--format', 'json', file('empty.txt', '')]);
      assert.equal(r.code, 0);
      assert.deepEqual(JSON.parse(r.out).findings, []);
    });
  });
});
