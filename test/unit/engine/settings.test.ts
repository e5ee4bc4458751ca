/**
 * Options → Settings: every default, fallbacks with a problem message, pattern safety, and the effect of
 * each option on analysis.
 */
import assert from 'node:assert/strict';
import { LANGUAGE_PACKS, stopwords } from '../../../src/engine/lang';
import francCandidates from '../../../src/engine/lang/franc-candidates.json';
import stopwordLanguages from '../../../src/engine/lang/stopword-languages.json';
import { DEFAULT_MIN_CONFIDENCE, analyze, resolveSettings, unsafePatternReason, type Options } from '../../../src/engine';
import { PROSE, article, lineFinding } from './helpers';

describe('resolveSettings', () => {
  describe('defaults', () => {
    const s = resolveSettings();
    it('kinds: all three', () => assert.deepEqual([...s.kinds].sort(), ['boilerplate', 'caption', 'quote']));
    it('minConfidence: 0.5', () => {
      assert.equal(s.minConfidence, 0.5);
      assert.equal(DEFAULT_MIN_CONFIDENCE, 0.5);
    });
    it('language: auto', () => assert.equal(s.language, 'auto'));
    it('markdown: auto', () => assert.equal(s.markdown, 'auto'));
    it('no disabled categories', () => assert.equal(s.disabledCategories.size, 0));
    it('no boilerplate patterns', () => assert.deepEqual(s.boilerplatePatterns, []));
    it('no keep patterns', () => assert.deepEqual(s.keepPatterns, []));
    it('no keep lines', () => assert.equal(s.keepLines.size, 0));
    it('no problems', () => assert.deepEqual(s.problems, []));
    it('an empty options object gives the same settings', () => assert.deepEqual(resolveSettings({}), s));
  });

  describe('valid values are taken as given', () => {
    it('every field', () => {
      const s = resolveSettings({
        kinds: ['quote'], disabledCategories: ['repeated'], minConfidence: 0.8, language: 'id', markdown: true,
        boilerplatePatterns: ['^listen'], keepPatterns: ['^keep'], keepLines: ['  Keep this line  '],
      });
      assert.deepEqual([...s.kinds], ['quote']);
      assert.deepEqual([...s.disabledCategories], ['repeated']);
      assert.equal(s.minConfidence, 0.8);
      assert.equal(s.language, 'id');
      assert.equal(s.markdown, true);
      assert.deepEqual(s.boilerplatePatterns.map((r) => r.source), ['^listen']);
      assert.ok(s.boilerplatePatterns[0]!.flags.includes('i'), 'case-insensitive');
      assert.deepEqual(s.keepPatterns.map((r) => r.source), ['^keep']);
      assert.deepEqual([...s.keepLines], ['Keep this line'], 'keep lines are trimmed');
      assert.deepEqual(s.problems, []);
    });
    it('minConfidence bounds 0 and 1 are valid', () => {
      assert.equal(resolveSettings({ minConfidence: 0 }).minConfidence, 0);
      assert.equal(resolveSettings({ minConfidence: 1 }).minConfidence, 1);
    });
    it('markdown false is kept', () => assert.equal(resolveSettings({ markdown: false }).markdown, false));
    it('blank patterns are skipped silently', () => {
      const s = resolveSettings({ boilerplatePatterns: ['', '   '] });
      assert.deepEqual(s.boilerplatePatterns, []);
      assert.deepEqual(s.problems, []);
    });
  });

  describe('invalid values fall back with a problem message', () => {
    const BAD_CONFIDENCE: readonly unknown[] = [2, -0.1, Number.NaN, Number.POSITIVE_INFINITY, '0.7'];
    for (const value of BAD_CONFIDENCE) {
      it(`minConfidence ${String(value)}`, () => {
        const s = resolveSettings({ minConfidence: value as number });
        assert.equal(s.minConfidence, 0.5);
        assert.equal(s.problems.length, 1);
        assert.match(s.problems[0]!, /minConfidence/);
      });
    }
    for (const value of ['english', 'EN', 'en-US', '1', '']) {
      it(`language ${JSON.stringify(value)}`, () => {
        const s = resolveSettings({ language: value });
        assert.equal(s.language, 'auto');
        assert.equal(s.problems.length, 1);
        assert.match(s.problems[0]!, /language/i);
      });
    }
    it('unknown kinds are dropped', () => {
      const s = resolveSettings({ kinds: ['quote', 'bogus' as never] });
      assert.deepEqual([...s.kinds], ['quote']);
    });
    it('problems reach analyze() as warnings', () => {
      const result = analyze(`${PROSE.en[0]}\n`, { minConfidence: 5, boilerplatePatterns: ['(a+)+'] });
      assert.equal(result.warnings.length, 2);
      assert.match(result.warnings[0]!, /minConfidence/);
      assert.match(result.warnings[1]!, /\(a\+\)\+/);
    });
  });

  describe('unsafe patterns are rejected with a reason naming the pattern', () => {
    const UNSAFE: readonly { pattern: string; reason: RegExp }[] = [
      { pattern: '(a+)+', reason: /repeated group/ },
      { pattern: '(\\w*)*', reason: /repeated group/ },
      { pattern: '(a|aa)+', reason: /repeated group/ },
      { pattern: '(a|b)*c', reason: /repeated group/ },
      { pattern: '([a-z]+\\s?)+$', reason: /repeated group/ },
      { pattern: '(?:x+y?)+', reason: /repeated group/ },
      { pattern: '(a)\\1', reason: /back-reference/ },
      { pattern: '(?<w>a)\\k<w>', reason: /back-reference/ },
      { pattern: 'a'.repeat(501), reason: /longer than 500/ },
    ];
    for (const u of UNSAFE) {
      it(u.pattern.length > 40 ? `${u.pattern.slice(0, 20)}… (${u.pattern.length} chars)` : u.pattern, () => {
        assert.match(unsafePatternReason(u.pattern) ?? '', u.reason);
        for (const key of ['boilerplatePatterns', 'keepPatterns'] as const) {
          const s = resolveSettings({ [key]: [u.pattern, '^fine$'] } as Options);
          assert.equal(s[key].length, 1, 'only the safe pattern is kept');
          assert.equal(s[key][0]!.source, '^fine$');
          assert.equal(s.problems.length, 1);
          assert.ok(s.problems[0]!.includes(`\`${u.pattern.slice(0, 80)}\``), s.problems[0]);
          assert.match(s.problems[0]!, u.reason);
          assert.match(s.problems[0]!, key === 'keepPatterns' ? /^Keep/ : /^Boilerplate/);
        }
      });
    }

    const SAFE = ['^listen to this article$', 'a{2,3}', '(ab)+', '(?:a|b)c', '\\(a+\\)+', '[(a+)]+', 'a'.repeat(500), '^(?:sponsored|promoted) by\\b'];
    for (const p of SAFE) {
      it(`accepts ${p.length > 40 ? `${p.slice(0, 10)}… (${p.length} chars)` : p}`, () => {
        assert.equal(unsafePatternReason(p), undefined);
        assert.equal(resolveSettings({ boilerplatePatterns: [p] }).boilerplatePatterns.length, 1);
      });
    }

    it('invalid regular-expression syntax is reported, not thrown', () => {
      for (const p of ['(foo', '[', '*a', 'a{2,1}']) {
        const s = resolveSettings({ boilerplatePatterns: [p] });
        assert.deepEqual(s.boilerplatePatterns, []);
        assert.equal(s.problems.length, 1, p);
        assert.ok(s.problems[0]!.includes(`\`${p}\``), s.problems[0]);
        assert.match(s.problems[0]!, /invalid/i);
      }
    });

    it('at most 200 patterns are used, with a note', () => {
      const s = resolveSettings({ boilerplatePatterns: Array.from({ length: 205 }, (_v, k) => `^x${k}$`) });
      assert.equal(s.boilerplatePatterns.length, 200);
      assert.ok(s.problems.some((p) => /200/.test(p)));
    });

    it('a rejected pattern never reaches analysis', () => {
      const built = article('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!');
      const result = analyze(built.text, { boilerplatePatterns: ['(a+)+$'] });
      const f = lineFinding(result, built.lines[0]!);
      assert.notEqual(f?.category, 'pattern');
      assert.equal(result.warnings.length, 1);
    });
  });
});

describe('options change what analyze() reports', () => {
  const built = article(['ADVERTISEMENT', '', 'Photo: Jane Doe', '', '“We cannot wait any longer,” said Maria Lopez.', '', 'Share on Facebook']);
  const [ad, photo, quote, share] = [built.lines[0]!, built.lines[2]!, built.lines[4]!, built.lines[6]!];
  const kindsAt = (options: Options) => {
    const r = analyze(built.text, options);
    return [ad, photo, quote, share].map((l) => r.findings.find((f) => f.range.start.line === l)?.category ?? 'body');
  };

  it('defaults report all three kinds', () => {
    assert.deepEqual(kindsAt({}), ['advertisement', 'credit', 'direct', 'share']);
  });
  it('kinds filters', () => {
    assert.deepEqual(kindsAt({ kinds: ['boilerplate'] }), ['advertisement', 'body', 'body', 'share']);
    assert.deepEqual(kindsAt({ kinds: ['caption'] }), ['body', 'credit', 'body', 'body']);
    assert.deepEqual(kindsAt({ kinds: ['quote'] }), ['body', 'body', 'direct', 'body']);
    assert.deepEqual(kindsAt({ kinds: [] }), ['body', 'body', 'body', 'body']);
  });
  it('disabledCategories filters', () => {
    assert.deepEqual(kindsAt({ disabledCategories: ['advertisement', 'direct'] }), ['body', 'credit', 'body', 'share']);
  });
  it('keepLines stops flagging the exact (trimmed) line', () => {
    assert.deepEqual(kindsAt({ keepLines: ['  ADVERTISEMENT '] }), ['body', 'credit', 'direct', 'share']);
    assert.deepEqual(kindsAt({ keepLines: ['Advertisement'] }), ['advertisement', 'credit', 'direct', 'share'], 'exact text only');
  });
  it('keepPatterns stop flagging boilerplate and captions', () => {
    assert.deepEqual(kindsAt({ keepPatterns: ['^photo:', 'facebook$'] }), ['advertisement', 'body', 'direct', 'body']);
  });
  it('keepPatterns do not hide quotes', () => {
    assert.deepEqual(kindsAt({ keepPatterns: ['Maria Lopez'] }), ['advertisement', 'credit', 'direct', 'share']);
  });
  it('minConfidence filters', () => {
    const all = analyze(built.text, { minConfidence: 0 }).findings;
    for (const t of [0.6, 0.8, 0.9, 0.95, 1]) {
      const kept = analyze(built.text, { minConfidence: t }).findings;
      assert.ok(kept.every((f) => f.confidence >= t), `all findings >= ${t}`);
      assert.equal(kept.length, all.filter((f) => f.confidence >= t).length, `threshold ${t}`);
    }
    assert.ok(analyze(built.text, { minConfidence: 1 }).findings.length < all.length);
  });
  it('a boilerplate pattern flags matching lines', () => {
    const b = article('Listen to this article');
    const f = lineFinding(analyze(b.text, { boilerplatePatterns: ['^listen to this article$'] }), b.lines[0]!);
    assert.equal(f?.category, 'pattern');
    assert.equal(f?.detector, 'boilerplate/pattern');
  });

  describe('language', () => {
    it('detected automatically', () => {
      assert.equal(analyze(article('Share').text).language, 'en');
      assert.equal(analyze(article('Bagikan', 'id').text).language, 'id');
      assert.equal(analyze(article('Partager', 'fr').text).language, 'fr');
      assert.equal(analyze(article('Teilen', 'de').text).language, 'de');
      assert.equal(analyze(article('Compartir', 'es').text).language, 'es');
    });
    it('an override changes `language` in the result', () => {
      assert.equal(analyze(article('Share').text, { language: 'id' }).language, 'id');
      assert.equal(analyze(article('Bagikan', 'id').text, { language: 'en' }).language, 'en');
    });
    it('an override changes the cues used', () => {
      // `Beranda` (home) is an Indonesian menu label; read as German, the English+German cues do not know it.
      // (Teasers, credits and ad markers are read in every language, so they cannot show this.)
      const b = article('Beranda', 'id');
      assert.equal(lineFinding(analyze(b.text), b.lines[0]!)?.category, 'navigation');
      assert.equal(lineFinding(analyze(b.text, { language: 'de' }), b.lines[0]!), undefined);
    });
    it('franc compares every language a cue pack reads (the bundles keep only these tables)', () => {
      for (const pack of LANGUAGE_PACKS) for (const code of pack.iso6393) assert.ok(francCandidates.includes(code), code);
    });
    it('reads the stopwords of every cue pack and of the listed languages only (the bundles keep exactly these lists)', () => {
      for (const code of [...LANGUAGE_PACKS.filter((p) => !p.light && p.code !== 'zh').map((p) => p.code), 'ru', 'pl', 'sv', 'ar', 'el', 'hu', 'ro']) {
        assert.ok(stopwords(code).size > 30, code);
      }
      // Not in the package's list (its size budget), written without spaces, hiding its function words in prefixes
      // and suffixes (Hebrew, Turkish), or listing too few of them (Ukrainian): prose would not be told by them, and the
      // prose rules stay silent.
      for (const code of ['fi', 'vi', 'zh', 'ja', 'th', 'he', 'tr', 'uk', 'xx']) assert.equal(stopwords(code).size, 0, code);
      assert.ok(stopwordLanguages.every((code) => stopwords(code).size > 0));
    });
    it('Hebrew, Georgian and Armenian, which franc-min does not know, are told by their script', () => {
      const he = 'הרכבת הקלה החדשה נפתחה הבוקר בעיר, ואלפי נוסעים עלו עליה כבר בשעות הראשונות של היום החם ביותר בקיץ.';
      const ka = 'ახალი მსუბუქი რკინიგზის ხაზი დღეს დილით გაიხსნა ქალაქში და ათასობით მგზავრი უკვე პირველ საათებში ავიდა.';
      assert.equal(analyze(`${he}\n\n${he}\n`).language, 'he');
      assert.equal(analyze(`${ka}\n\n${ka}\n`).language, 'ka');
    });
    it('too little text is und', () => {
      assert.equal(analyze('Hi').language, 'und');
    });
  });

  describe('markdown', () => {
    // A bullet that is only a link to another story is Markdown structure: plain text reads it as a line.
    const md = article('- [Council approves new budget](https://example.com/budget)');
    it('true runs the Markdown detectors', () => {
      assert.equal(lineFinding(analyze(md.text, { markdown: true }), md.lines[0]!)?.category, 'link-list');
    });
    it('false does not', () => {
      assert.notEqual(lineFinding(analyze(md.text, { markdown: false }), md.lines[0]!)?.category, 'link-list');
    });
    it('an image line is residue in plain text too', () => {
      const img = article('![Council chamber](https://example.com/chamber.jpg)');
      assert.equal(lineFinding(analyze(img.text, { markdown: false }), img.lines[0]!)?.category, 'image');
    });
  });
});
