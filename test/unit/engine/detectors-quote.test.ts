/**
 * quote/quotes: quote styles, nesting, multi-paragraph and unclosed quotes, apostrophes, Markdown escapes,
 * and speakers. Each case is a few paragraphs of an article in its own language.
 */
import assert from 'node:assert/strict';
import type { AnalysisResult, Finding } from '../../../src/engine';
import { PROSE, assertWellFormed, label, run, type Lang } from './helpers';

/** The speakers of the quotes that start on `line` of `text`, in order. */
const speakersOn = (text: string, line: number) =>
  run(text).findings.filter((f) => f.kind === 'quote' && f.range.start.line === line).map((f) => f.speaker);

/** An article: a prose paragraph, then `paragraphs`, then another prose paragraph; blank lines between. */
function quoteArticle(paragraphs: readonly string[], lang: Lang = 'en'): { text: string; lines: number[] } {
  const all = [PROSE[lang][0]!, ...paragraphs, PROSE[lang][3]!];
  const lines = paragraphs.map((_p, k) => 2 * (k + 1));
  return { text: all.join('\n\n') + '\n', lines };
}

const quotesOf = (result: AnalysisResult): Finding[] => result.findings.filter((f) => f.kind === 'quote');
const quotesOn = (result: AnalysisResult, line: number): Finding[] => quotesOf(result).filter((f) => f.range.start.line === line);

/** Quote findings are sorted, never overlap, and cover their marks. */
function assertQuoteRanges(text: string, result: AnalysisResult): void {
  assertWellFormed(text, result);
  let lastEnd = -1;
  for (const q of quotesOf(result)) {
    assert.ok(q.offsets.start >= lastEnd, `quote at ${q.offsets.start} overlaps the previous one (ends ${lastEnd})`);
    assert.equal(text.slice(q.offsets.start, q.offsets.end), q.text);
    assert.ok(q.confidence >= 0 && q.confidence <= 1);
    assert.ok(q.reason.length > 0);
    lastEnd = q.offsets.end;
  }
}

describe('quote/quotes', () => {
  describe('quote styles: one finding whose text is the quote with its marks', () => {
    const STYLES: readonly { name: string; paragraph: string; quote: string; lang?: Lang }[] = [
      { name: '“ ”', paragraph: '“We cannot wait any longer,” said Maria Lopez, the head of the residents’ association.', quote: '“We cannot wait any longer,”' },
      { name: '" "', paragraph: '"The roads are in a terrible state," Tom Baker said.', quote: '"The roads are in a terrible state,"' },
      { name: '‘ ’', paragraph: '‘We cannot wait any longer,’ said Maria Lopez.', quote: '‘We cannot wait any longer,’' },
      { name: "' '", paragraph: "'We cannot wait any longer,' said Maria Lopez.", quote: "'We cannot wait any longer,'" },
      { name: '« »', paragraph: '« Nous n’avons pas le choix », a déclaré Jean Dupont lundi.', quote: '« Nous n’avons pas le choix »', lang: 'fr' },
      { name: '‹ ›', paragraph: 'Le maire a répondu ‹ non › sans attendre, a déclaré Jean Dupont.', quote: '‹ non ›', lang: 'fr' },
      { name: '„ “', paragraph: '„Wir haben keine Wahl“, sagte Anna Schmidt am Montag.', quote: '„Wir haben keine Wahl“', lang: 'de' },
      { name: '„ ”', paragraph: 'Der Bürgermeister sagte: „Das ist ein Fehler”.', quote: '„Das ist ein Fehler”', lang: 'de' },
      { name: '»…«', paragraph: '»Das Wasser kam sehr schnell«, sagte Anna Schmidt.', quote: '»Das Wasser kam sehr schnell«', lang: 'de' },
      { name: '‚ ‘', paragraph: 'Der Bürgermeister sagte nur ‚Nein‘ und ging.', quote: '‚Nein‘', lang: 'de' },
      { name: '「 」', paragraph: '「まだ終わっていない」と田中さんは言った。', quote: '「まだ終わっていない」' },
      { name: '『 』', paragraph: '田中さんは『これは始まりだ』と書いた。', quote: '『これは始まりだ』' },
      { name: '" " (id)', paragraph: '"Air datang sangat cepat, kami tidak sempat menyelamatkan barang," kata Sari.', quote: '"Air datang sangat cepat, kami tidak sempat menyelamatkan barang,"', lang: 'id' },
      { name: '« » (es)', paragraph: 'Según María García, «la situación es grave».', quote: '«la situación es grave»', lang: 'es' },
      { name: '” ” (Swedish, Finnish)', paragraph: 'Föräldrarna är oroliga. ”Ingen har frågat oss, och nu ska båten bort”, säger Maria Holmberg.', quote: '”Ingen har frågat oss, och nu ska båten bort”' },
      { name: '» » (Swedish)', paragraph: 'Hon ser ut över viken. »Vi flyttade hit för barnens skull», säger hon.', quote: '»Vi flyttade hit för barnens skull»' },
      { name: '״ ״ (Hebrew), an acronym with ״ inside', paragraph: 'מנכ״ל החברה אמר הבוקר: ״הקו יעבוד כל עשר דקות, גם בלילה״.', quote: '״הקו יעבוד כל עשר דקות, גם בלילה״' },
      { name: '‘ ’ (Korean), a particle glued after the closing mark', paragraph: '청하시는 17일 국토교통부로부터 ‘청하 도시철도 2호선 남부 연장선 기본계획’을 승인받았다고 밝혔다.', quote: '‘청하 도시철도 2호선 남부 연장선 기본계획’' },
      { name: '" " (Hebrew), acronyms with " before and inside', paragraph: 'יו"ר הוועד אמר: "אנחנו מחכים לזה עשר שנים, והמנכ"ל יודע את זה".', quote: '"אנחנו מחכים לזה עשר שנים, והמנכ"ל יודע את זה"' },
    ];
    for (const s of STYLES) {
      it(`${s.name}: ${label(s.paragraph)}`, () => {
        const { text, lines } = quoteArticle([s.paragraph], s.lang);
        const result = run(text);
        assertQuoteRanges(text, result);
        const found = quotesOn(result, lines[0]!);
        assert.deepEqual(found.map((q) => q.text), [s.quote]);
        assert.equal(found[0]!.category, 'direct');
        assert.equal(found[0]!.detector, 'quote/quotes');
      });
    }
  });

  describe('nesting, paragraphs and closing', () => {
    it('a nested quote gives one finding, the outer span', () => {
      const p = '“The mayor told me ‘we will never give up’ and I believed him,” said Maria Lopez.';
      const { text, lines } = quoteArticle([p]);
      const found = quotesOn(run(text), lines[0]!);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.text, '“The mayor told me ‘we will never give up’ and I believed him,”');
      assert.equal(found[0]!.data?.nested, 1);
    });

    it('nested guillemets and double quotes (French) give one finding', () => {
      const p = '« Le ministre nous a dit “ce sera fait” et rien n’a changé », a déclaré Jean Dupont.';
      const { text, lines } = quoteArticle([p], 'fr');
      const found = quotesOn(run(text), lines[0]!);
      assert.deepEqual(found.map((q) => q.text), ['« Le ministre nous a dit “ce sera fait” et rien n’a changé »']);
    });

    it('a Swedish quote over two paragraphs: ” opens each, only the last closes; a lone ” after a word opens nothing', () => {
      const paras = [
        '”Vi flyttade hit för att barnen skulle få växa upp nära havet. Nu ska de åka taxibåt i mörker.',
        '”Ingen har frågat oss”, säger Maria Holmberg. Hon har bott på ön i tolv år och kallar 12” skärmar små.',
      ];
      const { text, lines } = quoteArticle(paras);
      const result = run(text);
      assertQuoteRanges(text, result);
      assert.deepEqual(quotesOf(result).map((q) => [q.category, q.range.start.line, q.range.end.line]), [['multi-paragraph', lines[0], lines[1]]]);
      assert.ok(quotesOf(result)[0]!.text.endsWith('frågat oss”'));
    });

    it('a Spanish quote goes on in a paragraph that opens with » (comillas de seguir)', () => {
      const paras = [
        'Rosa Iglesias Pardo, gruista del puerto, lo resume así: «Aquí nadie regala nada. Llevamos veinte años pidiendo lo mismo.',
        '»Si no nos escuchan ahora, no nos escucharán nunca».',
      ];
      const { text, lines } = quoteArticle(paras, 'es');
      const result = run(text);
      assertQuoteRanges(text, result);
      const found = quotesOf(result);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.category, 'multi-paragraph');
      assert.equal(found[0]!.range.start.line, lines[0]);
      assert.equal(found[0]!.range.end.line, lines[1]);
      assert.ok(found[0]!.text.endsWith('nunca»'));
      assert.equal(found[0]!.speaker, 'Rosa Iglesias Pardo');
    });

    it('a single quote opening a sentence mid-paragraph and running on into the next paragraph is one quote', () => {
      const paras = [
        'Miriam Lous, who owns the fish restaurant on the quay, looked at the damage. ‘Our terrace is simply gone. There is sand in the kitchen.',
        '‘We can forget the autumn season, but we will carry on.’',
      ];
      const { text, lines } = quoteArticle(paras);
      const result = run(text);
      assertQuoteRanges(text, result);
      const found = quotesOf(result);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.range.start.line, lines[0]);
      assert.equal(found[0]!.range.end.line, lines[1]);
      assert.equal(found[0]!.speaker, 'Miriam Lous');
    });

    it('a quote running over paragraphs (each opens, only the last closes) is one multi-paragraph finding', () => {
      const paras = [
        '“We were told to wait for the buses, but nobody came,” said Tom Baker, who lives nearby.',
        '“Then the water came into the houses.',
        '“It rose so quickly that we had to climb on the roof.',
        '“Nobody helped us for three days.”',
      ];
      const { text, lines } = quoteArticle(paras);
      const result = run(text);
      assertQuoteRanges(text, result);
      const multi = quotesOf(result).filter((q) => q.category === 'multi-paragraph');
      assert.equal(multi.length, 1);
      const q = multi[0]!;
      assert.equal(q.range.start.line, lines[1]);
      assert.equal(q.range.end.line, lines[3]);
      assert.ok(q.text.startsWith('“Then the water'));
      assert.ok(q.text.endsWith('three days.”'));
      assert.equal(q.data?.paragraphs, 3);
      assert.equal(quotesOn(result, lines[2]!).length, 0, 'no separate finding for the middle paragraph');
    });

    it('Indonesian multi-paragraph quote with straight marks', () => {
      const paras = ['"Air datang sangat cepat pada malam itu.', '"Kami tidak sempat menyelamatkan barang apa pun," kata Sari.'];
      const { text, lines } = quoteArticle(paras, 'id');
      const found = quotesOf(run(text));
      assert.equal(found.length, 1);
      assert.equal(found[0]!.category, 'multi-paragraph');
      assert.equal(found[0]!.range.start.line, lines[0]);
      assert.equal(found[0]!.range.end.line, lines[1]);
      assert.equal(found[0]!.speaker, 'Sari');
    });

    it('British straight single marks: speech opened after a colon runs on into the next paragraph that opens with one', () => {
      const paras = ["She added: 'We wanted it to feel like a big family Sunday lunch, not a red carpet. No phones in the chapel.",
        "'My dad's speech had the whole marquee in bits. I don't think I'll ever get over it.'"];
      const { text, lines } = quoteArticle(paras);
      const found = quotesOf(run(text));
      assert.equal(found.length, 1);
      assert.equal(found[0]!.category, 'multi-paragraph');
      assert.equal(found[0]!.range.start.line, lines[0]);
      assert.equal(found[0]!.range.end.line, lines[1]);
    });

    it('an unclosed quote ends with its paragraph (category unclosed)', () => {
      const paras = ['Ana Reyes said: “This is only the beginning of the protest, and we will be back', 'The council did not respond to questions on Wednesday.'];
      const { text, lines } = quoteArticle(paras);
      const result = run(text);
      assertQuoteRanges(text, result);
      const found = quotesOf(result);
      assert.equal(found.length, 1);
      const q = found[0]!;
      assert.equal(q.category, 'unclosed');
      assert.equal(q.range.start.line, lines[0]);
      assert.equal(q.range.end.line, lines[0]);
      assert.equal(q.text, '“This is only the beginning of the protest, and we will be back');
      assert.ok(q.confidence < 0.9, 'less sure than a closed quote');
    });

    it('several quotes in one paragraph: sorted, not overlapping, marks included', () => {
      const p = '“We are ready,” said Maria Lopez, before adding: “But we need more time.” Tom Baker replied: "Time is what we do not have."';
      const { text, lines } = quoteArticle([p]);
      const result = run(text);
      assertQuoteRanges(text, result);
      assert.deepEqual(quotesOn(result, lines[0]!).map((q) => q.text), ['“We are ready,”', '“But we need more time.”', '"Time is what we do not have."']);
    });
  });

  describe('apostrophes are never quotes', () => {
    const APOSTROPHES = [
      "I don't think the council can afford it, and it's too late to change the plan now.",
      'I don’t think it’s a problem, the mayor’s office said in a statement on Monday.',
      'The ’90s were different, and rock ’n’ roll was louder back then, he remembered.',
      "The ’90s were different, and rock 'n' roll was louder back then, he remembered.",
      'We walked past the Joneses’ house on the corner of the street before lunch.',
      "We walked past the Joneses' house, where the residents' meeting was held.",
      "'Tis the season for repairs, the engineers joked as they closed the road.",
      'The council sent a team to Hawai‘i last year to study the flood defences.',
      'He is 5\'10" tall and bought a 12" screen for the office last week.',
      "Rapat itu digelar pada hari Jum'at setelah salat, kata warga yang hadir.",
    ];
    for (const p of APOSTROPHES) {
      it(label(p), () => {
        const { text } = quoteArticle([p], /Jum'at/.test(p) ? 'id' : 'en');
        const result = run(text);
        assert.deepEqual(quotesOf(result).map((q) => q.text), []);
      });
    }
  });

  describe('a plural possessive inside a single-quoted quotation', () => {
    it('does not close the quotation when it closes later (‘… the Smiths’ boat …,’)', () => {
      const p = '‘We have been waiting for this bridge since the Smiths’ boat sank in the flood of 1998,’ said Moira Keane.';
      const { text } = quoteArticle([p]);
      const found = quotesOf(run(text));
      assert.deepEqual(found.map((q) => q.text), ['‘We have been waiting for this bridge since the Smiths’ boat sank in the flood of 1998,’']);
      assert.equal(found[0]!.speaker, 'Moira Keane');
    });
    it('still closes it when a new quotation opens before the next closing mark', () => {
      const p = '‘Nothing works,’ said Ana Reyes. ‘Not the buses’ she added, ‘or the trains.’';
      const { text } = quoteArticle([p]);
      assert.deepEqual(quotesOf(run(text)).map((q) => q.text), ['‘Nothing works,’', '‘Not the buses’', '‘or the trains.’']);
    });
    it('straight marks quote commands, where a plural before the closing mark is no possessive', () => {
      const p = "The guide says to run 'hg heads' to see heads, 'hg merge' to merge them, before you push.";
      const { text } = quoteArticle([p]);
      assert.deepEqual(quotesOf(run(text)).map((q) => q.text), ["'hg heads'", "'hg merge'"]);
    });
  });

  describe('Markdown-escaped quotes', () => {
    it('\\"…\\" is a quote whose span starts at the backslash', () => {
      const p = '\\"We want answers,\\" said Tom Baker, pointing at the banner.';
      const { text, lines } = quoteArticle([p]);
      const found = quotesOn(run(text), lines[0]!);
      assert.equal(found.length, 1);
      assert.ok(found[0]!.text.startsWith('\\"We want answers'), found[0]!.text);
      assert.ok(found[0]!.text.endsWith('"'));
      assert.equal(found[0]!.range.start.character, 0);
      assert.equal(found[0]!.speaker, 'Tom Baker');
    });
  });

  describe('speakers', () => {
    // `quoteIn`: the paragraph holding the quote (the last one unless said).
    const SPEAKERS: readonly { name: string; paragraphs: readonly string[]; speaker: string | null; lang?: Lang; quoteIn?: number }[] = [
      { name: '"…," said X', paragraphs: ['"We cannot wait any longer," said Maria Lopez.'], speaker: 'Maria Lopez' },
      { name: '"…," X said', paragraphs: ['"The roads are in a terrible state," Tom Baker said.'], speaker: 'Tom Baker' },
      {
        name: 'a person already named, after an opening phrase and its comma, is the one `-nya` means',
        paragraphs: ['"Harga naik terus," kata Sutini.', '"Kami berharap ada operasi pasar," ujar Fauzan Hakim, anggota DPRD.',
          'Di Pasar Sekarwangi, Sutini justru khawatir dagangannya tidak laku. "Pembeli ke sana semua," keluhnya.'],
        speaker: 'Sutini',
        lang: 'id',
      },
      {
        name: 'one name and an age in brackets introduce a person (`Sumiyati (47), warga …`), not the area before',
        paragraphs: ['Di Kelurahan Tambaksari Lor, warga mengangkat perabot ke tempat yang lebih tinggi.',
          'Sumiyati (47), warga RT 05 RW 03, mengaku air sudah masuk sejak pagi. "Dapur tidak bisa dipakai," ungkapnya.'],
        speaker: 'Sumiyati',
        lang: 'id',
      },
      {
        name: 'a quote alone continues the article\'s last speaker over furniture between (`Baca juga`, `ADVERTISEMENT`)',
        paragraphs: ['"Ada titik tanggul yang turun," ujar Agus Prasetyo.', 'Baca juga: Tanggul Darurat Jebol Lagi', 'ADVERTISEMENT',
          '"Perbaikan permanen sudah masuk usulan anggaran tahun depan."'],
        speaker: 'Agus Prasetyo',
        lang: 'id',
      },
      {
        name: 'a body\'s title before a place names nobody (`tulis Pemkot Semarang`)',
        paragraphs: ['Warga diminta waspada.', '"Warga yang membutuhkan bantuan dapat menghubungi 112," tulis Pemkot Semarang.'],
        speaker: null,
        lang: 'id',
      },
      {
        name: 'a body pointed back at by its title is nobody (`the sheriff\'s office said`)',
        paragraphs: ['The Tamarack County Sheriff\'s Office expanded evacuation orders overnight. "Leave now," the sheriff\'s office said in a post.'],
        speaker: null,
      },
      {
        name: 'a description pointing back (`ujar politikus PDIP itu`) past a body the paragraph names',
        paragraphs: ['Menurut anggota DPRD Kota Semarang, Yoga Aditya Kusuma, penanganan rob masih tambal sulam. Ia meminta Pemkot Semarang mempercepat tanggul. "Pompa itu hanya menyelesaikan gejala," ujar politikus PDIP itu.'],
        speaker: 'Yoga Aditya Kusuma',
        lang: 'id',
      },
      {
        name: 'a name with a relative clause (`was X, who …`) is the person she means',
        paragraphs: ['One of the first was Dolores Ameh, who drove the number 12 bus for years.', '“My mother grew okra behind our house,” she told me.'],
        speaker: 'Dolores Ameh',
      },
      {
        name: 'reported speech with its attribution, then the quote: the same speaker (`…, sagte er. „…“`)',
        paragraphs: ['„Wir sind nicht gegen Radfahrer“, sagte Georg Stempfle.', 'Für die Entschädigung habe er lange kämpfen müssen, sagte er. „Am Ende hat mir das Amt weniger gezahlt.“'],
        speaker: 'Georg Stempfle',
        lang: 'de',
      },
      {
        name: 'a verb with its pronoun after a clause naming a company (`Den Vertrag mit X habe sie …, sagte sie: „…“`)',
        paragraphs: ['„Ein Upload dauert eine halbe Stunde“, erklärt Yasemin Özkaya, die eine Agentur betreibt.',
          'Den Vertrag mit Glasnetz Rheinweser habe sie bereits im Frühjahr unterschrieben, sagte sie: „Damals hieß es, wir seien Ende 2025 online.“'],
        speaker: 'Yasemin Özkaya',
        lang: 'de',
        quoteIn: 1,
      },
      {
        name: 'a person named before, by surname, opening the clause that hands over with a colon',
        paragraphs: ['„Wir bauen das Netz“, sagte Geschäftsführer Jens Dorfmüller.', 'Dorfmüller reagierte zurückhaltend auf den Vorstoß: „Wir prüfen jedes Angebot ernsthaft.“'],
        speaker: 'Jens Dorfmüller',
        lang: 'de',
        quoteIn: 1,
      },
      {
        name: 'a name inside a sentence whose subject is a pronoun is an object: `-nya` means the subject',
        paragraphs: ['Siti Aminah Harahap (54), salah seorang warga yang hadir, mengaku kebunnya sudah rata dengan tanah. Ia bahkan sempat dilaporkan ke polisi oleh kepala keamanan kebun PT SAM, Joko Susilo, karena dianggap menghalangi alat berat.',
          '"Saya cuma berdiri di depan kebun saya sendiri, lalu dituduh menghalangi pekerjaan," ucapnya sambil menahan tangis.'],
        speaker: 'Siti Aminah Harahap',
        lang: 'id',
        quoteIn: 1,
      },
      {
        name: 'an office over a region, its comma, then the ranked person (`kata Kapolsek Sukaringin, AKP X`)',
        paragraphs: ['"Kotak suara nomor tiga dilempar ke arah meja panitia," kata Kapolsek Sukaringin, AKP Rudi Hartono Simatupang, saat dikonfirmasi.'],
        speaker: 'Rudi Hartono Simatupang',
        lang: 'id',
      },
      {
        name: 'a police chief by office alone (`kata kapolsek`) after others spoke',
        paragraphs: ['"Kotak suara dilempar," kata Kapolsek Sukaringin, AKP Rudi Hartono Simatupang.', '"Kami tidak terima," ujar Dedi Rustandi, ketua panitia.',
          '"Situasi sudah kondusif," kata kapolsek.'],
        speaker: 'Rudi Hartono Simatupang',
        lang: 'id',
      },
      {
        name: 'a body opening the sentence before the quote speaks as nobody (`Dinas … memutuskan …. "…"`)',
        paragraphs: ['Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten Sindangraja memutuskan penghitungan ulang digelar Rabu. "Penghitungan ulang dilaksanakan secara terbuka."'],
        speaker: null,
        lang: 'id',
      },
      {
        name: 'a body or its acronym, a job, then the person (`according to MNN meteorologist X`)',
        paragraphs: ['“Ice is the real danger tonight,” according to MNN meteorologist Priya Halvorsen.'],
        speaker: 'Priya Halvorsen',
      },
      {
        name: 'someone unnamed who speaks for the person (`a spokeswoman for Ms. X said`)',
        paragraphs: ['Governor Celeste Marchetti did not comment.', '“The governor has been clear about the budget,” a spokeswoman for Ms. Marchetti said in a statement.'],
        speaker: null,
      },
      {
        name: 'the role a French text named someone by (`explique l’économiste`)',
        paragraphs: ['« Le chiffrage suppose que les seniors restent en emploi », estime Sylvie Aubertin, économiste à l’Observatoire des comptes sociaux.',
          '« Le gain net sera sans doute deux fois plus faible », explique l’économiste.'],
        speaker: 'Sylvie Aubertin',
        lang: 'fr',
      },
      {
        name: 'an office abbreviated and capitalised alone (`kata Mendag.`) means the minister named so',
        paragraphs: ['"Stok aman," ujar Menteri Perdagangan (Mendag) Bramantyo Adi Kusumo di Jakarta.', '"Harga naik," kata Sri Wahyuningsih, pedagang.',
          '"Kami tidak akan ragu," kata Mendag.'],
        speaker: 'Bramantyo Adi Kusumo',
        lang: 'id',
      },
      {
        name: 'a body by its acronym and place, after its full name, speaks as nobody (`(BBWS) Seluna Hilir memastikan …`)',
        paragraphs: ['Sementara itu, Balai Besar Wilayah Sungai (BBWS) Seluna Hilir memastikan penanganan darurat dimulai. "Kami telah mengerahkan dua ekskavator," demikian pernyataan BBWS Seluna Hilir.'],
        speaker: null,
        lang: 'id',
      },
      {
        name: '`described it as "…"`: the person who described it',
        paragraphs: ['The travel writer Josiah Penhallow, who visited in 1851, described it as "a place of tan-pits, fog and very civil people".'],
        speaker: 'Josiah Penhallow',
      },
      {
        name: 'an attribution between commas inside the quote (`« …, a-t-il assuré. … »`)',
        paragraphs: ['« On en parle depuis quinze ans », a déclaré Julien Mercadier, adjoint au maire.', 'Le coût du projet est estimé à 94 millions d’euros.',
          '« Nous n’augmenterons pas les impôts locaux, a-t-il assuré. Ni cette année, ni les suivantes. »'],
        speaker: 'Julien Mercadier',
        lang: 'fr',
      },
      {
        name: 'a listed verb with its pronoun hyphenated after it (`lance-t-il`)',
        paragraphs: ['« Je prends mon service à cinq heures », confie Karim Bensaïd, conducteur.', 'La direction n’a pas répondu.', '« On ne fait pas grève par plaisir », lance-t-il.'],
        speaker: 'Karim Bensaïd',
        lang: 'fr',
      },
      { name: 'X said: "…"', paragraphs: ['Maria Lopez said: "We will find the money."'], speaker: 'Maria Lopez' },
      { name: 'title + X said: "…"', paragraphs: ['Council leader Sunita Rao said: "We will find the money."'], speaker: 'Sunita Rao' },
      { name: 'according to X', paragraphs: ['According to Tom Baker, "the driver ran into the woods."'], speaker: 'Tom Baker' },
      { name: '"…," X, 52, said', paragraphs: ['"We lost everything," Tom Baker, 52, said on Tuesday.'], speaker: 'Tom Baker' },
      {
        name: 'he said → last named person',
        paragraphs: ['"The search will continue tomorrow," Ruth Sinclair told reporters.', '"We have asked the public for help," she said.'],
        speaker: 'Ruth Sinclair',
      },
      {
        name: 'she said after an appositive introduction',
        paragraphs: ['Ruth Sinclair, the police chief, arrived at the scene shortly after midnight.', '"We found the car abandoned near the bridge," she said.'],
        speaker: 'Ruth Sinclair',
      },
      {
        name: 'paragraph that is only a quote continues the previous speaker',
        paragraphs: ['"We cannot wait any longer," said Maria Lopez.', '"The water is still rising and the pumps are not working."'],
        speaker: 'Maria Lopez',
      },
      { name: 'kata X', paragraphs: ['"Air datang sangat cepat, kami tidak sempat menyelamatkan barang," kata Sari saat ditemui di lokasi pengungsian.'], speaker: 'Sari', lang: 'id' },
      { name: 'ujar X, jabatan', paragraphs: ['"Kami sudah mengirim perahu karet ke desa-desa yang terdampak," ujar Budi Santoso, Kepala Badan Penanggulangan Bencana Daerah.'], speaker: 'Budi Santoso', lang: 'id' },
      {
        name: 'ujarnya → last person',
        paragraphs: ['"Kami sudah mengirim perahu karet ke desa-desa," ujar Budi Santoso.', '"Bantuan logistik akan tiba besok pagi," ujarnya.'],
        speaker: 'Budi Santoso',
        lang: 'id',
      },
      { name: 'X mengatakan: “…”', paragraphs: ['Rina Wati mengatakan: “Sekolah diliburkan sampai air surut.”'], speaker: 'Rina Wati', lang: 'id' },
      { name: 'menurut X', paragraphs: ['Menurut Siti Aminah, "warga sudah mengungsi sejak malam."'], speaker: 'Siti Aminah', lang: 'id' },
      {
        name: 'dia berkata: → last person',
        paragraphs: ['"Kami butuh selimut," kata Budi Santoso.', 'Dia berkata: “Anak-anak aman di posko.”'],
        speaker: 'Budi Santoso',
        lang: 'id',
      },
      { name: 'appositive Gubernur …, Nama, mengatakan:', paragraphs: ['Gubernur Jawa Barat, Dedi Mulyadi, mengatakan: "Pemerintah provinsi akan membantu warga."'], speaker: 'Dedi Mulyadi', lang: 'id' },
      { name: 'kata Kepala Desa X, Nama', paragraphs: ['"Kami butuh selimut dan makanan," kata Kepala Desa Cibodas Hilir, Ujang Supriatna.'], speaker: 'Ujang Supriatna', lang: 'id' },
      {
        name: 'quote-only paragraph continues the previous speaker (id)',
        paragraphs: ['Rina Wati mengatakan: “Sekolah diliburkan sampai air surut.”', '“Kami berharap hujan segera berhenti.”'],
        speaker: 'Rina Wati',
        lang: 'id',
      },
      {
        name: 'katanya after Kepala Desa X, Nama, mengatakan (a one-word name after a title)',
        paragraphs: ['Kepala Desa Sukamaju, Sutrisno, mengatakan warga sudah diungsikan ke balai desa.', '"Kami masih menunggu perahu karet dari kabupaten," katanya.'],
        speaker: 'Sutrisno',
        lang: 'id',
      },
      {
        name: 'katanya after Seorang murid, Nama, menjawab (a one-word name after a role)',
        paragraphs: ['Guru bertanya tentang cita-cita mereka. Seorang murid, Fajar, menjawab dengan lantang.', '"Saya mau jadi dokter supaya bisa mengobati nenek," katanya.'],
        speaker: 'Fajar',
        lang: 'id',
      },
      {
        name: 'ujarnya after a name described by its role (Nama, pemilik warung)',
        paragraphs: ['Hal serupa dirasakan Siti Komariah, pemilik warung makan di dekat pasar.', '"Pembeli sepi sejak banjir, saya hampir tidak untung," ujarnya.'],
        speaker: 'Siti Komariah',
        lang: 'id',
      },
      {
        name: 'katanya after Pihak kepolisian, Senin, mengatakan: a day is nobody',
        paragraphs: ['Pihak kepolisian, Senin, mengatakan jalur alternatif sudah disiapkan.', '"Kami imbau warga bersabar," katanya.'],
        speaker: null,
        lang: 'id',
      },
      {
        name: 'she said after The mayor, X, told reporters',
        paragraphs: ['The mayor, Okafor, told reporters the council would meet again.', '"Nobody is leaving this room until we have a plan," she said.'],
        speaker: 'Okafor',
      },
      {
        name: 'she said after a name described by its role mid-sentence',
        paragraphs: ['The council heard from Margaret Hollis, a retired teacher who has lived on the street for forty years.', '"The lorries shake the windows every night," she said.'],
        speaker: 'Margaret Hollis',
      },
      {
        name: 'he said after Officials in Kyiv, Ukraine, said: a place after a place is nobody',
        paragraphs: ['Officials in Kyiv, Ukraine, said the talks would resume.', '"We remain hopeful," he said.'],
        speaker: null,
      },
      {
        name: 'she said after a place described by what it is (New York, the state …)',
        paragraphs: ['The storm moved on to New York, the state hardest hit last year.', '"We are better prepared this time," she said.'],
        speaker: null,
      },
      {
        name: 'kata polisi, Senin (12/5): a day after the verb is nobody',
        paragraphs: ['"Kami imbau warga bersabar dan memakai jalur alternatif," kata polisi, Senin (12/5).'],
        speaker: null,
        lang: 'id',
      },
      {
        name: '"…," Lopez said after Maria Lopez was introduced: the full name',
        paragraphs: ['Maria Lopez opened the bakery on the corner in 1998.', '"Every winter the river comes a little closer," Lopez said.'],
        speaker: 'Maria Lopez',
      },
      {
        name: 'she said after a surname opens a sentence: the person named before, not the last speaker',
        paragraphs: [
          '"The fire spread through the roof space in minutes," said Helen Carter, the county\'s chief fire officer.',
          '"I heard the windows go one after another," said Tom Baker, who owns the hardware shop.',
          'Carter later toured the damaged homes with the council leader.',
          '"Nobody will sleep outside tonight," she said.',
        ],
        speaker: 'Helen Carter',
      },
      {
        name: 'katanya after a one-word name opens a sentence: the person named before (id)',
        paragraphs: [
          '"Kami masih menunggu perahu karet," kata Kepala Desa Sukamaju, Sutrisno.',
          '"Air naik terlalu cepat," ujar Rina Wulandari, warga setempat.',
          'Sutrisno kemudian meminta warga tetap waspada karena hujan masih turun di hulu.',
          '"Air bisa naik lagi malam ini, jadi jangan pulang dulu," katanya.',
        ],
        speaker: 'Sutrisno',
        lang: 'id',
      },
      {
        name: 'he said after a capitalised word no one was named by: the last speaker',
        paragraphs: ['"We lost the whole harvest," said Tom Baker.', 'Meanwhile rain kept falling on the valley for a third day.', '"There is nothing left to save," he said.'],
        speaker: 'Tom Baker',
      },
      {
        name: 'ujar Kepala BPBD Kabupaten X, Nama: the title before an acronym still introduces the name',
        paragraphs: ['"Kami sudah menurunkan tim ke lima kecamatan," ujar Kepala BPBD Kabupaten Bogor, Ade Jaya, saat dihubungi, Senin (12/5/2025).'],
        speaker: 'Ade Jaya',
        lang: 'id',
      },
      {
        name: 'Menurut dia, "…" → last person',
        paragraphs: ['Kepala BPBD Kabupaten Bogor, Ade Jaya, turun langsung ke lokasi.', 'Menurut dia, "warga sudah mulai kembali ke rumah masing-masing."'],
        speaker: 'Ade Jaya',
        lang: 'id',
      },
      {
        name: 'kata X di Jakarta: `di` is no part of a name',
        paragraphs: ['"Anggaran tanggap darurat sudah kami siapkan," kata Sri Mulyani di Jakarta, Jumat (9/5/2025).'],
        speaker: 'Sri Mulyani',
        lang: 'id',
      },
      {
        name: 'ujarnya after Nama, tetangganya, mengaku (a description between the name and the verb)',
        paragraphs: ['"Air datang tengah malam," kata Budi Santoso.', 'Sementara itu, Rina, tetangganya, mengaku belum menerima bantuan.', '"Sampai sekarang belum ada yang datang," ujarnya.'],
        speaker: 'Rina',
        lang: 'id',
      },
      {
        name: 'ujarnya after Nama, pedagang Pasar X: the place after the role is nobody',
        paragraphs: ['Budi Santoso, pedagang Pasar Anyar, kehilangan seluruh dagangannya.', '"Semua habis terbawa air," ujarnya.'],
        speaker: 'Budi Santoso',
        lang: 'id',
      },
      {
        name: 'katanya after Ketua RT 03, Nama, mengatakan',
        paragraphs: ['Ketua RT 03, Suparman, mengatakan warga sudah diungsikan. "Kami khawatir ada longsor susulan," katanya.'],
        speaker: 'Suparman',
        lang: 'id',
      },
      {
        name: 'a field after the title (kata Menteri Keuangan X)',
        paragraphs: ['"Anggaran tanggap darurat sudah kami siapkan," kata Menteri Keuangan Sri Mulyani Indrawati di Jakarta, Jumat (9/5/2025).'],
        speaker: 'Sri Mulyani Indrawati',
        lang: 'id',
      },
      { name: 'says Dr. X: the honorific\'s full stop ends no phrase', paragraphs: ['"The risk of infection is real," says Dr. Anna Kowalski, an epidemiologist at the county hospital.'], speaker: 'Anna Kowalski' },
      {
        name: 'a rank deep in a long title (kata Kabid Humas Polda Metro Jaya Kombes X)',
        paragraphs: ['"Para tersangka sudah kami tahan," kata Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi.'],
        speaker: 'Ade Ary Syam Indradi',
        lang: 'id',
      },
      { name: '"…" — X, role: a name signed after a dash', paragraphs: ['"We lost everything in one night." — Tom Baker, shop owner'], speaker: 'Tom Baker' },
      { name: '"…" — a dash before a sentence about someone signs nothing', paragraphs: ['"We lost everything in one night." — Harold Finch was the last to leave the street.'], speaker: null },
      { name: 'a portfolio before the title (Foreign Minister X said)', paragraphs: ['"We will not be rushed into a bad deal," Foreign Minister Penny Wong said.'], speaker: 'Penny Wong' },
      {
        name: 'a quote named by the paragraph after it (Hal itu disampaikan X)',
        paragraphs: ['"Pemerintah Indonesia mengutuk keras serangan terhadap warga sipil tersebut."', 'Hal itu disampaikan Juru Bicara Kementerian Luar Negeri, Rolliansyah Soemirat, di Jakarta.'],
        speaker: 'Rolliansyah Soemirat',
        lang: 'id',
        quoteIn: 0,
      },
      {
        name: 'a quotation over two paragraphs named by the paragraph after it (Demikian dikatakan X)',
        paragraphs: ['"Kami akan mengirim bantuan kemanusiaan secepatnya.', '"Tim sudah disiapkan sejak kemarin."', 'Demikian dikatakan Wali Kota Rudi Hartono di Balai Kota.'],
        speaker: 'Rudi Hartono',
        lang: 'id',
        quoteIn: 0,
      },
      {
        name: 'a paragraph after the quote that names nobody leaves it without a speaker',
        paragraphs: ['"Kami berduka atas semua korban."', 'Hal itu menjadi sorotan banyak pihak sepanjang pekan lalu.'],
        speaker: null,
        lang: 'id',
        quoteIn: 0,
      },
      {
        name: 'a region ending in a compass word after the title (ujar Gubernur Jawa Barat X)',
        paragraphs: ['"Anggaran sudah siap," ujar Gubernur Jawa Barat Dedi Mulyadi saat ditemui di Gedung Sate.'],
        speaker: 'Dedi Mulyadi',
        lang: 'id',
      },
      { name: 'the region of an office after its title (kata Wali Kota X Nama)', paragraphs: ['"Tanggul akan kami tinggikan tahun ini," kata Wali Kota Bandung Muhammad Farhan.'], speaker: 'Muhammad Farhan', lang: 'id' },
      { name: 'the region of an office after its title (ujar Camat X Nama)', paragraphs: ['"Kami masih mendata kerugian," ujar Camat Cisarua Ahmad Rizal.'], speaker: 'Ahmad Rizal', lang: 'id' },
      {
        name: 'a field of two words before a one-word name (kata Menteri Luar Negeri X)',
        paragraphs: ['"Kami menolak tuduhan itu," kata Menteri Luar Negeri Sugiono di Jakarta.'],
        speaker: 'Sugiono',
        lang: 'id',
      },
      {
        name: 'a rank after the title and its place (kata Kapolres X AKBP Nama)',
        paragraphs: ['"Kami sudah menahan dua orang," kata Kapolres Bogor AKBP Rio Wahyu Anggoro.'],
        speaker: 'Rio Wahyu Anggoro',
        lang: 'id',
      },
      {
        name: 'ujarnya after a title and an acronym introduce the name (Ketua Umum PSSI Nama)',
        paragraphs: ['Ketua Umum PSSI Erick Thohir hadir dalam acara itu.', '"Kami bangga dengan hasil ini," ujarnya.'],
        speaker: 'Erick Thohir',
        lang: 'id',
      },
      {
        name: 'an abbreviation in brackets and the place after it (kata Kepala … Daerah (BPBD) Kota X, Nama)',
        paragraphs: ['"Kami menunggu hasil pendataan," kata Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Bogor, Theofilo Patrocinio Freitas.'],
        speaker: 'Theofilo Patrocinio Freitas',
        lang: 'id',
      },
      {
        name: 'a list of fields in the title (terang Kepala Pusat Data, Informasi, dan Komunikasi … BNPB Nama)',
        paragraphs: ['"Potensi hujan lebat masih tinggi," terang Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari.'],
        speaker: 'Abdul Muhari',
        lang: 'id',
      },
      {
        name: 'a longer list of fields, its last one written in lower case elsewhere (Koperasi, UKM, Perindustrian, dan Perdagangan)',
        paragraphs: ['Pameran itu memangkas rantai perdagangan kopi di daerah.', '"Tahun depan kami ingin pameran ini naik kelas."',
          'Hal itu disampaikan Kepala Dinas Koperasi, UKM, Perindustrian, dan Perdagangan Kabupaten Bukit Halimun, Yusuf Permana Wiradinata, seusai upacara.'],
        quoteIn: 1,
        speaker: 'Yusuf Permana Wiradinata',
        lang: 'id',
      },
      {
        name: 'a relative clause between the subject and the verb (Sri yang berdiri di sampingnya langsung menimpali)',
        paragraphs: ['Kepala sekolah, Sri Rahayu Ningsih, datang bersama Andi Latief ke dinas pagi itu.',
          '"Laporannya masuk," kata Andi.', 'Sri yang berdiri di sampingnya langsung menimpali, "Foto retakan ada di lampiran."'],
        speaker: 'Sri Rahayu Ningsih',
        lang: 'id',
      },
      {
        name: 'a school is nobody (Sri dan para guru … SMK Negeri 1 …, then pungkasnya)',
        paragraphs: ['Kepala sekolah, Sri Rahayu Ningsih, menemui orang tua murid pada Kamis pagi.',
          'Hingga Jumat sore, Sri dan para guru masih memindahkan komputer ke SMK Negeri 1 Watu Gading. Simulasi UNBK untuk siswa SMK Negeri 3 digelar di sekolah itu pada Sabtu.',
          '"Anak-anak harus tetap ujian," pungkasnya.'],
        speaker: 'Sri Rahayu Ningsih',
        lang: 'id',
      },
      {
        name: 'the outlet spoken to, then a title and the name (a expliqué à Radio Horizon la commandante X)',
        paragraphs: ['Les pompiers sont arrivés vers 4 heures du matin.', '« Le feu est parti du local à poubelles », a expliqué à Radio Horizon la commandante Frédérique Amblard, du service départemental.'],
        speaker: 'Frédérique Amblard',
        lang: 'fr',
      },
      {
        name: 'a paragraph leading into the quote with a colon hands it to the one it names (Il a salué … :)',
        paragraphs: ['Le maire de Saint-Orval, Christian Delorme, s’est rendu sur place dès 5 heures. Il a salué au micro de Radio Horizon le courage du jeune homme :',
          '« Sans lui, on parlerait ce matin d’un drame. »'],
        speaker: 'Christian Delorme',
        lang: 'fr',
      },
      {
        name: 'kata sang ibu → the person named before',
        paragraphs: ['Rina Wati tinggal bersama dua anaknya di tepi sungai.', '"Kami takut air naik lagi," kata sang ibu.'],
        speaker: 'Rina Wati',
        lang: 'id',
      },
      {
        name: 'tanya X: `tanya` (ask) ends in -nya without being "asked he"',
        paragraphs: ['"Kami sudah menunggu sejak pagi," kata Budi Santoso.', '"Kapan bantuan datang?" tanya Rina Wati kepada petugas.'],
        speaker: 'Rina Wati',
        lang: 'id',
      },
      {
        name: 'dijawab X "…": a passive verb names who answers after it',
        paragraphs: ['Petugas bertanya apakah warga masih membutuhkan selimut dan dijawab Rina Wati singkat, "Masih kurang."'],
        speaker: 'Rina Wati',
        lang: 'id',
      },
      {
        name: 'katanya after Hal senada disampaikan oleh pengamat X (a passive verb, its agent and a title)',
        paragraphs: ['Hal senada disampaikan oleh pengamat transportasi Djoko Prasetyo. "Subsidi harus tepat sasaran," katanya.'],
        speaker: 'Djoko Prasetyo',
        lang: 'id',
      },
      {
        name: 'ujarnya after Nama, bukan nama sebenarnya, (a one-word name the story made up)',
        paragraphs: ['Rina, bukan nama sebenarnya, mengaku uangnya raib setelah mengklik tautan palsu.', '"Uang saya hilang dalam lima menit," ujarnya.'],
        speaker: 'Rina',
        lang: 'id',
      },
      {
        name: 'ucap pria berusia … ini → the person named before',
        paragraphs: ['Andi Saputra sudah lima tahun berjualan di pasar itu.', '"Pembeli sepi sekali," ucap pria berusia 35 tahun ini.'],
        speaker: 'Andi Saputra',
        lang: 'id',
      },
      {
        name: 'kata warga pagi itu: a demonstrative that points at a time names nobody',
        paragraphs: ['Andi Saputra sudah lima tahun berjualan di pasar itu.', '"Airnya datang tiba-tiba," kata warga pagi itu.'],
        speaker: null,
        lang: 'id',
      },
      { name: 'X menilai, "…": reporting verbs besides mengatakan', paragraphs: ['Pengamat transportasi Djoko Prasetyo menilai, "Subsidi harus tepat sasaran."'], speaker: 'Djoko Prasetyo', lang: 'id' },
      { name: '"…," keluh X: the short form after a quote', paragraphs: ['"Bantuan datang terlambat," keluh Budi Santoso.'], speaker: 'Budi Santoso', lang: 'id' },
      { name: 'Mereka mengatakan kepada X: "…": who is spoken to is no speaker', paragraphs: ['Mereka mengatakan kepada Harian Nusantara: "Pasukan itu kekurangan amunisi."'], speaker: null, lang: 'id' },
      {
        name: 'kata X after Nama Lengkap warga …: a role after a name without a comma keeps the name a person',
        paragraphs: ['Budi Santoso warga Desa Cibodas sudah tiga hari mengungsi.', '"Kami butuh selimut," kata Budi.'],
        speaker: 'Budi Santoso',
        lang: 'id',
      },
      {
        name: 'ujar perempuan berusia … itu → the person named before',
        paragraphs: ['Warga Desa Sukamaju, Siti Aminah, mengaku sudah dua kali mengungsi tahun ini.', '"Air naik cepat sekali," ujar perempuan berusia 45 tahun itu.'],
        speaker: 'Siti Aminah',
        lang: 'id',
      },
      {
        name: 'kata pria yang akrab disapa X itu → the person named before, not the nickname',
        paragraphs: ['Muhammad Rizky Pratama ikut membantu warga sejak pagi.', '"Kami harus bergerak cepat," kata pria yang akrab disapa Kiki itu.'],
        speaker: 'Muhammad Rizky Pratama',
        lang: 'id',
      },
      {
        name: 'tutur pria asal X tersebut: the place in the description is nobody',
        paragraphs: ['Budi Santoso dan istrinya tinggal di tepi sungai.', '"Kami sudah biasa," tutur pria asal Garut tersebut.'],
        speaker: 'Budi Santoso',
        lang: 'id',
      },
      {
        name: 'Ibu dua anak itu menambahkan, "…": the description as the subject',
        paragraphs: ['"Kami sangat terbantu," kata Rina Marlina.', 'Ibu dua anak itu menambahkan, "Bantuan datang tepat waktu."'],
        speaker: 'Rina Marlina',
        lang: 'id',
      },
      {
        name: 'kata X itu with no person named before names nobody',
        paragraphs: ['"Air naik cepat sekali," ujar perempuan berusia 45 tahun itu.'],
        speaker: null,
        lang: 'id',
      },
      {
        name: 'menurut laporan itu: a noun for no person is no reference to one',
        paragraphs: ['Budi Santoso membaca laporan banjir pagi itu.', '"Hujan akan turun sampai Jumat," menurut laporan itu.'],
        speaker: null,
        lang: 'id',
      },
      {
        name: '"…," the 62-year-old said → the person named before',
        paragraphs: ['Margaret Hollis, a retired nurse, was rescued by boat.', '"We thought we would die," the 62-year-old said.'],
        speaker: 'Margaret Hollis',
      },
      {
        name: '"…," said the shop owner → the person named before',
        paragraphs: ['Tom Baker has run the hardware shop for forty years.', '"We lost everything," said the shop owner.'],
        speaker: 'Tom Baker',
      },
      {
        name: 'said the grandmother of three, X: the name after the description wins',
        paragraphs: ['Tom Baker watched from the bridge.', '"It came so fast," said the grandmother of three, Joan Pike.'],
        speaker: 'Joan Pike',
      },
      {
        name: 'The 62-year-old said: "…" → the person named before',
        paragraphs: ['Margaret Hollis, a retired nurse, was rescued by boat.', 'The 62-year-old said: "We thought we would die."'],
        speaker: 'Margaret Hollis',
      },
      { name: 'said Sen. X: an abbreviated office before the name', paragraphs: ['"We are doing everything we can," said Sen. Elizabeth Warren, D-Mass.'], speaker: 'Elizabeth Warren' },
      { name: '"…," Gov. X said: the abbreviation\'s full stop ends no clause', paragraphs: ['"This is a tragedy," Gov. Gavin Newsom said in a statement.'], speaker: 'Gavin Newsom' },
      { name: '"…," X vowed: reporting verbs besides said', paragraphs: ['"We will rebuild every house," Tom Baker vowed.'], speaker: 'Tom Baker' },
      {
        name: 'he said after Name, the Party leader, said: a name qualifying a job is nobody, the described name the subject',
        paragraphs: ['Lee Jae-myung, the opposition leader, spoke first.', 'Lee, the Democratic Party leader, said the decree was illegal.', '"It must end now," he said.'],
        speaker: 'Lee Jae-myung',
      },
      {
        name: 'he said after a role in lower case before the name (skipper X)',
        paragraphs: ['From the deck of his old schooner, skipper Wade Bassi watches the price of halibut.', '"It is pure white when it is fresh," he said.'],
        speaker: 'Wade Bassi',
      },
      {
        name: 'she said: a name in another clause is not the subject of the verb (…, but it has continued)',
        paragraphs: ['Maria Lopez opened the bakery in 1998.', 'The bakery was bought by Harlow Foods, but it has continued to trade through two floods.', '"We never closed, not for one day," she said.'],
        speaker: 'Maria Lopez',
      },
      {
        name: 'a capitalised verb inside a sentence is a name\'s word (the United States)',
        paragraphs: ['The company is registered in the United States, and its boards are made by a separate firm, "Smart Projects SRL," founded in Italy.'],
        speaker: null,
      },
      {
        name: 'she said after a sidebar headline naming someone else: furniture introduces nobody',
        paragraphs: ['Maria Lopez opened the bakery on Mill Street in 1998 and has run it ever since.', 'Read more: Harbour minister Tom Baker resigns over ferry contract', '"We never closed, not for one day," she said.'],
        speaker: 'Maria Lopez',
      },
      { name: 'A source told X: "…": the object of told is who is spoken to', paragraphs: ['A senior official told Harbour Weekly: "The ferry will not sail before March."'], speaker: null },
      { name: 'an initial keeps its full stop (said Stuart R. Kaplan)', paragraphs: ['"Tarot was my first love," said Stuart R. Kaplan, who founded the company.'], speaker: 'Stuart R. Kaplan' },
      { name: 'Opposition Leader X said: `leader` is a title', paragraphs: ['Opposition Leader Bill Shorten said: "We will vote against it."'], speaker: 'Bill Shorten' },
      {
        name: '"…," the ministry said: a body is no reference to a person',
        paragraphs: ['Tom Baker watched from the bridge.', '"Repairs will start next week," the ministry said.'],
        speaker: null,
      },
      { name: 'said the company\'s chief executive X: a title in lower case a few words before the name', paragraphs: ['"We are ready for the inspection," said the company\'s chief executive John Smith.'], speaker: 'John Smith' },
      { name: 'said the mayor of X Name: the place the office is of is no part of the name', paragraphs: ['"We will rebuild the sea wall," said the mayor of Wrenmouth Alan Pryce.'], speaker: 'Alan Pryce' },
      { name: 'kata warga di X: where someone is, is nobody', paragraphs: ['"Kami takut air naik lagi," kata warga di Bandung.'], speaker: null, lang: 'id' },
      { name: '« … », a indiqué le ministre de l’Intérieur X', paragraphs: ['« La situation est sous contrôle », a indiqué le ministre de l’Intérieur Bruno Retailleau.'], speaker: 'Bruno Retailleau', lang: 'fr' },
      { name: '« … », a déclaré X', paragraphs: ['« Nous n’avons pas le choix », a déclaré Jean Dupont.'], speaker: 'Jean Dupont', lang: 'fr' },
      { name: '„…“, sagte X', paragraphs: ['„Wir haben keine Wahl“, sagte Anna Schmidt.'], speaker: 'Anna Schmidt', lang: 'de' },
      { name: '„…“, sagte Bürgermeisterin X: a German title is no part of the name', paragraphs: ['„Wir haben alle Pumpen im Einsatz“, sagte Bürgermeisterin Anna Schmidt am Dienstag.'], speaker: 'Anna Schmidt', lang: 'de' },
      {
        name: '« … », a-t-il indiqué → the person a lower-case title introduced',
        paragraphs: ['Le préfet Marc Leroy s’est rendu sur place dans la soirée.', '« La situation reste grave », a-t-il indiqué.'],
        speaker: 'Marc Leroy',
        lang: 'fr',
      },
      {
        name: '« … », raconte la sexagénaire → the person named before',
        paragraphs: ['Marie Dubois habite le quartier depuis vingt ans.', '« On a tout perdu », raconte la sexagénaire.'],
        speaker: 'Marie Dubois',
        lang: 'fr',
      },
      {
        name: '„…“, sagt die 62-Jährige → the person named before',
        paragraphs: ['Anna Becker wohnt seit zwanzig Jahren in der Straße.', '„Wir haben alles verloren“, sagt die 62-Jährige.'],
        speaker: 'Anna Becker',
        lang: 'de',
      },
      {
        name: 'Die Rentnerin sagte: „…“ → the noun for a person is nobody new',
        paragraphs: ['Anna Becker wohnt seit zwanzig Jahren in der Straße.', 'Die Rentnerin sagte: „Wir haben alles verloren.“'],
        speaker: 'Anna Becker',
        lang: 'de',
      },
      {
        name: '«…», dijo la vecina → the person named before',
        paragraphs: ['Carmen López vive en el barrio desde hace veinte años.', '«Lo hemos perdido todo», dijo la vecina.'],
        speaker: 'Carmen López',
        lang: 'es',
      },
      {
        name: '"…," said a spokesperson: someone new and unnamed is nobody',
        paragraphs: ['Tom Baker watched from the bridge.', '"Help is coming," said a spokesperson for the council.'],
        speaker: null,
      },
      {
        name: 'sagt der Rentner after Name (71): an age in brackets introduces a person',
        paragraphs: ['Anna Becker wohnt seit zwanzig Jahren in der Straße.', 'Ein paar Häuser weiter stand Herbert Lindner (71) am Gartenzaun.', '„So etwas habe ich noch nie erlebt“, sagt der Rentner.'],
        speaker: 'Herbert Lindner',
        lang: 'de',
      },
      { name: '„…“, so X: German `so` before the source', paragraphs: ['„Die Lastwagen sind zum Glück unbeschädigt“, so Anna Keller.'], speaker: 'Anna Keller', lang: 'de' },
      { name: '« … », a précisé le commandant des pompiers X', paragraphs: ['« Le feu s’est propagé très vite », a précisé le commandant des pompiers Thierry Garnier.'], speaker: 'Thierry Garnier', lang: 'fr' },
      {
        name: '«…», lamentó la mujer → the person named before (more Spanish reporting verbs)',
        paragraphs: ['Carmen López, de 64 años, vive en el barrio desde hace veinte años.', '«Lo hemos perdido todo», lamentó la mujer.'],
        speaker: 'Carmen López',
        lang: 'es',
      },
      { name: 'según X', paragraphs: ['Según María García, «la situación es grave».'], speaker: 'María García', lang: 'es' },
      { name: '«…», dijo X', paragraphs: ['«Vamos a reconstruir las casas», dijo María García.'], speaker: 'María García', lang: 'es' },
      // Someone new and unnamed, with whom they work for: the body is nobody's name.
      { name: '"…," kata seorang petugas Basarnas: an officer, not the agency', paragraphs: ['"Kami masih mencari dua korban," kata seorang petugas Basarnas di lokasi.'], speaker: null, lang: 'id' },
      { name: '"…," said a Reuters photographer: the agency as an adjective', paragraphs: ['"We could see the roof fall in," said a Reuters photographer at the scene.'], speaker: null },
      // A clause without a speech verb that hands over to the quote with a colon.
      { name: 'X, the union president, was blunt: "…"', paragraphs: ['Beatrice Olmstead, the union president, was blunt: "We will not sign anything."'], speaker: 'Beatrice Olmstead' },
      { name: 'Su presidenta, X, fue tajante: «…»', paragraphs: ['Su presidenta, Beatriz Olmedo Sanz, fue tajante: «No vamos a firmar nada».'], speaker: 'Beatriz Olmedo Sanz', lang: 'es' },
      { name: 'a title-case headline with a colon names whom it is about, not who speaks', paragraphs: ['Designer Says He Declined to Dress Melania Trump Years Ago: "Not Necessarily My Image"'], speaker: null },
      { name: 'a place deep in a clause before a colon is nobody', paragraphs: ['Alverson summed up the long journey from a wooden boat in the Bering Sea: "Old school meets new school."'], speaker: null },
      // The sentence just before a quote with no attribution of its own.
      { name: 'X shook his head. "…" → the subject of the sentence before', paragraphs: ['Tom Baker shook his head. "We lost everything in one night."'], speaker: 'Tom Baker' },
      { name: 'a citation (Author. "Title".) is no speech of its author', paragraphs: ['^ John Bathgate. "The Pamphlet Collection, Volume 44". Retrieved 17 August 2018.'], speaker: null },
      // Spanish perfect tenses and a subject the language leaves out.
      { name: '«…», ha asegurado la presidenta, X', paragraphs: ['«No hay acuerdo posible», ha asegurado la presidenta del comité, Marta Quintana Ledesma.'], speaker: 'Marta Quintana Ledesma', lang: 'es' },
      // A title with no one named so before points at nobody (not the last speaker).
      {
        name: '"…," the commissioner said, with no commissioner named → nobody',
        paragraphs: ['"The dam is safe," said Marisol Vega, a spokeswoman for the county.', '"We will inspect it again in spring," the commissioner said.'],
        speaker: null,
      },
      // German nouns are capitalised: a noun after an article is nobody; the subject may follow the verb.
      { name: '„…“, heißt es in einer Mitteilung der Polizei → nobody', paragraphs: ['„Die Lage ist unter Kontrolle“, heißt es in einer Mitteilung der Polizei.'], speaker: null, lang: 'de' },
      {
        name: 'Am Abend äußerte sich X: „…“ → X (a noun after `am` is nobody)',
        paragraphs: ['Landrat Thomas Weigl besuchte am Nachmittag die Notunterkunft in der Turnhalle.', 'Am Abend äußerte sich Weigl auch zur Kritik am Hochwasserschutz: „Wir haben getan, was wir konnten.“'],
        speaker: 'Thomas Weigl',
        lang: 'de',
      },
      { name: 'Pour X, fonction, « … »', paragraphs: ['Pour Maryline Coste, secrétaire du syndicat, « la direction refuse tout dialogue depuis des mois ».'], speaker: 'Maryline Coste', lang: 'fr' },
      { name: 'Menurut ekonom Universitas X, Nama, "…"', paragraphs: ['Menurut ekonom Universitas Nusa Cendekia, Dimas Arya Pradipta, "kenaikan tarif akan diteruskan ke konsumen."'], speaker: 'Dimas Arya Pradipta', lang: 'id' },
      {
        name: 'a quoted title in page furniture takes no speaker from the article',
        paragraphs: ['"Kami sudah menangkap lima tersangka," kata Kapolres Wonoraja AKBP Rudi Hartono.', 'Simak Video "Detik-detik Maling Motor Beraksi"'],
        speaker: null,
        lang: 'id',
      },
      // Round three: the press spoken to, a body as the source, a trial's roles, a name after an opening word.
      { name: '"…," dijo a la prensa el gobernador X', paragraphs: ['"No vamos a dejar sola a ninguna familia", dijo a la prensa el gobernador Ernesto Villaseñor Cano.'], speaker: 'Ernesto Villaseñor Cano', lang: 'es' },
      { name: '"…," de acuerdo con el Servicio Sismológico Nacional → nobody (a body)', paragraphs: ['"El sismo fue de magnitud 5.8", de acuerdo con el Servicio Sismológico Nacional.'], speaker: null, lang: 'es' },
      {
        name: '"…," ujar terdakwa → the person named as terdakwa, though a witness was named since',
        paragraphs: ['Sidang menghadirkan terdakwa Hendrawan Wicaksono Putro, mantan kepala dinas.', '"Saya tidak tahu soal itu," kata saksi Yuliana Pratiwi.', 'Terdakwa membantah keterangan Yuliana. "Saya tidak pernah menyuruh siapa pun," ujar terdakwa.'],
        speaker: 'Hendrawan Wicaksono Putro',
        lang: 'id',
      },
      {
        name: 'For X Y, … "…," he said → X Y (a name after an opening word)',
        paragraphs: ['"We will win the final," said the captain, Arya Nugraha.', 'For Yosua Wanggai, the goal was his first for the national team. "I dreamed of this night," he said.'],
        speaker: 'Yosua Wanggai',
      },
      // A phrase pointing back by a title means the person the text named so, not the last one named.
      {
        name: '"…," the mayor said → the person named as mayor, though someone spoke since',
        paragraphs: ['"We will rebuild the wall," said Mayor Joan Treloar.', '"It was the worst night I can remember," said Tom Baker, who runs the harbour cafe.', '"The money is already there," the mayor said.'],
        speaker: 'Joan Treloar',
      },
      {
        name: 'La alcaldesa: «…» → the person named as alcaldesa',
        paragraphs: ['«Nadie se ha quedado atrás», dijo la alcaldesa de Villaseca, Carmen Ruiz Aldana.', '«El agua llegó en diez minutos», contó Tomás Herrera, vecino del barrio.', 'La alcaldesa: «Pediremos ayuda al Gobierno».'],
        speaker: 'Carmen Ruiz Aldana',
        lang: 'es',
      },
      {
        name: '`X, …, and whenever I … she would tap the bowl and say, “…”` → X (a subject pronoun in the verb\'s clause)',
        paragraphs: ['My grandmother, Nora Pell, made a stack of these on her griddle every Saturday, and whenever I tried to hurry the dough she would tap the bowl and say, “Leave it be, it knows what it is doing.”'],
        speaker: 'Nora Pell',
      },
      {
        name: '`My mother, Agnes, …` then `She’d … shout, “…”` → Agnes (a name after a noun for a person; a contracted pronoun)',
        paragraphs: ['My mother, Agnes, ran the smokehouse canteen for thirty years.', 'She’d bang on the window and shout, “Are you in there pretending again?”'],
        speaker: 'Agnes',
      },
      {
        name: '`Minister Jansen (VVD) zei …: „…”` → Jansen (a party in brackets goes with the name)',
        paragraphs: ['Minister Jansen (VVD) zei dinsdag tijdens het debat over de begroting: „We bouwen meer dan in de afgelopen tien jaar.”'],
        speaker: 'Jansen',
      },
      {
        name: '`kata pelatih asal Portugal itu` → the coach, not `Portugal` (a place after `asal`)',
        paragraphs: ['Pelatih Sagara United, Rui Manuel Fontoura, menilai timnya kehilangan fokus setelah menyamakan skor.', '"Kami terlalu cepat puas," kata pelatih asal Portugal itu melalui penerjemah.'],
        speaker: 'Rui Manuel Fontoura',
        lang: 'id',
      },
      {
        name: '`Bek kiri X mengirim …, dan Manuputty …` then `kata bek … itu` → X (a noun for a person opening the sentence introduces)',
        paragraphs: ['Bek kiri Fajar Ramadhan Siregar mengirim tendangan bebas ke tiang dekat, dan Manuputty menanduk bola ke gawang. "Skema itu kami latih sepanjang pekan," kata bek yang juga kapten tim itu.'],
        speaker: 'Fajar Ramadhan Siregar',
        lang: 'id',
      },
      {
        name: '`… ketika Kevin Manuputty menyambar …` then `Bagi Manuputty, … ujar pemain itu` → the full name the text wrote',
        paragraphs: ['Laga baru berjalan 47 detik ketika Kevin Manuputty menyambar bola muntah dan menjebol gawang.', '"Gol pertama selalu penting," kata pelatih Persijaya, Hendra Gunawan.', 'Bagi Manuputty, dua gol malam itu punya arti khusus. "Gol ini untuk pendukung," ujar pemain berusia 24 tahun itu.'],
        speaker: 'Kevin Manuputty',
        lang: 'id',
      },
      {
        name: '`"…," demikian pengakuan AS yang dibacakan Heru` → AS (whose statement, named after it)',
        paragraphs: ['Polisi membacakan keterangan tersangka AS (34) dalam konferensi pers, Selasa.', '"Saya belajar caranya dari grup di aplikasi pesan," demikian pengakuan AS yang dibacakan Heru.'],
        speaker: 'AS',
        lang: 'id',
      },
      {
        name: '`kata anggota Komisi IV DPR RI dari Fraksi X, Nama` → the member (the body she is from goes with the title)',
        paragraphs: ['"Kuota harus dikawal sampai ke kios," kata anggota Komisi IV DPR RI dari Fraksi Partai Karya Rakyat, Maria Fransiska Lumbantobing.'],
        speaker: 'Maria Fransiska Lumbantobing',
        lang: 'id',
      },
      {
        name: '«…», según fuentes de la Guardia Civil → nobody (unnamed sources)',
        paragraphs: ['«Todas las hipótesis siguen abiertas», según fuentes de la Guardia Civil, cuyos agentes acotaron el punto de inicio.'],
        speaker: null,
        lang: 'es',
      },
      {
        name: '—¿…? —se le preguntó al alcalde → nobody (an impersonal question put to someone)',
        paragraphs: ['El alcalde Ernesto Villaseñor Ruiz recorrió las colonias afectadas el martes.', '—¿Cuándo se va a normalizar el servicio? —se le preguntó al alcalde.'],
        speaker: null,
        lang: 'es',
      },
      {
        name: '«…», nos dijo → the person named before (a pronoun of whom it was said to, before the verb)',
        paragraphs: ['La vecina Carmen López salió a la calle en bata.', '«Esto no lo había visto nunca», nos dijo.'],
        speaker: 'Carmen López',
        lang: 'es',
      },
      {
        name: '«…», añadió con tristeza → the person named before (a dropped subject)',
        paragraphs: ['«Lo hemos perdido todo», dijo Carmen López.', '«Ya no queda nada», añadió con tristeza.'],
        speaker: 'Carmen López',
        lang: 'es',
      },      {
        name: '"…," imbuhnya after a sentence of the same paragraph → its subject, not the officer named in it',
        paragraphs: ['Kepala KSOP Teluk Damar, Kapten Yosef Markus Pattiasina, mengatakan kapal itu tidak mengajukan izin berlayar.',
          'Yosef mengaku sudah menyerahkan salinan manifes kepada Kasat Polairud, AKP Gede Made Suarjana, yang memimpin pemeriksaan. \\"Kami di KSOP terbuka, silakan diproses juga,\\" imbuhnya.'],
        speaker: 'Yosef Markus Pattiasina',
        lang: 'id',
      },
      {
        name: 'ujar hakim tunggal Rr. Nama, S.H. → Nama (a noble title before the name)',
        paragraphs: ['\\"Dalil pemohon haruslah ditolak,\\" ujar hakim tunggal Rr. Sri Wahyuningsih, S.H., M.H., saat membacakan putusan.'],
        speaker: 'Sri Wahyuningsih',
        lang: 'id',
      },
      {
        name: 'tegas Kasi Pidsus → the Kasi named before (a title and its unit in mixed case)',
        paragraphs: ['Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus) Kejari Pasir Mandala, Andi Muhammad Fachrul Rasyid, menguji pendapat ahli.', '\\"Kami juga tidak berhenti di satu nama,\\" tegas Kasi Pidsus.'],
        speaker: 'Andi Muhammad Fachrul Rasyid',
        lang: 'id',
      },
      {
        name: 'kata Rektor → the rector named before',
        paragraphs: ['Rektor Universitas Negeri Tirta Mandala, Prof. Dr. Bambang Setyo Wibisono, M.Sc., akhirnya keluar menemui mahasiswa.', '\\"Saya tidak bersembunyi. Saya di sini,\\" kata Rektor.'],
        speaker: 'Bambang Setyo Wibisono',
        lang: 'id',
      },
      {
        name: 'teriak Presiden Badan … (BEM) X, Nama, → Nama (a body before its acronym, then the person after its comma)',
        paragraphs: ['\\"Pak Rektor, keluar!\\" teriak Presiden Badan Eksekutif Mahasiswa (BEM) Untirma, Muhammad Rafli Ardiansyah, melalui pengeras suara.'],
        speaker: 'Muhammad Rafli Ardiansyah',
        lang: 'id',
      },
      {
        name: 'sagte Bürgermeisterin Nina Hartl (CSU) → Nina Hartl (a party in brackets after a person is theirs)',
        paragraphs: ['„Das Wasser kam schneller, als es irgendjemand vorhergesagt hatte“, sagte Bürgermeisterin Nina Hartl (CSU) am Morgen im Feuerwehrhaus, Gemeinde Oberwalden.'],
        speaker: 'Nina Hartl',
        lang: 'de',
      },
      {
        name: 'A senior House Republican aide said: → nobody (a party names the aide\'s side, not a person)',
        paragraphs: ['A senior House Republican aide, who spoke on condition of anonymity, said: “We do not have the votes yet.”'],
        speaker: null,
      },
      {
        name: '"…" Demikian dikatakan X → X (the sentence after the quote points back at it)',
        paragraphs: ['\\"Kami ini bukan maling, Mas. Kami cuma cari makan…\\" Demikian dikatakan Putri Maharani sambil menggendong anaknya.'],
        speaker: 'Putri Maharani',
        lang: 'id',
      },
      {
        name: 'Suaminya lalu menimpali → nobody named (her husband is no name)',
        paragraphs: ['Suaminya lalu menimpali, \\"Kalau memang dilarang di sini, kasih tempat yang layak.\\"'],
        speaker: null,
        lang: 'id',
      },
      {
        name: 'terang Kasi Humas Polres X AKP Sutrisno → Sutrisno (a rank deeper in the run before a one-word name)',
        paragraphs: ['\\"Kami sudah turunkan tim ke lokasi,\\" terang Kasi Humas Polres Pandan Wangi AKP Sutrisno.'],
        speaker: 'Sutrisno',
        lang: 'id',
      },
      {
        name: 'Direktur Lalu Lintas (Dirlantas) Polda X Kombes Pol Nama mengatakan → Nama (a title\'s short form in brackets is no name)',
        paragraphs: ['Direktur Lalu Lintas (Dirlantas) Polda Kertajaya Kombes Pol Dedi Haryanto Simanjuntak mengatakan, \\"Kami akan menindak tegas truk yang kelebihan muatan.\\"'],
        speaker: 'Dedi Haryanto Simanjuntak',
        lang: 'id',
      },
      {
        name: 'kata Ketua DPRD Nama → Nama (a title before the body\'s acronym makes the name after it a person)',
        paragraphs: ['\\"Kami akan memanggil dinas terkait pekan depan,\\" kata Ketua DPRD Ahmad Fauzi Rahman.'],
        speaker: 'Ahmad Fauzi Rahman',
        lang: 'id',
      },
      {
        name: 'ungkap Kepala Dinas Perindustrian …, Nama → Nama (after `Dinas`, a word is the body\'s field)',
        paragraphs: ['\\"Kami akan mengumpulkan pemilik toko emas di tiga pasar,\\" ungkap Kepala Dinas Perindustrian dan Perdagangan Kabupaten Tanah Serindit, Marlina Sari Batubara.'],
        speaker: 'Marlina Sari Batubara',
        lang: 'id',
      },
      {
        name: 'jelas Kanit PPA → the Kanit named before (a title and its unit\'s acronym name the office)',
        paragraphs: ['Kanit PPA Satreskrim Polres Pandan Wangi, Ipda Nur Aisyah Rahmadani, mengatakan penyidik sudah meminta keterangan lima siswa.', '\\"Hasil visum sudah keluar,\\" jelas Kanit PPA.'],
        speaker: 'Nur Aisyah Rahmadani',
        lang: 'id',
        quoteIn: 1,
      },
      {
        name: 'Hal itu disampaikan Manager PT X selaku …, Nama → Nama (a company after its legal form)',
        paragraphs: ['\\"Perkerasan di lajur kiri sudah kami tambal di 14 titik.\\"', 'Hal itu disampaikan Corporate Communication Manager PT Marga Kertajaya Lestari selaku pengelola jalan tol, Sekar Handayani Pohan, saat dikonfirmasi.'],
        speaker: 'Sekar Handayani Pohan',
        lang: 'id',
        quoteIn: 0,
      },
    ];
    for (const s of SPEAKERS) {
      it(`${s.name}${s.lang ? ` (${s.lang})` : ''}`, () => {
        const { text, lines } = quoteArticle(s.paragraphs, s.lang);
        const result = run(text);
        assertQuoteRanges(text, result);
        const at = s.quoteIn ?? lines.length - 1;
        const found = quotesOn(result, lines[at]!);
        assert.equal(found.length, 1, `one quote in ${JSON.stringify(s.paragraphs[at])}`);
        assert.equal(found[0]!.speaker, s.speaker);
      });
    }

    it('a court just before a verb whose subject Spanish left out: the person the sentence opens with (es)', () => {
      const text = ['«Esta ley es la mejor receta para vaciar el mercado», ha señalado el diputado Alberto Sandoval Ruiz.', '',
        'Sandoval ha recordado que su grupo ya recurrió ante el Tribunal Constitucional la anterior reforma y ha advertido de que la norma «expulsará del mercado a los pequeños propietarios».', ''].join('\n');
      const speaker = run(text).findings.find((f) => f.kind === 'quote' && f.range.start.line === 2)?.speaker;
      // The referee counts a name that is part of the other as the same speaker (`Sandoval`, `Alberto Sandoval Ruiz`).
      assert.ok(speaker && 'Alberto Sandoval Ruiz'.includes(speaker), `speaker ${speaker}`);
    });

    describe('dialogue dashes: speech a paragraph opens with a dash, up to its attribution', () => {
      const text = ['Na paragem, Filomena Rocha, 54 anos, auxiliar num lar de idosos, esperava havia quase meia hora.', '',
        '— Já passaram dois autocarros e nem abriram as portas. Vou chegar atrasada, garantiu.', '',
        '—¿Qué pasó aquella noche? —preguntó el juez Ramón Ortega.', '',
        '– Eu até compreendo, mas quem paga somos nós – disse Joaquim Serrano, reformado.', '',
        '— Reporting by Jane Doe, editing by John Smith', '',
        '— Flood defences, pumps and sandbags for the lower town', ''].join('\n');
      const quotesOnLine = (line: number) => run(text).findings.filter((f) => f.kind === 'quote' && f.range.start.line === line).map((f) => [f.text, f.speaker]);
      it('`— …, garantiu.`: the speech, its speaker the person named before', () =>
        assert.deepEqual(quotesOnLine(2), [['— Já passaram dois autocarros e nem abriram as portas. Vou chegar atrasada', 'Filomena Rocha']]));
      it('`—¿…? —preguntó el juez X`: Spanish dashes', () => assert.deepEqual(quotesOnLine(4), [['—¿Qué pasó aquella noche?', 'Ramón Ortega']]));
      it('`– … – disse X, reformado`: the speech up to the dash before the verb', () =>
        assert.deepEqual(quotesOnLine(6), [['– Eu até compreendo, mas quem paga somos nós', 'Joaquim Serrano']]));
      it('a dash with no speech verb after it opens no quote (a credit, a list item)', () => {
        assert.deepEqual(quotesOnLine(8), []);
        assert.deepEqual(quotesOnLine(10), []);
      });
    });

    describe('Portuguese: the person named before, by a noun for their office (`a governante`, `o dirigente sindical`)', () => {
      const text = ['Segundo a ministra das Infraestruturas, Helena Braga Teixeira, “o direito à greve não está em causa”.', '',
        '“O Governo não exclui nenhum instrumento”, acrescentou a governante, à margem de uma cerimónia no Porto.', '',
        'Rui Almeida não tardou a reagir. «A requisição civil é uma ameaça», respondeu o dirigente sindical.', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`…”, acrescentou a governante`: the minister', () => assert.deepEqual(speakerOn(2), ['Helena Braga Teixeira']));
      it('`X não tardou a reagir. «…», respondeu o dirigente sindical`: X', () => assert.deepEqual(speakerOn(4), ['Rui Almeida']));
    });

    describe('Italian: titles with an elided article, a view opening the sentence, the speaker named after the quote', () => {
      const text = ['Sette ore di seduta e due sospensioni. Il sindaco Marco Ferrandi: «Il tram si farà, indietro non si torna».', '',
        'Secondo l\'assessora alla Mobilità, Giulia Marchetti Bosio, il cantiere “durerà ventidue mesi e non trenta”.', '',
        '«Qui con tre anni di cantiere chiudiamo tutti». A parlare è Luisa Cerri, che gestisce una merceria in corso Garibaldi.', '',
        'Per il capogruppo del centrodestra, Paolo Ravasio, quella approvata ieri sera è «una delibera scritta sulla sabbia».', '',
        '«Se il finanziamento non arriva entro giugno, il Comune si ritrova con un buco», ha aggiunto.', '',
        'Un timore che l\'assessora Giulia Marchetti Bosio respinge. In una nota diffusa in serata ha ricordato che il decreto è atteso «entro la primavera».', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`Il sindaco X: «…»`: a title in lower case is no title-case headline', () => assert.deepEqual(speakerOn(0), ['Marco Ferrandi']));
      it('`Secondo l\'assessora alla Mobilità, X, “…”`: the name after the title and its field', () => assert.deepEqual(speakerOn(2), ['Giulia Marchetti Bosio']));
      it('`«…». A parlare è X`', () => assert.deepEqual(speakerOn(4), ['Luisa Cerri']));
      it('`Per il capogruppo …, X, quella … è «…»`: whose view', () => assert.deepEqual(speakerOn(6), ['Paolo Ravasio']));
      it('`«…», ha aggiunto`: the same person', () => assert.deepEqual(speakerOn(8), ['Paolo Ravasio']));
      it('`In una nota … ha ricordato che … «…»`: a dropped subject after a place or a manner', () => assert.deepEqual(speakerOn(10), ['Giulia Marchetti Bosio']));
    });

    describe('a match report: a place before a job, an age for a name, a full name given in the possessive', () => {
      const text = ['Harlow Town lost 3-1 at home on Saturday, and Tomás Reilly’s two goals settled it.', '',
        '“We were second best,” admitted Harlow boss Dean Mercer.', '',
        'Reilly, 28, has now scored six goals in nine games, and both of his finishes left Finch with no chance.', '',
        '“I won’t pretend that second one didn’t feel nice,” the 28-year-old said.', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`admitted Harlow boss Dean Mercer`: the person after the job', () => assert.deepEqual(speakerOn(2), ['Dean Mercer']));
      it('`the 28-year-old said` after `Reilly, 28,`: Reilly, by the full name the text gave', () => assert.deepEqual(speakerOn(6), ['Tomás Reilly']));
    });

    describe('German: a pronoun after its verb, whatever follows; `laut` and a noun', () => {
      const text = ['Martina Gsponer führt das Berggasthaus auf der Alp seit zwölf Jahren, und die Sperrung trifft sie am härtesten.', '',
        '«Die Leute rufen jeden Tag an», sagte sie am Telefon.', '',
        'Laut Betreiber, der Luftseilbahn Lärchenwil AG, ist der Schaden «deutlich grösser als befürchtet».', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`sagte sie am Telefon`: the woman named before (not `Telefon`)', () => assert.deepEqual(speakerOn(2), ['Martina Gsponer']));
      it('`Laut Betreiber, …`: a noun, nobody (not `Laut Betreiber`)', () => assert.deepEqual(speakerOn(4), [null]));
    });

    it('French dialogue: `— …? demande une habituée` ends the speech after its question mark', () => {
      const text = ['Au marché, les clientes arrivent au compte-gouttes, cabas à roulettes à la main, vers neuf heures.', '',
        '— Et vous, vous reviendrez jeudi prochain ? demande une habituée en glissant un morceau de tomme dans son cabas.', ''].join('\n');
      const found = run(text).findings.filter((f) => f.kind === 'quote').map((f) => [f.text, f.speaker]);
      assert.deepEqual(found, [['— Et vous, vous reviendrez jeudi prochain ?', null]]);
    });

    describe('Dutch: a surname with its particle capitalised where it stands alone (`De Vries`)', () => {
      const text = ['„We hebben geen keus”, zegt Anouk de Vries, wethouder van Sport.', '',
        'De gemeenteraad stemde dinsdagavond met zeventien tegen twaalf stemmen voor sluiting van het bad aan de Parklaan.', '',
        '‘Ik ga geen beloftes doen die ik niet kan waarmaken’, zei De Vries na afloop van de vergadering.', '',
        'Volgens De Vries is het bad in de buurstad „ruim groot genoeg voor iedereen”.', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`zei De Vries`: the alderwoman', () => assert.deepEqual(speakerOn(4), ['Anouk de Vries']));
      it('`Volgens De Vries … „…”`: the alderwoman', () => assert.deepEqual(speakerOn(6), ['Anouk de Vries']));
    });

    describe('Portuguese: a rank after a body and its comma; a town hall named with its town', () => {
      const text = ['Uma chuva de mais de 110 milímetros inundou ao menos 14 ruas do bairro na madrugada desta quarta-feira.', '',
        '“As sirenes foram acionadas à 0h15”, afirmou o coordenador da Defesa Civil municipal, coronel Anselmo Batista Rocha.', '',
        'A prefeitura diz que uma nova licitação deve ser aberta no primeiro semestre de 2026.', '',
        'Em nota, a Prefeitura de São Paulo afirmou que “equipes trabalham desde a madrugada na limpeza das ruas”.', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`…, afirmou o coordenador da Defesa Civil municipal, coronel X`: the colonel', () => assert.deepEqual(speakerOn(2), ['Anselmo Batista Rocha']));
      it('`a Prefeitura de São Paulo afirmou que “…”`: a body, nobody (not `Paulo`)', () => assert.deepEqual(speakerOn(6), [null]));
    });

    describe('US lawmakers: a party-and-district tag is no name; `the senator` is the senator spoken of last', () => {
      const text = ['Sen. Wendell Ames, R-Harper’s Ford, and Sen. Jolene Marsh, D-Pike Hollow, broke with their parties on the vote.', '',
        'Ames, a retired dairy farmer, said he had gone back and forth on the bill for days.', '',
        '“I don’t love the tax piece,” said the senator, who is not seeking reelection.', '',
        'Senate Minority Leader Curtis Dahlberg, R-Mill Creek, said the delay broke a promise to taxpayers.', '',
        '“We told the people of this state their tax bill was going down,” he said, “and tonight this chamber said never mind.”', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`said the senator` after two senators, the second named since: Ames', () => assert.deepEqual(speakerOn(4), ['Wendell Ames']));
      it('`he said` after `Curtis Dahlberg, R-Mill Creek,`: Dahlberg (not `R-Mill Creek`)', () => assert.deepEqual(speakerOn(8), ['Curtis Dahlberg', 'Curtis Dahlberg']));
    });

    describe('Indonesian: a committee is no person; a tag in lower case says nothing of a name', () => {
      const text = ['"Kenaikan 32 persen itu tidak masuk akal," ucap Ketua Komisi C DPRD Kota Karangmulya, Hendrik Sihombing, dalam rapat.', '',
        'Di akhir rapat, Hendrik yang berasal dari Fraksi PDIP membacakan kesimpulan. Komisi C merekomendasikan agar kenaikan tarif ditunda.', '',
        'Politikus PDIP itu menambahkan, dewan akan memanggil direksi lagi. "Jangan harap kami setujui," tegasnya.', '',
        'Hal senada disampaikan anggota DPRD Kota Karangmulya dari daerah pemilihan IV, Nurhayati Rahman. Menurut dia, "Warga sudah terlalu lama menunggu."', '',
        'Tag:', 'dprd karangmulya', 'tarif air', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`ucap Ketua Komisi C DPRD Kota X, Nama`: the chair (with `karangmulya` in a tag)', () => assert.deepEqual(speakerOn(0), ['Hendrik Sihombing']));
      it('`Politikus PDIP itu … tegasnya` after `Komisi C merekomendasikan`: the chair, not the committee', () => assert.deepEqual(speakerOn(4), ['Hendrik Sihombing']));
      it('`anggota DPRD … dari daerah pemilihan IV, Nama. Menurut dia, "…"`: the member', () => assert.deepEqual(speakerOn(6), ['Nurhayati Rahman']));
    });

    describe('Czech: a town named with its river; an adverb between a titled surname and its verb', () => {
      const text = ['Požár skladu zaměstnal hasiče celou noc.', '',
        '„Varovné zprávy jsme rozeslali ve dvě ráno,“ uvedla starostka Březové nad Lužnicí Ivana Marešová.', '',
        'Starostka Marešová zároveň uklidňovala: „Podle prvních měření nejsou ve vzduchu nebezpečné látky.“', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`starostka Březové nad Lužnicí Ivana Marešová`: the mayor, not the town', () => assert.deepEqual(speakerOn(2), ['Ivana Marešová']));
      it('`Starostka Marešová zároveň uklidňovala: „…“`: the mayor', () => assert.deepEqual(speakerOn(4), ['Ivana Marešová']));
    });

    describe('French: a title and its adjective, an aside inside the quote, a kinship noun, a smile', () => {
      const text = ['La conservatrice Anne Bérard a présenté les salles rénovées.', '',
        'Le chantier a été confié à l’architecte dijonnais Théo Lagarde, qui a consolidé la verrière.', '',
        '« Certaines poutres tenaient par habitude plus que par calcul », confie-t-il.', '',
        '« Ce chantier, affirme Nadia Kessler, vice-présidente de la région chargée de la culture, montre qu’une ville moyenne peut viser haut. »', '',
        'Parmi les prêteurs figure Odile Travers-Mahé, arrière-petite-fille du peintre, qui a donné quatorze carnets au musée.', '',
        'Émue, elle raconte : « Ses carnets devaient revenir ici. »', '',
        '« J’y venais avec ma classe chaque printemps », sourit Mireille Caussade, 74 ans.', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`l’architecte dijonnais Théo Lagarde` … `confie-t-il`: the architect', () => assert.deepEqual(speakerOn(4), ['Théo Lagarde']));
      it('`« A, affirme X, vice-présidente …, B »`: the vice-president', () => assert.deepEqual(speakerOn(6), ['Nadia Kessler']));
      it('`X, arrière-petite-fille du peintre, qui …` then `elle raconte`: the great-granddaughter', () => assert.deepEqual(speakerOn(10), ['Odile Travers-Mahé']));
      it('`sourit X, 74 ans`', () => assert.deepEqual(speakerOn(12), ['Mireille Caussade']));
      it('`« …? » nous demande Sophie`: the reader, a pronoun of whom it is asked before the verb', () => {
        const fr = ['Les trains sont annulés dans toute la région depuis ce matin.', '', '« Mon train de demain matin est-il maintenu ? » nous demande Sophie.', ''].join('\n');
        assert.deepEqual(speakersOn(fr, 2), ['Sophie']);
      });
    });

    describe('a surname opening the sentence, an adverb or a relative clause before the verb', () => {
      const text = ['Mary Smith runs the bakery on Mill Lane, and Yusuf Rasheed-Lund designs its ovens.', '',
        '"We will reopen on Monday," Smith also said.', '',
        'Rasheed-Lund, who spent eight years building ovens for hotels before joining the bakery, put it more bluntly: “An oven is a set of compromises.”', ''].join('\n');
      const speakerOn = (line: number) => speakersOn(text, line);
      it('`"…," Smith also said`', () => assert.deepEqual(speakerOn(2), ['Mary Smith']));
      it('`Rasheed-Lund, who …, put it more bluntly: “…”`', () => assert.deepEqual(speakerOn(4), ['Yusuf Rasheed-Lund']));
      it('`tanya sus Rini dan dijawab Rayyanza singkat "…"`: `dan` is no adverb', () => {
        const id = ['Rayyanza tiba-tiba menyinggung soal tarif.', '', '"Emang harus dibayar?" tanya sus Rini dan dijawab Rayyanza singkat "iyalah."', ''].join('\n');
        assert.deepEqual(speakersOn(id, 2), ['Rini', 'Rayyanza']);
      });
    });

    describe('Indonesian police reports: a ranked person after the office\'s comma, a confession read out, `balas`', () => {
      const text = ['Polisi menangkap MR (31) di rumahnya di Kecamatan Sungai Rambai pada Senin malam.', '',
        'Kapolres Tanah Serindit, AKBP Yudha Permana, mengatakan, \"Tersangka sudah dua kali mengamati toko itu sebelum beraksi.\"', '',
        '\"Saya kalah main judi online. Saya menyesal,\" ucap Yudha menirukan pengakuan MR.', '',
        'Kuasa hukum tersangka, Johannes Hutajulu, menilai kasus itu dibesar-besarkan.', '',
        '\"Klien kami kooperatif sejak hari pertama,\" balas Johannes.', ''].join('\n');
      it('`Kapolres Tanah Serindit, AKBP Yudha Permana, mengatakan, \\"…\\"`: the ranked person, not the region', () => assert.deepEqual(speakersOn(text, 2), ['Yudha Permana']));
      it('`ucap Yudha menirukan pengakuan MR`: the one whose confession it was (initials, not `Mr.`)', () => assert.deepEqual(speakersOn(text, 4), ['MR']));
      it('`balas Johannes`: a reply', () => assert.deepEqual(speakersOn(text, 8), ['Johannes Hutajulu']));
    });

    describe('Indonesian titles: degrees after a name, honorifics after the comma, a body in brackets, a translation aside', () => {
      const text = ['Sengketa hasil pemilihan bupati kembali dibahas di kantor KPU pada Senin pagi.', '',
        'Ketua KPU Kabupaten Tanah Sirih, Syamsul Bahri Harahap, S.Sos., M.Si., mengatakan, \"Penghitungan ulang dimulai besok pagi.\"', '',
        'Rektor Universitas Mandala Nusantara, Prof. Dr. Hendarto Wibisono Adi, mengatakan, \"Kami mendukung penuh.\"', '',
        '\"Longsor terjadi pukul 02.30 WIB,\" kata Kepala Pelaksana (Kalaksa) Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Pasirmukti, Asep Saepul Rohman, di lokasi.', '',
        'Korban selamat, Dadan Sutisna (47), warga Dusun III Lubuk Pinang, masih trauma.', '',
        '\"Aya sora ngaguruh, imah langsung rubuh,\" (Ada suara bergemuruh, rumah langsung ambruk) tutur Dadan.', '',
        '\"Kami tidur di masjid sekarang,\" katanya.', ''].join('\n');
      it('`Nama, S.Sos., M.Si., mengatakan`: the name, not a degree', () => assert.deepEqual(speakersOn(text, 2), ['Syamsul Bahri Harahap']));
      it('`Rektor …, Prof. Dr. Nama, mengatakan`: the person after the honorifics', () => assert.deepEqual(speakersOn(text, 4), ['Hendarto Wibisono Adi']));
      it('`Kepala Pelaksana (Kalaksa) Badan … (BPBD) Kabupaten X, Nama`: the person after the body', () => assert.deepEqual(speakersOn(text, 6), ['Asep Saepul Rohman']));
      it('a translation in brackets between the quote and `tutur Dadan`', () => assert.deepEqual(speakersOn(text, 10), ['Dadan Sutisna']));
      it('`katanya` after `warga Dusun III …`: the resident, not the hamlet', () => assert.deepEqual(speakersOn(text, 12), ['Dadan Sutisna']));
      it('`Kapolres Banyu Asri AKBP Nama mengatakan`, `… (Dirjen Otda) Kementerian Dalam Negeri, Nama`; `sanggah`', () => {
        const more = ['Polisi memeriksa dapur umum sekolah pada Senin.', '',
          'Kapolres Banyu Asri AKBP Haris Setiabudi mengatakan, \"Sampel makanan sudah kami kirim ke laboratorium.\"', '',
          '\"Kami akan mengevaluasi,\" kata Direktur Jenderal Otonomi Daerah (Dirjen Otda) Kementerian Dalam Negeri, Wahyudi Santosa Rangkuti, di Jakarta.', '',
          '\"Itu tidak benar,\" sanggah Wahyudi.', ''].join('\n');
        assert.deepEqual(speakersOn(more, 2), ['Haris Setiabudi']);
        assert.deepEqual(speakersOn(more, 4), ['Wahyudi Santosa Rangkuti']);
        assert.deepEqual(speakersOn(more, 6), ['Wahyudi Santosa Rangkuti']);
      });
    });

    describe('Indonesian reports: places outside the run, short titles, ranks inside a run, a nickname with its honorific', () => {
      it('`-nya` after `Nama (47), nelayan asal Desa Pasir Panjang,` when the text also writes `kepala desa`: the fisherman', () => {
        const text = ['Darmansyah (47), nelayan asal Desa Pasir Panjang, mengaku sudah lima hari tidak melaut.', '',
          '\"Kalau dipaksakan, yang kami pertaruhkan nyawa,\" keluhnya.', '', 'Datanya dari kepala desa.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Darmansyah']);
      });
      it('`kata Kepala Dinas Kesehatan (Kadinkes) Lembah Saruni, dr. Nama, Sp.A.`: the doctor, not the regency', () => {
        const text = ['Program itu dimulai pekan lalu.', '',
          '\"Kami menargetkan angka stunting turun,\" kata Kepala Dinas Kesehatan (Kadinkes) Lembah Saruni, dr. Rina Kartikasari, Sp.A., di kantornya.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Rina Kartikasari']);
      });
      it('`Honornya Rp 150.000 … katanya`: the rupiah is no name, the cadre introduced before speaks', () => {
        const text = ['Kader posyandu Tri Handayani (38) menimbang bayi satu per satu.', '',
          'Sudah 11 tahun ia menjadi kader. Honornya Rp 150.000 per bulan. \"Bukan soal uang,\" katanya.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Tri Handayani']);
      });
      it('`Hal itu disampaikan CEO PT X (Persikara), Nama`: the person after the company and its bracketed name', () => {
        const text = ['Manajemen klub memastikan gaji pemain aman.', '', '\"Tidak ada tunggakan gaji sampai akhir musim.\"', '',
          'Hal itu disampaikan CEO PT Karang Jati Manggala Mandiri (Persikara), Hendra Gunawan Susilo, seusai laga.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Hendra Gunawan Susilo']);
      });
      it('`kata kuasa hukum PT KBPN, Nama`: the person after the company, its name in capitals', () => {
        const text = ['Proyek gedung itu mangkrak sejak tahun lalu.', '',
          '\"Klien kami sudah bekerja sesuai kontrak,\" kata kuasa hukum PT KBPN, Ferdinand Tampubolon, S.H., M.H., dalam keterangan tertulisnya.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Ferdinand Tampubolon']);
      });
      it('`Kepala Satuan Lalu Lintas (Kasat Lantas) Polresta X Kompol Dr. Nama`, then `ujar dia`: the officer, no doctor\'s title', () => {
        const text = ['Penyambutan itu membuat lalu lintas tersendat. Kepala Satuan Lalu Lintas (Kasat Lantas) Polresta Pontirawa Kompol Dr. Gede Agus Wiratama, S.I.K., M.H., mengatakan pihaknya menerjunkan 35 personel.', '',
          '\"Itu membahayakan pengendara lain,\" ujar dia.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Gede Agus Wiratama']);
      });
      it('`Kepindahan Wellington ke …` opening a sentence: a derived noun, no part of the name `tulis Wellington` means', () => {
        const text = ['Penyerang asal Brasil, Wellington Dário Sarmento, resmi bergabung dengan klub itu.', '',
          'Kepindahan Wellington ke Pontirawa disambut ratusan suporter di bandara.', '',
          '\"Sampai jumpa, Lisboa!\" tulis Wellington di akun Instagram pribadinya.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 4), ['Wellington Dário Sarmento']);
      });
      it('`ujar legislator … itu` after `Nama, S.T., legislator …`: the role read past the degree', () => {
        const text = ['Hal itu disampaikan Amrizal Pohan, S.T., legislator dua periode dari daerah pemilihan Seruni Hilir, dalam rapat.', '',
          'Sekretaris Daerah Mangapul Simatupang menjawab bahwa anggaran sudah tersedia.', '',
          '\"Pak Sekda bilang uangnya ada. Tunjukkan buktinya,\" ujar legislator dua periode dari daerah pemilihan Seruni Hilir itu.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 4), ['Amrizal Pohan']);
      });
      it('`tutur Bang Irul` after `Nama alias Bang Irul`: the full name, the honorific left out of the speaker', () => {
        const text = ['Ketua kelompok suporter Laskar Karang Mania, Syahrul Ramadhan alias Bang Irul, mengapresiasi pemain.', '',
          '\"Kami datang tiap pekan,\" tutur Bang Irul.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Syahrul Ramadhan']);
      });
      it('`kata kuasa hukum terdakwa sembari …`, `Menurut penasihat hukumnya, "…"`: the lawyer named as `penasihat hukumnya, Nama`', () => {
        const text = ['Terdakwa Rudi Hartono didampingi penasihat hukumnya, Lambok Parulian Manurung, saat sidang putusan di PN Sindangkerta.', '',
          '"Kami akan pikir-pikir dulu selama tujuh hari," kata kuasa hukum terdakwa sembari merapikan berkas.', '',
          'Menurut penasihat hukumnya, "Putusan ini terlalu berat bagi klien kami."', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Lambok Parulian Manurung']);
        assert.deepEqual(speakersOn(text, 4), ['Lambok Parulian Manurung']);
      });
      it('`yang akrab disapa Bu Lina` after a description ending in a place: the person the sentence introduced', () => {
        const text = ['Di antara peserta aksi ada Marlina Sitompul (41), guru honorer di SD Negeri 12 Kampung Baru, yang akrab disapa Bu Lina.', '',
          '\"Saya tetap mengajar,\" tutur Bu Lina.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Marlina Sitompul']);
      });
      it('`sebut Kasat`, `ujar Danrem`: the unit head and the commander introduced by their offices (a rank inside the run)', () => {
        const text = ['Kasat Resnarkoba Polres Teluk Sagara, AKP Gilang Saputra Siahaan, menjelaskan kronologi penangkapan.', '',
          '\"Informasinya cukup detail,\" sebut Kasat.', '',
          'Komandan Korem (Danrem) 034/Bukit Gading Brigjen TNI Aryo Damar Situmeang meninjau lokasi.', '',
          '\"Tidak ada prajurit yang boleh pulang,\" ujar Danrem.', '', '\"Kami bertahan sampai api padam,\" kata jenderal bintang satu itu.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Gilang Saputra Siahaan']);
        assert.deepEqual(speakersOn(text, 6), ['Aryo Damar Situmeang']);
        assert.deepEqual(speakersOn(text, 8), ['Aryo Damar Situmeang']);
      });
      it('`kata Nama menirukan pengakuan tersangka`: the suspect the text named, not the officer reading it out', () => {
        const text = ['Tersangka berinisial RH (34), warga Kelurahan Sungai Bambu, ditangkap di pelabuhan.', '',
          'Kasat Resnarkoba, AKP Gilang Saputra Siahaan, memaparkan hasil pemeriksaan. Kepada penyidik, RH mengaku baru pertama kali menjadi kurir.', '',
          '\"Saya disuruh bawa tabung itu,\" kata Gilang menirukan pengakuan tersangka.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 4), ['RH']);
      });
      it('`ujar orang nomor satu di Kabupaten X itu`: the regent named before', () => {
        const text = ['Bupati Lembah Saruni, Haryanto Wibisono Adi, membuka acara itu.', '', '\"Tidak boleh ada balita kurang gizi,\" ujar orang nomor satu di Kabupaten Lembah Saruni itu.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Haryanto Wibisono Adi']);
      });
    });

    describe('Indonesian hearings, verdicts and drills: bodies in brackets, offices written out, labels in bold, slogans', () => {
      const one = (lead: string, quote: string) => speakersOn([lead, '', quote, ''].join('\n'), 2);
      it('`sela anggota Banggar dari Fraksi Partai X (PAKR), Nama`, `Koordinator … Corruption Watch (SLCW), Nama`: the person', () => {
        assert.deepEqual(one('Rapat dimulai pukul 09.00.', '\"Itu pemotongan,\" sela anggota Banggar dari Fraksi Partai Amanat Karya Rakyat (PAKR), Rosmaida Hutabarat, dengan nada tinggi.'), ['Rosmaida Hutabarat']);
        assert.deepEqual(one('Rapat dimulai pukul 09.00.', '\"Kami akan mengawal,\" kata Koordinator Sungai Lirih Corruption Watch (SLCW), Nur Aisyah Rangkuti, di Karang Sembada.'), ['Nur Aisyah Rangkuti']);
      });
      it('`jelas Pelaksana Tugas (Plt) Kepala Dinas …, Nama`: an office written out before its short form is no one', () => {
        assert.deepEqual(one('Rapat dimulai pukul 09.00.', '\"Bantuan tetap disalurkan,\" jelas Pelaksana Tugas (Plt) Kepala Dinas Sosial Kabupaten Sungai Lirih, Hendra Saputra Lubis.'), ['Hendra Saputra Lubis']);
      });
      it('`potong Syamsul`, `ujar hakim ketua`, `jawab Kades` after `Kepala Desa …, Nama`', () => {
        assert.deepEqual(one('Ketua Banggar DPRD, Syamsul Bahri Tanjung, memimpin rapat.', '\"Biarkan Pak Sekda selesai dulu,\" potong Syamsul.'), ['Syamsul Bahri Tanjung']);
        assert.deepEqual(one('Ketua Majelis Hakim, Agustinus Haryo Widagdo, membacakan putusan.', '\"Terdakwa terbukti bersalah,\" ujar hakim ketua.'), ['Agustinus Haryo Widagdo']);
        const text = ['Kepala Desa Teluk Sarimanis, Syamsul Bahri Tanjung, mengakui jalur evakuasi masih menjadi persoalan.', '',
          'Kalaksa BPBD, Ratih Puspitasari Handoko, menanggapi keluhan itu.', '', '\"Kami akan bantu,\" tutur Ratih.', '',
          '\"Masalahnya, Bu, banyak lansia di sini,\" jawab Kades.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 6), ['Syamsul Bahri Tanjung']);
      });
      it('a transcript line `**Rosmaida:** \"…\"` and a list item `- **Darwis (52), nelayan:** “…”`: the label names the speaker', () => {
        const text = ['Rapat memanas. Anggota Banggar, Rosmaida Hutabarat, angkat bicara.', '', '**Rosmaida:** \"Kami menolak pemotongan itu.\"', '',
          '- **Darwis (52), nelayan:** “Kami sudah hafal jalurnya.”', '', '- **Fadli Ramadhan (16), pelajar SMA:** “Saya sampai paling dulu.”', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Rosmaida Hutabarat']);
        assert.deepEqual(speakersOn(text, 4), ['Darwis']);
        assert.deepEqual(speakersOn(text, 6), ['Fadli Ramadhan']);
      });
      it('`meneriakkan jargon \"…\"`, a headline\'s `\"Damai\" dengan Nama: Aku …`: nobody', () => {
        assert.deepEqual(one('Moderator Dinda Maharani membuka debat.', 'Pendukung meneriakkan jargon \"Lintang Terang, Petani Senang\" hingga Dinda meminta penonton tenang.'), [null]);
        assert.deepEqual(speakersOn('Harriet Vandermeer Buka Suara soal Perceraian \"Damai\" dengan Callum Ashworth: Aku Sudah Berhenti Menangis\n', 0), [null]);
      });
      it('`Ia menegaskan Banggar hanya akan …` then `imbuhnya`: what was stressed is no speaker', () => {
        const text = ['Ketua Banggar DPRD, Syamsul Bahri Tanjung, memimpin rapat hingga sore.', '',
          'Pukul 16.40, Syamsul akhirnya menskors rapat. Ia menegaskan Banggar hanya akan menyetujui anggaran yang masuk akal. \"Kami tidak mau terburu-buru,\" imbuhnya.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Syamsul Bahri Tanjung']);
      });
    });

    describe('Indonesian courts, hospitals and markets: unnamed speakers, nouns with a qualifier, words read out, bodies with acronyms', () => {
      const one = (lead: string, quote: string) => speakersOn([lead, '', quote, ''].join('\n'), 2);
      it('`Seorang perawat yang enggan disebutkan namanya mengatakan, … \"…\" imbuhnya`: nobody named, not the official before', () => {
        assert.deepEqual(one('Kepala BPJS Kesehatan Cabang Manggala, Lestari Wulandari Harahap, mengatakan antrean akan dikurangi.',
          'Seorang perawat yang enggan disebutkan namanya mengatakan, pasien memang menumpuk sejak subuh. \"Kami bukan tidak mau menerima pasien,\" imbuhnya.'), [null]);
      });
      it('`kata Kasat Lantas`, `sebut Kepala DLH`, `jawab saksi`, `ujar ibu korban sambil terisak`: the person so introduced', () => {
        assert.deepEqual(one('Kasat Lantas Polres Banyusari AKP Yudha Prasetya Nugraha mengatur arus kendaraan.', '\"Parkir di bahu jalan kami tertibkan,\" kata Kasat Lantas.'), ['Yudha Prasetya Nugraha']);
        assert.deepEqual(one('Kepala Dinas Lingkungan Hidup (DLH) Kabupaten Bantar Raya, Hadi Suryaman Prawira, meninjau sungai.', '\"Sampel sudah kami ambil,\" sebut Kepala DLH.'), ['Hadi Suryaman Prawira']);
        assert.deepEqual(one('Saksi pertama, Dedi Kurniawan (34), pedagang martabak, menceritakan kejadian itu.', '\"Dia yang pertama memukul,\" jawab saksi.'), ['Dedi Kurniawan']);
        assert.deepEqual(one('Ibu korban, Nurhasanah (49), hadir di ruang sidang.', '\"Anak saya cuma pergi membeli martabak,\" ujar ibu korban sambil terisak.'), ['Nurhasanah']);
      });
      it('`ujar ibu korban, Siti Rohmah (54),`: the name after the comma; `ujar Kalaksa, Sabtu (8/3/2025)`: a day is no name', () => {
        assert.deepEqual(one('Sidang dibuka pukul 09.00.', '\"Saya sudah ikhlas,\" ujar ibu korban, Siti Rohmah (54), sambil terisak.'), ['Siti Rohmah']);
        assert.deepEqual(one('Kalaksa BPBD Kabupaten Pesisir Kencana, Ratih Puspitasari Handoko, memantau simulasi.', '\"Semua warga sudah di bukit,\" ujar Kalaksa, Sabtu (8/3/2025).'), ['Ratih Puspitasari Handoko']);
      });
      it('`kata saksi menirukan teriakan terdakwa`: the defendant named by initials; a later `Ia` is still the witness', () => {
        const text = ['Terdakwa berinisial AR (22) duduk diam. Saksi pertama, Dedi Kurniawan (34), pedagang martabak, menceritakan kejadian itu.', '',
          '\"Kau pikir kau siapa?\" kata saksi menirukan teriakan terdakwa.', '',
          'Ia mengaku sempat mencoba melerai. \"Saya malah didorong sampai jatuh,\" ujarnya.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['AR']);
        assert.deepEqual(speakersOn(text, 4), ['Dedi Kurniawan']);
      });
      it('`kata Kepala SDN Cibeureum 2, Nama`, `ujar Sekjen PP PBVNI, Nama`, `kata Imam Besar Masjid …, KH Nama`: the person', () => {
        assert.deepEqual(one('Sekolah itu rusak.', '\"Kami belajar di tenda,\" kata Kepala SDN Cibeureum 2, Dadang Suherman.'), ['Dadang Suherman']);
        assert.deepEqual(one('Tim pulang dengan medali perak.', '\"Ini bukan kegagalan,\" ujar Sekjen PP PBVNI, Hendro Wibisono Sastradiredja, di Bangkok.'), ['Hendro Wibisono Sastradiredja']);
        assert.deepEqual(one('Pasar itu ramai.', '\\[img.3\\]\\"Dulu ada yang khawatir,\\" kata Imam Besar Masjid Agung Baitul Hikmah, KH Ahmad Syarifuddin Hasan, Lc., M.A.'), ['Ahmad Syarifuddin Hasan']);
      });
      it('`kata Inspektur`, `kata Kasi Intel`, `kata orang nomor satu di desa itu`: the officials named before', () => {
        assert.deepEqual(one('Inspektur Kabupaten Bukit Selasih, Ramadhan Syahputra Harahap, menyerahkan laporan audit.', '\"Kami beri waktu 60 hari,\" kata Inspektur.'), ['Ramadhan Syahputra Harahap']);
        assert.deepEqual(one('Kepala Seksi Intelijen (Kasi Intel) Kejari Bukit Selasih, Yudistira Mahendra Putra, menerima laporan itu.', '\"Kami pelajari dulu,\" kata Kasi Intel.'), ['Yudistira Mahendra Putra']);
        assert.deepEqual(one('Kepala Desa Lubuk Seruni, Zulkarnain Effendi, membantah tuduhan warga.', '\"Uangnya sudah kembali,\" kata orang nomor satu di desa itu.'), ['Zulkarnain Effendi']);
      });
      it('`ujar spiker asal Kudus itu` after `spiker kelahiran Kudus, Jawa Tengah,`: the player, not the province', () => {
        const text = ['Kapten timnas, Ratna Ayu Kusumawardani, menjadi pendulang poin terbanyak.', '',
          'Bagi spiker kelahiran Kudus, Jawa Tengah, yang kini berusia 31 tahun itu, laga di Bangkok adalah final ketiganya.', '',
          '\"Rasanya sakit sekali,\" ujar spiker asal Kudus itu.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 4), ['Ratna Ayu Kusumawardani']);
      });
    });

    describe('Indonesian nicknames: `Nama alias Bedul`, `Nama (22), yang akrab disapa Rahma`; words read out by a neighbour', () => {
      const text = ['Koordinator aksi, Muhammad Rusdi alias Bedul (39), memimpin puluhan warga ke kantor desa.', '',
        '\"Kami hanya minta laporan dana desa dibuka,\" ucap Bedul.', '',
        'Putrinya, Siti Rahmawati Kusumaningrum (22), yang akrab disapa Rahma, lulus dengan predikat cum laude.', '',
        '\"Saya ingin pulang dan mengajar di desa,\" kata Rahma.', '',
        'Warga lain, Rohimah, mengaku sering mendengar keluhan tetangganya, Odah Rukmini.', '',
        '\"Jalan ke sawah rusak terus,\" kata Rohimah menirukan keluhan Mak Odah.', ''].join('\n');
      it('`ucap Bedul` after `Muhammad Rusdi alias Bedul`: the full name', () => assert.deepEqual(speakersOn(text, 2), ['Muhammad Rusdi']));
      it('`kata Rahma`: the nickname cut from the name says who, and stays', () => assert.deepEqual(speakersOn(text, 6), ['Rahma']));
      it('`menirukan keluhan Mak Odah`: the one whose complaint it was, `Mak` left out', () => assert.ok(/^Odah( Rukmini)?$/.test(String(speakersOn(text, 10)[0]))));
    });

    describe('a signature line under a quote standing alone; French verbs with their pronoun after them', () => {
      it('`“…”` over `—Mara Velde, "The Lantern Keeper"`: the name the dash opens; the title in the signature is nobody\'s', () => {
        const text = ['Mara Velde is a main character of the series and the keeper of the Corran Point light.', '',
          '“The light doesn\'t care who you were yesterday. It only cares that you climb the stairs tonight.”',
          '—Mara Velde, "The Lantern Keeper"', '', 'She was born in the keeper\'s cottage below the tower in the winter of the great storm.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Mara Velde']);
        assert.deepEqual(speakersOn(text, 3), [null]);
      });
      it('`«…», s’indigne-t-elle`, `«…», s’agace la présidente`: the person named before', () => {
        const text = ['Sur le parking, Aurélie Deschamps, aide-soignante, attend la sortie de ses deux fils depuis vingt minutes.', '',
          '« Il a 5 ans. Il va passer presque deux heures par jour dans un car », s’indigne-t-elle.', ''].join('\n');
        assert.deepEqual(speakersOn(text, 2), ['Aurélie Deschamps']);
      });
    });

    describe('family nouns after a possessive, surnames alone before a colon, statements named after the quote', () => {
      const text = ['His son, David Kessling, flew in from Denver on Tuesday.', '',
        '"He never missed a Thursday in the park," his son said.', '',
        'Arthur Kessling led the band for fifty-two summers.', '',
        '"He loved that band more than his car," his daughter said.', ''].join('\n');
      it('`his son said` after `His son, David Kessling,`: the son', () => assert.deepEqual(speakersOn(text, 2), ['David Kessling']));
      it('`his daughter said` with no daughter named: nobody (not the father)', () => assert.deepEqual(speakersOn(text, 6), [null]));
      it('`… delegato. Conti: «…»`: the surname the text named before', () => {
        const italian = ['«Lo sciopero è legittimo», spiega Giulia Conti, segretaria della Filt-Cgil.', '',
          'In serata è arrivata la replica alle parole dell\'amministratore delegato. Conti: «Nessuno ci ha convocati.»', ''].join('\n');
        assert.deepEqual(speakersOn(italian, 2), ['Giulia Conti']);
      });
      it('`«…», si sfoga X`; `«…», ha poi aggiunto` after them', () => {
        const italian = ['«Alle sei l\'app diceva regolare», si sfoga Giorgio Melis, 58 anni, pendolare.', '',
          '«E nessuno ci ha detto niente», ha poi aggiunto.', ''].join('\n');
        assert.deepEqual([...speakersOn(italian, 0), ...speakersOn(italian, 2)], ['Giorgio Melis', 'Giorgio Melis']);
      });
      it('`"…" Begitu pengakuan X, …`', () => {
        const id = ['Pedagang sayur Sumarni (52) sudah berjualan di bahu jalan sejak subuh.', '',
          '"Kalau ada tempat yang layak, kami mau pindah." Begitu pengakuan Sumarni, yang berjualan sejak 2010.', ''].join('\n');
        assert.deepEqual(speakersOn(id, 2), ['Sumarni']);
      });
    });

    describe('a title opening after one word, a job noun after its article, a place and its region before the person', () => {
      it('`Auch Chefarzt Reuter will … „…“, sagt er`: the chief physician', () => {
        const de = ['„Wir kämpfen weiter“, sagt Chefarzt Dr. Tobias Reuter.', '', 'Mehrere Fraktionen haben ein Gutachten verlangt.', '',
          'Auch Chefarzt Reuter will nicht aufgeben. „Ich habe noch sieben Jahre bis zur Rente“, sagt er.', ''].join('\n');
        assert.deepEqual(speakersOn(de, 4), ['Tobias Reuter']);
      });
      it('`disse à agência Lusa X`, `A administradora garantiu`; `Fonte da PJ` is nobody; `Arreola Fuentes` is a name', () => {
        const pt = ['O incêndio começou de madrugada.', '', '«Ainda é cedo para contas», disse à agência Lusa Helena Lourenço, administradora da empresa.', '',
          'A administradora garantiu que a fábrica «cumpria todas as normas».', '', 'Fonte da PJ disse que «não há indícios de crime».', '',
          '«Vamos reconstruir», afirmou o presidente da câmara, Joaquín Arreola Fuentes.', ''].join('\n');
        assert.deepEqual([2, 4, 6, 8].flatMap((l) => speakersOn(pt, l)), ['Helena Lourenço', 'Helena Lourenço', null, 'Joaquín Arreola Fuentes']);
      });
      it('`Country Manager itu menambahkan`; `di ITC Kemuning Raya, Jakarta Barat, Rudy Hartanto`', () => {
        const id = ['"Kami optimistis," kata Country Manager Arkana Indonesia, Hendrik Wiranata.', '', 'Arkana masuk ke pasar Indonesia pada 2021.', '',
          'Country Manager itu menambahkan, "Semua unit dirakit di Batam."', '',
          '"Stok cepat habis," kata pemilik toko ponsel di ITC Kemuning Raya, Jakarta Barat, Rudy Hartanto.', ''].join('\n');
        assert.deepEqual([4, 6].flatMap((l) => speakersOn(id, l)), ['Hendrik Wiranata', 'Rudy Hartanto']);
      });
    });

    describe('French: a full name after an opening phrase, `aux yeux de`, `le rapporteur`; Czech deputies and objections', () => {
      const fr = ['Le rapporteur du texte, Antoine Lebreton, a défendu chaque article.', '',
        'Le rapporteur ne cache pas son agacement : « On ne peut pas voter l’objectif et refuser les moyens. »', '',
        'En fin de soirée, Olivier Castelnau a tenté de rassurer ses troupes. « Rien n’est figé », a-t-il assuré.', '',
        'Insuffisant, aux yeux de Thibault Sarrazin. « On nous propose un pansement », a ironisé l’élu.', ''].join('\n');
      it('`Le rapporteur … : « … »`: the rapporteur named before', () => assert.deepEqual(speakersOn(fr, 2), ['Antoine Lebreton']));
      it('`En fin de soirée, X a tenté … « … », a-t-il assuré`', () => assert.deepEqual(speakersOn(fr, 4), ['Olivier Castelnau']));
      it('`Insuffisant, aux yeux de X. « … », a ironisé l’élu`', () => assert.deepEqual(speakersOn(fr, 6), ['Thibault Sarrazin']));
      it('`uvedl náměstek hejtmana pro dopravu X`, `namítá předseda spolku X`', () => {
        const cs = ['Kraj považuje obchvat za prioritu. „Peníze máme vyčleněné,“ uvedl náměstek hejtmana pro dopravu Jiří Pospíšil.', '',
          '„Silnice povede přes mokřad,“ namítá předseda spolku Ondřej Kříž.', ''].join('\n');
        assert.deepEqual([...speakersOn(cs, 0), ...speakersOn(cs, 2)], ['Jiří Pospíšil', 'Ondřej Kříž']);
      });
    });

    describe('Indonesian titles before a comma, the body a member is from, a pronoun opening the sentence before', () => {
      it('`kata Koordinator …, Nama`; `ujar Kabid Binpres PP PBSI, Nama`; `anggota … Kota X dari Fraksi Y, Nama`', () => {
        const id = ['"Kami menolak," kata Koordinator Komunitas Ojol Karangsela Bersatu, Hendra Gunawan Saragih.', '',
          '"Target kami juara," ujar Kabid Binpres PP PBSI, Yohanes Sapta Wibisana, saat dihubungi.', '',
          '"Kami kawal," kata anggota Komisi B DPRD Kota Karangwangi dari Fraksi Partai Suara Rakyat, Yohanes Bimo Aryanto, saat dihubungi.', ''].join('\n');
        assert.deepEqual([0, 2, 4].flatMap((l) => speakersOn(id, l)), ['Hendra Gunawan Saragih', 'Yohanes Sapta Wibisana', 'Yohanes Bimo Aryanto']);
      });
      it('`kata terdakwa usai sidang`: the defendant the lead named, an age in brackets before the role', () => {
        const id = ['Majelis hakim menjatuhkan vonis 20 tahun penjara kepada Yoga Firmansyah (29), terdakwa pembunuhan berencana terhadap Dimas Aditya Pratama (23).', '',
          '"Saya menyesal," kata terdakwa usai sidang.', ''].join('\n');
        assert.deepEqual(speakersOn(id, 2), ['Yoga Firmansyah']);
      });
      it('`Ia juga mengingatkan … . "…"`: the person the pronoun means', () => {
        const id = ['"Semua pedagang sudah terdata," kata Kepala Dinas Perdagangan Kota Karangwangi, Endang Kusumastuti.', '',
          'Ia juga mengingatkan pedagang agar tidak kembali berjualan di bahu jalan. "Kami akan tertibkan."', ''].join('\n');
        assert.deepEqual(speakersOn(id, 2), ['Endang Kusumastuti']);
      });
    });

    describe('a title\'s field before the name, the medium spoken to, a region or a body after the attribution', () => {
      it('`disse ao Portal N1 a secretária de Educação, Nome`', () => {
        const pt = ['As aulas voltam nesta quinta.', '', '"Foi um mês difícil", disse ao Portal N1 a secretária de Educação, Luciana Ferraz Prado.', ''].join('\n');
        assert.deepEqual(speakersOn(pt, 2), ['Luciana Ferraz Prado']);
      });
      it('`ujar Deputi Bidang … BPS, Nama`, `kata Plt Kepala BPS, Nama`, then `ucapnya` after a trader and a district', () => {
        const id = ['"Inflasi terkendali," ujar Deputi Bidang Statistik Distribusi dan Jasa BPS, Ratna Dewi Hapsari, dalam konferensi pers.', '',
          '"Beras masih naik," kata Plt Kepala BPS, Gunawan Prasetyadi.', '',
          '"Pembeli berkurang," kata Nur (45), pedagang beras di Pasar Induk Cipinang, Jakarta Timur.', '', '"Sudah sepi sejak pagi," ucapnya.', ''].join('\n');
        assert.deepEqual([0, 2, 4, 6].flatMap((l) => speakersOn(id, l)), ['Ratna Dewi Hapsari', 'Gunawan Prasetyadi', 'Nur', 'Nur']);
      });
    });

    it('a long description between commas before the verb: `“…,” Dr. Name, a cardiologist at X in Denver, CO, who was not involved …, told Y.`', () => {
      const en = [PROSE.en[0], '', '“This is a well-designed study,” Dr. Olivia Marchetti, a cardiologist at St. Aldric Heart Institute in Denver, CO, who was not involved in the research, told Clearwell Health News.', '',
        '“It is early days,” Dr. Omar Haddad, a cardiologist in Denver. The hospital, which opened in May, said nothing more.', ''].join('\n');
      assert.deepEqual(speakersOn(en, 2), ['Olivia Marchetti']);
      // A sentence ends inside: the verb belongs to another subject.
      assert.notDeepEqual(speakersOn(en, 4), ['Omar Haddad']);
    });

    it('a place inside an unnamed speaker\'s description is no one a later `she` means', () => {
      const en = [PROSE.en[0], '', 'A nurse in the emergency department at Carverton Regional, who asked not to be named, said the unit had been working from paper. “We’re walking lab orders down the hall by hand,” she said.', ''].join('\n');
      assert.deepEqual(speakersOn(en, 2), [null]);
    });

    it('a written speech read out for its owner: `demikian sambutan tertulis Bupati X, Nama, yang dibacakan Sekda …`', () => {
      const id = [PROSE.id[0], '', '\"Status tanggap darurat berlaku 14 hari,\" demikian sambutan tertulis Bupati Giri Sentosa, Wahyu Setiabudi Rahardjo, yang dibacakan Sekretaris Daerah (Sekda) Yusuf Mahendra di posko pengungsian.', '',
        '\"Penghitungan ulang bersifat final,\" demikian keterangan tertulis DPMD Kabupaten Sindangraja yang diterima, Senin sore.', ''].join('\n');
      assert.deepEqual(speakersOn(id, 2), ['Wahyu Setiabudi Rahardjo']);
      // A body's statement names no one.
      assert.deepEqual(speakersOn(id, 4), [null]);
    });

    it('Indonesian: `jawab Dirut` means the Direktur Utama named before; `kata Ketua Komisi II itu` the chair of that commission, not the last `ketua`', () => {
      const id = ['\"Air mati 12 hari,\" kata Ketua Komisi II DPRD Sungai Kemuning dari Fraksi Partai Karya Nusantara, Muhammad Ridwan Syahputra.', '',
        'Direktur Utama (Dirut) Perumda Air Minum Tirta Kemuning, Suharyono Adi Wibowo, mengatakan, \"Pipa kami sudah tua.\"', '',
        '\"Kali ini pasti, Pak Ketua,\" jawab Dirut.', '',
        'Ketua YLKI cabang, Teguh Santoso Wirawan, menilai layanan buruk. \"Konsumen dirugikan,\" ungkap Teguh.', '',
        '\"Rekomendasi ini kami kirim ke bupati hari ini juga,\" kata Ketua Komisi II itu.', ''].join('\n');
      assert.deepEqual([4, 8].flatMap((l) => speakersOn(id, l)), ['Suharyono Adi Wibowo', 'Muhammad Ridwan Syahputra']);
    });

    it('Indonesian: an age in words points back (`ungkap juru taktik berusia 52 tahun tersebut`), a nickname after its comma (`ujar Oce, sapaan akrabnya`)', () => {
      const id = ['Persiwangi baru ditangani Marcelo Henrique Bastos, pelatih asal Brasil berusia 52 tahun, sejak Desember 2025.', '',
        'Kapten tim, Yosua Fernando Rumbiak, mengaku senang. \"Dia paling rajin berlatih,\" ujar Oce, sapaan akrabnya.', '',
        '\"Itu jalan untuk gol kedua,\" ungkap juru taktik berusia 52 tahun tersebut.', ''].join('\n');
      assert.deepEqual([2, 4].flatMap((l) => speakersOn(id, l)), ['Yosua Fernando Rumbiak', 'Marcelo Henrique Bastos']);
    });

    it('Indonesian: a phrase written short (`saksi paslon nomor urut 2 itu`) means the one named with it written out; a title\'s body acronym is no name; `tegas Dirjen`', () => {
      const id = ['Saksi pasangan calon nomor urut 2, Asep Saepulloh Firdaus, menolak keberatan itu.', '',
        '\"Kami siap membuktikan,\" sahut saksi pasangan calon nomor urut 1, Rahmat Hidayat Siregar.', '',
        '\"Silakan saja ke MK,\" ujar saksi paslon nomor urut 2 itu.', '',
        'Kepala BPS Provinsi Sumatera Tengah Bambang Sulistyo Wardhana menjelaskan, \"Inflasi naik.\"', '',
        'Direktur Jenderal Perdagangan Dalam Negeri, Rahmat Hidayat Kusumo, menyebut harga naik.', '',
        '\"Kami akan operasi pasar,\" tegas Dirjen.', ''].join('\n');
      assert.deepEqual([4, 6, 10].flatMap((l) => speakersOn(id, l)), ['Asep Saepulloh Firdaus', 'Bambang Sulistyo Wardhana', 'Rahmat Hidayat Kusumo']);
    });

    it('Indonesian: someone described after their comma (`Nama (41), …, ibu dua anak yang …`) is the one `tutur ibu dua anak itu` means', () => {
      const id = ['Salah satunya Enok Sumiati (41), warga Desa Sindangwangi, ibu dua anak yang keduanya mondok di pesantren itu.', '',
        'Enok mendapat pesan dari pengurus asrama, Ustaz Hilman Fauzi, pada Senin dini hari.', '',
        '\"Saya langsung lemas,\" tutur ibu dua anak itu.', ''].join('\n');
      assert.deepEqual(speakersOn(id, 4), ['Enok Sumiati']);
    });

    it('a nickname or a title named so is no speech (`tim berjuluk \"Laskar Wangi\"`); a club is nobody; "former" asks for someone the text named so', () => {
      const id = ['Tim berjuluk \"Laskar Wangi\" tersebut menang lagi atas Dewa Laut FC.', '', '\"Kami menang,\" kata pelatih.', '',
        'Yosef Arianto Manurung, kepala sekolah, ikut menjelaskan.', '', '\"Ayam kami masak paling akhir,\" kata mantan juru masak hotel itu.', ''].join('\n');
      assert.deepEqual([0, 2, 6].flatMap((l) => speakersOn(id, l)), [null, null, null]);
    });

    it('Indonesian: short offices and titles as bare references (`jelas Korlap BPBD itu`, `kata Wali Kota`, `ungkap Syahbandar`); `teriak`', () => {
      const id = ['Koordinator Lapangan BPBD Kota Tirtamulya, Rizal Fahmi Nasution, mengatakan stok cukup.', '', '\"Kami siap,\" jelas Korlap BPBD itu.', '',
        'Wali Kota Tirtamulya Hendro Wibisono meninjau GOR.', '', '\"Bantuan datang,\" kata Wali Kota.', '',
        'Syahbandar Tanjung Lemo yang juga Kepala KSOP, Capt. Frans Yohanes Sitanggang, menyebut kapal ditahan.', '', '\"Izin tidak keluar,\" ungkap Syahbandar.', '',
        'Koordinator aksi, Bagus Setiawan Pramono, memimpin massa.', '', '\"Kenapa tidak dibuka?\" teriak Bagus dari atas mobil komando.', ''].join('\n');
      assert.deepEqual([2, 6, 10, 14].flatMap((l) => speakersOn(id, l)), ['Rizal Fahmi Nasution', 'Hendro Wibisono', 'Frans Yohanes Sitanggang', 'Bagus Setiawan Pramono']);
    });

    it('Indonesian: the person a next paragraph names after an image placeholder and a body\'s acronym (`\\[img.3\\]Hal itu disampaikan Koordinator … (PSDKP) X, Nama`)', () => {
      const id = ['\"Kami sudah memeriksa data pemantauan tiga kapal.\"', '',
        '\\[img.3\\]Hal itu disampaikan Koordinator Satuan Pengawasan Sumber Daya Kelautan dan Perikanan (PSDKP) Tanjung Lemo, Rudy Hartono Pasaribu, saat dikonfirmasi.', ''].join('\n');
      assert.deepEqual(speakersOn(id, 0), ['Rudy Hartono Pasaribu']);
    });

    it('Indonesian: an office alone opening the sentence before a colon (`Kajari menegaskan: \"…\"`) means the one named by it', () => {
      const id = ['Penetapan itu diumumkan Kepala Kejaksaan Negeri (Kajari) Batu Marundang, Hendra Saputra Manullang, S.H., M.H., dalam konferensi pers.', '',
        'Menurut Hendra, penyidik menemukan pemotongan.', '', 'Kajari menegaskan: \"Ini uang untuk warga paling miskin.\"', ''].join('\n');
      assert.deepEqual(speakersOn(id, 4), ['Hendra Saputra Manullang']);
    });

    it('Indonesian: a club (`Persiwa Wanasari`) is nobody; before a name it is the person\'s club; `arsitek tim X itu` points back', () => {
      const id = ['Pelatih asal Brasil, Rodrigo Almeida Ferraz, datang didampingi penerjemah. Ia melatih Persikara sejak Juli.', '',
        'Rodrigo, yang duduk di sebelahnya, langsung menanggapi. \"Penalti bisa diperdebatkan,\" kata arsitek tim Persikara itu.', '',
        '\"Kami dirugikan jadwal,\" kata pelatih Persiwa Darmawan Setiaji.', ''].join('\n');
      assert.deepEqual([2, 4].flatMap((l) => speakersOn(id, l)), ['Rodrigo Almeida Ferraz', 'Darmawan Setiaji']);
    });

    it('Indonesian: `Datuk`, `Ustaz` are honorifics, so `kata Datuk Hamzah` is the one introduced in full', () => {
      const id = ['Tokoh adat, Datuk Hamzah Rajo Mudo, memimpin pertemuan itu.', '', '\"Tanah ulayat tidak dijual,\" kata Datuk Hamzah.', ''].join('\n');
      assert.deepEqual(speakersOn(id, 2), ['Hamzah Rajo Mudo']);
    });

    it('Indonesian: an office written out, its short form in brackets, then the name (`Jaksa Penuntut Umum (JPU) Nama`); `ujar JPU Melati`', () => {
      const id = ['Jaksa Penuntut Umum (JPU) Melati Kusumastuti menuntut terdakwa satu tahun.', '', '\"Kami pikir-pikir,\" ujar JPU Melati usai sidang.', '',
        '\"Putusan itu ringan,\" kata jaksa.', ''].join('\n');
      assert.deepEqual([2, 4].flatMap((l) => speakersOn(id, l)), ['Melati Kusumastuti', 'Melati Kusumastuti']);
    });

    it('Indonesian: `ujar Sekdes, Nama` names the secretary after the comma; `kata tukang ojek yang … itu` the driver introduced so', () => {
      const id = ['\"Dana desa tahun ini Rp 1,2 miliar,\" ujar Sekdes, Rina Marlina Sulastri.', '',
        'Deden Supriatna (34), tukang ojek yang mangkal di ujung jalan, ikut bicara.', '', '\"Motor saya rusak terus,\" kata tukang ojek yang mangkal di ujung jalan itu.', ''].join('\n');
      assert.deepEqual([0, 4].flatMap((l) => speakersOn(id, l)), ['Rina Marlina Sulastri', 'Deden Supriatna']);
    });

    it('French: `m\'a-t-il dit` means the one named before', () => {
      const fr = ['Le contrôleur, Bastien Morel, fait sa ronde dans le couloir.', '', '« Ici, personne ne dort avant Valence », m’a-t-il dit en riant.', ''].join('\n');
      assert.deepEqual(speakersOn(fr, 2), ['Bastien Morel']);
    });

    it('French: `a déclaré le PDG, Nom` gives the name, not the title in capitals', () => {
      const fr = [PROSE.fr[0], '', '« Ce n’est en aucun cas une cyberattaque », a déclaré le PDG, Thomas Renaud, lors d’un point presse.', ''].join('\n');
      assert.deepEqual(speakersOn(fr, 2), ['Thomas Renaud']);
    });

    it('Czech: a club named between the title and the person (`trenér Liberce Pavel Hruška`), `posteskl si`', () => {
      const cs = ['Trenér Liberce Pavel Hruška byl po zápase spokojen.', '', 'Hruška řekl: „Kluci makali celý zápas.“', '',
        '„Dnes jsme prohráli,“ posteskl si trenér Kladna Martin Vaněk.', ''].join('\n');
      assert.deepEqual([2, 4].flatMap((l) => speakersOn(cs, l)), ['Pavel Hruška', 'Martin Vaněk']);
    });

    it('Czech: the rest of an institution\'s name in the genitive before the person (`hydroložka Českého … ústavu Eva Soukupová`)', () => {
      const cs = ['Obce na Rakovnicku vozí vodu cisternami už od března a starostové zakázali zalévání zahrad.', '',
        '„Podzemní voda se letos nedoplnila,“ upozornila hydroložka Českého hydrometeorologického ústavu Eva Soukupová.', ''].join('\n');
      assert.deepEqual(speakersOn(cs, 2), ['Eva Soukupová']);
    });

    it('Czech: a title opening the sentence, what it heads, then the name (`Ředitel nemocnice Jiří Mach přiznává …`)', () => {
      const cs = ['Hejtman Petr Dvořák to odmítl. „Nic nevíme,“ řekl.', '',
        'Ředitel nemocnice Jiří Mach přiznává, že další odklad personál nepotěšil. „Lékaře jsme lákali i na novou budovu,“ řekl.', ''].join('\n');
      assert.deepEqual(speakersOn(cs, 2), ['Jiří Mach']);
    });

    it('a one-word name never means a body\'s long name the text wrote (`tulis BI` is not `… Departemen Komunikasi BI`)', () => {
      const id = ['"Inflasi terjaga," ujar Direktur Eksekutif Departemen Komunikasi BI, Arief Nugraha Santoso, dalam keterangan tertulis.', '',
        '"Koordinasi akan diperkuat," tulis BI dalam siaran pers.', ''].join('\n');
      assert.deepEqual(speakersOn(id, 0), ['Arief Nugraha Santoso']);
      assert.notDeepEqual(speakersOn(id, 2), ['Eksekutif Departemen Komunikasi BI']);
    });

    it('Indonesian: an army officer\'s corps after the rank, and the unit\'s number and town before it (`Komandan Kodim 0799/Wanasari Letkol Inf Nama`)', () => {
      const id = ['\"Satu SSK personel Kodim sudah turun sejak subuh.\"', '',
        'Hal itu disampaikan Komandan Kodim 0799/Wanasari Letkol Inf Agus Setiabudi saat meninjau Dukuh Ngasem, Rabu siang.', ''].join('\n');
      assert.deepEqual(speakersOn(id, 0), ['Agus Setiabudi']);
    });

    it('Indonesian: who said it to the press and when, between commas, then the verb; the quote alone after takes them', () => {
      const id = ['Sebanyak 187 kepala keluarga kini mengungsi di tiga titik.', '',
        'Kepala Desa Tegal Waringin, Sutrisno, kepada wartawan di balai desa, Rabu siang, mengatakan 74 rumah terendam lumpur.', '',
        '\"Di sini banjir sebenarnya sudah biasa tiap musim hujan, tapi yang seperti ini belum pernah.\"', ''].join('\n');
      assert.deepEqual(speakersOn(id, 4), ['Sutrisno']);
    });

    it('Indonesian: `Coach` before a nickname, and a place in nature is nobody (`warga lereng Gunung Sela Wangi menyebut … \\"blabur\\"`)', () => {
      const id = ['Pelatih asal Brasil, Marcelo Augusto Fonseca, yang akrab disapa Coach Guto, memimpin latihan pagi.', '',
        '\"Bola mati menentukan derbi,\" kata Coach Guto seusai latihan.', ''].join('\n');
      assert.deepEqual(speakersOn(id, 2), ['Marcelo Augusto Fonseca']);
      const place = 'Warga lereng Gunung Sela Wangi menyebut air bah yang datang tanpa tanda-tanda itu \\"blabur\\", dan banyak yang masih tertidur.\n';
      assert.deepEqual(speakersOn(place, 0), [null]);
    });

    it('French: the pronoun inside a compound tense after the quote (`», a-t-il expliqué en fin de séance`)', () => {
      const fr = 'L’entraîneur, Sylvain Mourgues, préfère déjà regarder devant. « La décision libère les garçons », a-t-il expliqué en fin de séance.\n';
      assert.deepEqual(speakersOn(fr, 0), ['Sylvain Mourgues']);
    });

    it('Czech: `slíbil Kadlec`; the company a person is from is not the one speaking (`Tomáše Krejčího ze společnosti Energo Rádce`)', () => {
      const cs = ['„Začneme stavět v roce 2027,“ slíbil starosta Miroslav Kadlec.', '',
        'Malé teplárny jsou na tom podle energetického analytika Tomáše Krejčího ze společnosti Energo Rádce letos nejhůř.', '',
        '„Nakupují plyn samy, v malém množství a na krátkou dobu,“ vysvětlil.', ''].join('\n');
      assert.deepEqual(speakersOn(cs, 0), ['Miroslav Kadlec']);
      assert.notDeepEqual(speakersOn(cs, 4), ['Energo Rádce']);
    });

    it('Indonesian: a term where the subject is somewhere (`di Kota Cipanagara`) is nobody\'s; a long office with its acronym and honorifics', () => {
      const term = 'Sejumlah sopir angkutan kota di Kota Cipanagara mengaku kewalahan. Di Terminal Sukaresmi, puluhan angkot memilih \\"ngetem\\" lebih lama.\n';
      assert.deepEqual(speakersOn(term, 0), [null]);
      const office = '\\"Usulan tarif baru sudah kami ajukan,\\" ungkap Kepala Dinas Perhubungan, Komunikasi, Informatika, dan Persandian (Dishubkominfosan) Kota Cipanagara, Drs. H. Asep Saepul Rohman, M.M., di kantornya.\n';
      assert.deepEqual(speakersOn(office, 0), ['Asep Saepul Rohman']);
    });

    it('Indonesian: a netizen\'s comment by its account, a mother named by her child, a long description before a one-word name', () => {
      assert.deepEqual(speakersOn('\\"Duit korban gimana, Kak?\\" komentar \\@bayu.kritis99.\n', 0), ['@bayu.kritis99']);
      const mother = ['Clarissa menggenggam tangan ibunya, Meilani Gunawan (56), yang duduk di sebelahnya.', '',
        '\\"Sebagai ibu, saya sedih sekali,\\" ujar ibunda Clarissa dengan suara bergetar.', ''].join('\n');
      assert.deepEqual(speakersOn(mother, 2), ['Meilani Gunawan']);
      const described = 'Di sisi lain, koordinator paguyuban korban yang kini menghimpun 300 pengguna dari Jabodetabek, Bandung, dan Semarang, Sutrisno, mengatakan, \\"Kami butuh kejelasan.\\"\n';
      assert.deepEqual(speakersOn(described, 0), ['Sutrisno']);
      const region = ['Salah satu anggota paguyuban, Sumiati (44), pedagang sayur di Pasar Minggu, Jakarta Selatan, mengaku kehilangan Rp 23 juta.', '',
        '\\"Awalnya lancar, makanya saya tambah terus,\\" katanya.', ''].join('\n');
      assert.deepEqual(speakersOn(region, 2), ['Sumiati']);
    });

    it('English: a paragraph opening on the person it introduces hands them the quote alone after it (`Bill` is a given name here)', () => {
      const en = ['Bill Tamsett, a contractor who has built cottages in Ardley since 2021, walked me through one he finished last fall.', '',
        '“People picture a six-story building going up next door.”', ''].join('\n');
      assert.deepEqual(speakersOn(en, 2), ['Bill Tamsett']);
    });

    it('German: a company\'s spokesman by a hyphenated title, and `teilte … mit` around the name', () => {
      assert.deepEqual(speakersOn('„Wir arbeiten an einem Update“, teilte Varnhold-Sprecher Benedikt Sauerwein auf Anfrage von c-werk mit.\n', 0), ['Benedikt Sauerwein']);
    });

    it('Indonesian: `Ia` after a sentence of the same paragraph means its subject; a relative named in passing is not the one `ujarnya` means', () => {
      const trial = ['\\"Saya menyesal, Yang Mulia,\\" kata saksi Hendrik Tanuwijaya.', '',
        'Diberi kesempatan menanggapi, terdakwa Bambang Sasmito Adi membantah seluruh keterangan Hendrik. Ia menyebut keterangan itu \\"fitnah yang dirancang\\".', ''].join('\n');
      assert.deepEqual(speakersOn(trial, 2), ['Bambang Sasmito Adi']);
      const mother = ['Salah satu keluarga pasien, Siti Khodijah (34), warga Dusun Krajan, sudah tiga malam tidur di depan bangsal. Anak keduanya, Rafa (7), dirawat sejak Senin.', '',
        '\\"Awalnya saya kira cuma demam biasa,\\" ujarnya.', ''].join('\n');
      assert.deepEqual(speakersOn(mother, 2), ['Siti Khodijah']);
      const child = ['Di Puskesmas Rawaluhur, ruang tunggu hingga selasar dipenuhi orang tua yang menunggui anaknya diinfus. Beberapa siswa terpaksa dirawat di atas tikar karena tempat tidur tidak mencukupi.', '', '\\"Anak saya pulang sekolah langsung muntah-muntah, mukanya pucat sekali. Saya panik, langsung saya bawa ke sini naik motor,\\" kata Tarsih Rahayu, orang tua siswa kelas IV.', '', 'Anaknya, Fathan (9), masih terbaring lemas dengan selang infus di tangan kiri. Ditanya apa yang ia makan di sekolah, bocah itu menjawab dalam bahasa Jawa. \\"Ayame kecut, Mak. Wetengku lara,\\" ujarnya terbata-bata.', ''].join('\n');
      assert.deepEqual(speakersOn(child, 4), ['Fathan']);
    });

    it('Indonesian: a group named after its acronym is no one; `kata jaksa` is the JPU named; a verb between a noun and a name parts them', () => {
      const group = ['Majelis hakim mendengar keterangan Sutrisno (52), ketua Kelompok Usaha Bersama (KUB) Nelayan Karya Bahari dari Desa Tanjung Lamun.', '',
        'Ia mengaku kapal itu hanya dipakai sebulan. \\"Lambungnya tipis, kena ombak sedikit sudah retak.\\"', ''].join('\n');
      assert.deepEqual(speakersOn(group, 2), ['Sutrisno']);
      const prosecutor = ['Dalam surat dakwaan yang dibacakan JPU KPK Yohanes Satria Wibisono pada sidang perdana, Bambang disebut meminta imbalan. \\"Terdakwa meminta uang sebesar 7,5 persen,\\" demikian isi dakwaan.', '',
        'Majelis hakim lebih dulu mendengar keterangan Sutrisno (52), nelayan dari Desa Tanjung Lamun.', '',
        '\\"Buku tamu itu sudah kami sita,\\" kata jaksa.', '', '\\"Sidang kita tunda,\\" kata hakim.', ''].join('\n');
      assert.deepEqual(speakersOn(prosecutor, 4), ['Yohanes Satria Wibisono']);
      assert.notDeepEqual(speakersOn(prosecutor, 6), ['Sutrisno']);
    });

    it('Indonesian: a news outlet or a ministry\'s statement is no speaker; initials after the full name; a former office with `tersebut`', () => {
      const outlet = 'Menurut kantor berita resmi Dastavia, DastInform, kementerian menuduh pasukan Kharzan menembakkan mortir. \\"Pelanggaran ini sudah dilaporkan,\\" demikian pernyataan kementerian tersebut.\n';
      assert.deepEqual(speakersOn(outlet, 0), [null]);
      const initials = ['Pertemuan itu digelar antara Ketua Umum PKNM Surya Bakti Rahardjo dan Ketua Umum PARB Ahmad Fauzan Lubis.', '',
        '\\"Kami sepakat menjajaki koalisi,\\" kata SBR.', ''].join('\n');
      assert.deepEqual(speakersOn(initials, 2), ['Surya Bakti Rahardjo']);
      const former = ['Nama mantan Gubernur Nusa Cendana dua periode, Drs. Fransiskus Mbeli Tukan, M.Si., kembali mencuat.', '',
        '“Saya ini orang daerah,” tutur mantan Gubernur Nusa Cendana tersebut saat dihubungi, Kamis.', ''].join('\n');
      assert.deepEqual(speakersOn(former, 2), ['Fransiskus Mbeli Tukan']);
    });

    it('Indonesian: a rank after the office\'s region names the person; a nickname after a role without a comma', () => {
      const ranked = ['“Flare akan kami sita di pintu masuk.”', '',
        'Hal itu disampaikan Kepala Bagian Operasional (Kabag Ops) Polres Metro Jakarta Pusat AKBP Bonifasius Tarigan seusai apel, Rabu sore.', ''].join('\n');
      assert.deepEqual(speakersOn(ranked, 0), ['Bonifasius Tarigan']);
      const nickname = ['Turut hadir winger berusia 20 tahun Muhammad Fadhil Ramadhan yang akrab disapa Adil.', '',
        '\\"Kak Krisna yang ajari saya,\\" balas Adil sambil tertawa.', ''].join('\n');
      assert.deepEqual(speakersOn(nickname, 2), ['Muhammad Fadhil Ramadhan']);
    });

    it('Czech: the party after a title in the genitive, the body opening its own name, and a one-letter network are no speakers', () => {
      assert.deepEqual(speakersOn('„Tohle slyšíme před každými volbami,“ odpověděl jí šéf Liberální aliance Ondřej Kubát.\n', 0), ['Ondřej Kubát']);
      assert.deepEqual(speakersOn('Podle předsedy Svazu pro venkov Jaroslava Mareše je rozpočet „psaný pro Prahu“.\n', 0), ['Jaroslava Mareše']);
      const network = ['Ondřej Kubát vedl stranu do debaty.', '', 'Kubát po debatě napsal na síti X: „Tři otázky, tři vyhýbavé odpovědi.“', ''].join('\n');
      assert.deepEqual(speakersOn(network, 2), ['Ondřej Kubát']);
    });

    it('Indonesian: the officer a body speaks through; a spokesperson after the body\'s acronym; an unnamed buyer\'s `katanya`; a platform is no one', () => {
      const through = 'Polres Bukit Serindang, melalui Kasi Humas Iptu Suharni, mengimbau warga berhati-hati. \\"Jangan tergiur keuntungan besar,\\" ujarnya.\n';
      assert.deepEqual(speakersOn(through, 0), ['Suharni']);
      const acronym = 'Juru Bicara Otoritas Jasa Keuangan (OJK) Aprilia Kusumawardani mengatakan, \\"Masyarakat harus waspada.\\"\n';
      assert.deepEqual(speakersOn(acronym, 0), ['Aprilia Kusumawardani']);
      const buyer = ['\\"Cabai sudah Rp 120.000,\\" kata Rosnaini, pedagang di Pasar Sentral.', '',
        'Seorang pembeli yang enggan disebutkan namanya mengeluh harga terus naik. \\"Dulu Rp 15.000 sudah dapat banyak,\\" katanya.', ''].join('\n');
      assert.deepEqual(speakersOn(buyer, 2), [null]);
      const platform = 'Yohanes membacakan pesan WhatsApp dari kepala desa. \\"Atap sudah kami laporkan,\\" tulis pesan itu.\n';
      assert.notDeepEqual(speakersOn(platform, 0), ['WhatsApp']);
    });

    it('Indonesian: a rank deeper in the run after the region; a region after a place is no one; a nickname after a description', () => {
      const rank = ['\\"Kami amankan jalur,\\"', '', 'Hal itu disampaikan Kapolsek Pasir Bening Kompol Yohanes Dwi Saputro di stasiun.', ''].join('\n');
      assert.deepEqual(speakersOn(rank, 0), ['Yohanes Dwi Saputro']);
      const region = ['\\"Saya ini wong Solo,\\" kata Darsono.', '',
        'Darsono mengaku tinggal tiga bulan di Percut Sei Tuan, Deli Serdang, sebelum syuting. “Saya belajar menjala,” ujarnya.', ''].join('\n');
      assert.deepEqual(speakersOn(region, 2), ['Darsono']);
      const nickname = ['Lestari Rosmauli Siregar (38), sutradara asal Medan yang akrab disapa Butet, pulang membawa trofi.', '',
        '\\"Mak, kita pulang bawa bangau,\\" tulis Butet.', ''].join('\n');
      assert.deepEqual(speakersOn(nickname, 2), ['Lestari Rosmauli Siregar']);
    });

    it('Czech: the paper spoken to in the dative is no speaker (`popsal Deníku řidič …`)', () => {
      assert.deepEqual(speakersOn('„Viděl jsem jen, jak dodávka letí do příkopu,“ popsal Deníku řidič linkového autobusu.\n', 0), [null]);
    });

    it('a line of code\'s string literals are no quotes', () => {
      const code = ['import { retry } from "fetchkit";', '  if (err.name === "AbortError") console.warn("Gave up");', ''].join('\n');
      assert.equal(quotesOf(run(code)).length, 0);
      // Python's: an argument or a key glued to a name, an assignment, a dictionary printed; a term in prose stays a quote.
      const python = ['    response = session.get("/items", params={"page": 1})', 'session.headers["User-Agent"] = "inventory-sync/1.4"',
        "{'csrftoken': '7d1e0b', 'region': 'eu-west'}", '', 'Kettlewire calls the first argument the "base URL" of the session.', ''].join('\n');
      assert.deepEqual(quotesOf(run(python)).map((q) => q.text), ['"base URL"']);
      // A JSON file's members, one a line, indented in a guide; a quoted error message in the prose under them stays.
      const json = ['{', '  "outDir": "dist",', '  "cacheTTL": 3600,', '  "build": {', '    "entry": ["src/main.cv"]', '  }', '}', '',
        'If the file is older, the migrator stops with "unknown key outDir" and changes nothing.', ''].join('\n');
      assert.deepEqual(quotesOf(run(json)).map((q) => q.text), ['"unknown key outDir"']);
    });

    it('English: one name opening the sentence, named in full before, and `and wrote:` far after it', () => {
      const en = ['Bella Crane sang the couple\'s first dance at the reception.', '',
        "Bella later shared a clip from the dancefloor on Instagram and wrote: 'Never seen a bride do the worm. Love you both x'", ''].join('\n');
      assert.deepEqual(speakersOn(en, 2), ['Bella Crane']);
    });

    it('Indonesian: one name between an honorific and a degree (`Drs. Sutrisno, M.AP.,`), `Dra.` an honorific, a nickname given after a comma', () => {
      const office = ['Kepala Dinas Sosial (Dinsos) Kota Bandar Seruni, Drs. Sutrisno, M.AP., mengatakan, "Kami akan mendata ulang semua penerima."', ''].join('\n');
      assert.deepEqual(speakersOn(office, 0), ['Sutrisno']);
      const bps = ['Kepala BPS Provinsi Kalimantan Hulu, Dra. Endang Pratiwi Wulandari, M.Si., menyebut cabai rawit sebagai komoditas yang paling "patut diwaspadai" menjelang Lebaran.', ''].join('\n');
      assert.deepEqual(speakersOn(bps, 0), ['Endang Pratiwi Wulandari']);
      const nickname = ['Koordinator aksi, Rahmat Hidayat Lubis yang akrab disapa Bang Ucok, mengatakan sedikitnya 300 keluarga tidak menerima bantuan.', '',
        '"Ini bukan salah data, ini pilih kasih," kata Bang Ucok di sela aksi.', ''].join('\n');
      assert.deepEqual(speakersOn(nickname, 2), ['Rahmat Hidayat Lubis']);
    });

    it('Indonesian: `Ia` after `X menjelaskan bahwa …` means X, not someone named in what X said; a name with an age after a place is someone', () => {
      const court = ['Muhammad Nuh Hasibuan menjelaskan bahwa majelis hakim yang diketuai Dra. Hj. Rosmawati Lubis, M.H., memberi waktu satu pekan kepada penggugat. Ia menambahkan, "Kami meminta media menjaga ketertiban."', ''].join('\n');
      assert.deepEqual(speakersOn(court, 0), ['Muhammad Nuh Hasibuan']);
      const fan = ['Di luar gedung, penggemar yang mengikuti Nadira sejak sang penyanyi masih manggung dari kafe ke kafe di Yogyakarta, Wulan (24), rela izin dari kantor. Ia datang bersama lima rekannya.', '',
        '“Kami cuma mau Kak Nadira tahu dia nggak sendirian,” kata dia.', ''].join('\n');
      assert.deepEqual(speakersOn(fan, 2), ['Wulan']);
    });

    it('Indonesian: a song title quoted inside `kata pelantun lagu "…" itu` is read through; one name after an opening phrase\'s comma is the subject', () => {
      const singer = ['Penyanyi pop Nadira Putri Larasati hadir di sidang.', '', '"Aku cuma mau anakku tumbuh," kata pelantun lagu "Pulang ke Pelukmu" itu.', ''].join('\n');
      assert.deepEqual(speakersOn(singer, 2), ['Nadira Putri Larasati', null]);
      const letter = ['Kepala rumah tangga Wrexley House, Desmond Pryce, mengajukan pensiun dini.', '',
        'Dalam surat pengunduran diri yang salinannya diperoleh The Sun, Pryce menulis, "Saya telah melayani keluarga ini."', ''].join('\n');
      assert.deepEqual(speakersOn(letter, 2), ['Desmond Pryce']);
      const household = ['"Adipati sangat menghargai setiap orang," demikian pernyataan juru bicara Wrexley House.', ''].join('\n');
      assert.deepEqual(speakersOn(household, 0), [null]);
    });

    it('French: a party label in brackets between the title and the name; an elided article opening a sentence is no one', () => {
      const mayor = ['« C’est un coup de massue », a réagi le maire (divers droite), Gérard Mounier, qui a demandé à être reçu.', '',
        'L’élu rappelle que la commune avait cédé un terrain.', '', 'Selon lui, « le groupe a touché de l’argent public ».', ''].join('\n');
      assert.deepEqual(speakersOn(mayor, 0), ['Gérard Mounier']);
      assert.deepEqual(speakersOn(mayor, 4), ['Gérard Mounier']);
    });

    it('Czech: a job, then where in the genitive, then the name', () => {
      const doctor = ['„Loni jsem měla přes osm set hodin přesčasů,“ uvedla anestezioložka rybníkovské nemocnice Lucie Vrbová.', ''].join('\n');
      assert.deepEqual(speakersOn(doctor, 0), ['Lucie Vrbová']);
    });

    it('Indonesian: `ujar hakim ketua` is the `Ketua Majelis Hakim` named; `Hal itu disampaikan Juru Bicara PN X yang …, Nama`; `bujuk`', () => {
      const verdict = ['Vonis itu dibacakan Ketua Majelis Hakim PN Lubuk Seranai, Dr. Hj. Rosmawati Nasution, S.H., M.H., didampingi hakim anggota Bonifasius Sitepu, S.H. dan Made Arya Wiguna, S.H., M.H.', '',
        '"Mengadili, menyatakan terdakwa RS bersalah," ujar hakim ketua dalam amar putusannya.', ''].join('\n');
      assert.deepEqual(speakersOn(verdict, 2), ['Rosmawati Nasution']);
      const spokesman = ['"Para pihak punya hak yang sama untuk mengajukan banding."', '',
        'Hal itu disampaikan Juru Bicara PN Lubuk Seranai yang juga duduk sebagai hakim anggota dalam perkara tersebut, Bonifasius Sitepu, S.H., saat ditemui seusai sidang.', ''].join('\n');
      assert.deepEqual(speakersOn(spokesman, 0), ['Bonifasius Sitepu']);
      const urge = ['Relawan PMI, Fitriana Kusuma Dewi, mendatangi rumah Karto Wiyono (63).', '', '"Pak, rumah Panjenengan masuk radius bahaya," bujuk Fitriana.', ''].join('\n');
      assert.deepEqual(speakersOn(urge, 2), ['Fitriana Kusuma Dewi']);
    });

    it('Czech: a surname alone twenty paragraphs after the full name; when it was said between the verb and the speaker; a declined surname', () => {
      const filler = Array.from({ length: 10 }, (_, k) => `Zápas pokračoval dalšími šancemi na obou stranách a diváci viděli ${k + 2}. roh utkání.`);
      const report = ['Vítěznou branku vstřelil šest minut po příchodu na hřiště zimní posila Ondřej Matějka.', '', ...filler.flatMap((f) => [f, '']),
        'Matějka po zápase prohlásil: „Trenér mi řekl, ať to zkusím.“', ''].join('\n');
      assert.deepEqual(speakersOn(report, 22), ['Ondřej Matějka']);
      const coach = ['„Z lavičky to vypadalo jasně,“ uvedl po zápase trenér Lipníku Aleš Brabec.', ''].join('\n');
      assert.deepEqual(speakersOn(coach, 0), ['Aleš Brabec']);
      const declined = ['„První poločas byl od nás nejlepší,“ řekl trenér Brodu Jiří Kolínský.', '', 'Podle Kolínského byl verdikt správný.', '',
        '„Chápu, že jsou naštvaní,“ uvedl.', ''].join('\n');
      assert.deepEqual(speakersOn(declined, 4), ['Jiří Kolínský']);
    });

    it('French: a party label with no comma before the name; Czech: a surname losing its `e` when declined, a trade before a body\'s acronym', () => {
      const mayor = ['« Nous ne lâcherons rien », a déclaré le maire (divers gauche) Gérard Le Bihan à la sortie.', ''].join('\n');
      assert.deepEqual(speakersOn(mayor, 0), ['Gérard Le Bihan']);
      const fireman = ['Na místo jako první dorazil velitel hasičů Tomáš Šafránek se dvěma cisternami.', '',
        'Podle Šafránka voda stoupala rychleji, než kdy zažil. „Za dvacet minut byla náves pod vodou,“ dodal.', ''].join('\n');
      assert.deepEqual(speakersOn(fireman, 2), ['Tomáš Šafránek']);
      const hydrologist = ['Hydrolog ČHMÚ Radek Kopřiva vysvětlil, proč předpověď nemohla varovat: „Takové bouřky vznikají velmi lokálně.“', ''].join('\n');
      assert.deepEqual(speakersOn(hydrologist, 0), ['Radek Kopřiva']);
    });

    it('Spanish: `añadió` after a figure `según la Policía Local`; a number\'s full stop; `Lo dice X` after the quote; `lo resumió así`', () => {
      const added = ['«Nos quieren mandar a tres kilómetros», explicó el presidente de la asociación, Eusebio Carrasco Lendínez, ante unos 600 vecinos según la Policía Local.', '',
        '«No estamos en contra de que arreglen el edificio», añadió.', ''].join('\n');
      assert.deepEqual(speakersOn(added, 2), ['Eusebio Carrasco Lendínez']);
      const number = 'La médica Nuria Baeza Olmedo, que atiende a unos 2.300 pacientes, asegura que la plantilla se enteró «por la carta».\n';
      assert.deepEqual(speakersOn(number, 0), ['Nuria Baeza Olmedo']);
      const after = '«En coche son diez minutos; andando, cuarenta». Lo dice Carmela Ortuño Gil, de 67 años, que acompaña a su madre.\n';
      assert.deepEqual(speakersOn(after, 0), ['Carmela Ortuño Gil']);
      const summed = ['Eusebio Carrasco Lendínez preside la asociación vecinal desde 2019.', '',
        'Carrasco lo resumió así, megáfono en mano: «Si el 1 de abril las puertas están cerradas, vendremos cada jueves.»', ''].join('\n');
      assert.deepEqual(speakersOn(summed, 2), ['Carrasco']);
    });

    it('English: a boat named after `the` is no one a later `she says` means', () => {
      const text = ['Nadia Ferrante, the county’s chief engineer, keeps a binder of what she calls the bad days.', '',
        'In February 2019 the Ada Belle’s engine failed and the boat was out of service for nine days.', '',
        '“I have an ambulance log in that binder,” she says.', ''].join('\n');
      assert.deepEqual(speakersOn(text, 4), ['Nadia Ferrante']);
    });

    it('Czech present tense in a novel (`zeptá se`, `odpoví`); Indonesian `berdalih`, `Ir. H. Nama, M.Si., mengatakan`', () => {
      const novel = ['„Kdo tě to naučil?“ zeptá se Tadeáš Vlasák, když babička vytáhne sítě. „Nikdo. Řeka,“ odpoví Marta Vlasáková.', ''].join('\n');
      assert.deepEqual(speakersOn(novel, 0), ['Tadeáš Vlasák', 'Marta Vlasáková']);
      const suspect = ['Polisi menetapkan pemilik kapal, HS (51), sebagai tersangka.', '', 'Kepada penyidik, HS berdalih kapalnya "masih sanggup muat 60 orang" karena tidak pernah bermasalah.', ''].join('\n');
      assert.deepEqual(speakersOn(suspect, 2), ['HS']);
      const regent = ['Bupati Tapanggara, Ir. H. Darmawan, M.Si., mengatakan, "Mulai hari ini seluruh kapal wisata dilarang berlayar."', ''].join('\n');
      assert.deepEqual(speakersOn(regent, 0), ['Darmawan']);
    });

    it('every quote carries a speaker field (null when nobody is named)', () => {
      const { text } = quoteArticle(['The sign on the door simply read "Closed until further notice" for the whole week.']);
      const found = quotesOf(run(text));
      assert.equal(found.length, 1);
      assert.ok('speaker' in found[0]!);
      assert.equal(found[0]!.speaker, null);
    });
  });

  describe('quote marks that are syntax, not speech', () => {
    const text = [
      '---',
      'title: "Council says no to new taxes"',
      'quote: "We will not pay"',
      '---',
      '',
      '# Council approves new budget',
      '',
      PROSE.en[0],
      '',
      '"We cannot wait any longer," said Maria Lopez.',
      '',
      '- ["Mayor refuses to raise taxes"](https://example.com/a)',
      '- [“Schools close” for repairs](https://example.com/b)',
      '',
      '| title | "Council approves budget" |',
      '| author | Jane Doe |',
      '',
      '```',
      'const s = "not a quote";',
      '```',
      '',
      PROSE.en[1],
      '',
    ].join('\n');

    it('front matter, link lists, metadata tables and code blocks have no quotes; the body quote is found', () => {
      const result = run(text, { markdown: true });
      assertQuoteRanges(text, result);
      assert.deepEqual(quotesOf(result).map((q) => `${q.range.start.line}:${q.text}`), ['9:"We cannot wait any longer,"']);
    });

    it('the same with Markdown detected automatically', () => {
      const result = run(text);
      assert.deepEqual(quotesOf(result).map((q) => q.range.start.line), [9]);
    });

    it('a string in a call of code and a name in capitals are no quotes', () => {
      const text = [PROSE.en[0], '', '\tpr_warn_once("sched: burst credit clamped on CPU %d\\n", cpu);', '',
        'Un immeuble aux volets clos, à Saint-Brieuc. LOUISE MARCHAL / « LE QUOTIDIEN »', '', '"We keep the defaults," said Maria Lopez.', ''].join('\n');
      assert.deepEqual(quotesOf(run(text)).map((q) => q.range.start.line), [6]);
    });

    it('a key, a branch or a file name in quotes is code, not a quote; a scare-quoted word still is', () => {
      const text = [PROSE.en[0], '', 'The converter keeps your comments only if they were stored under the "_comment" key.', '',
        'Error: no target for branch "feature/menu" (known targets: staging, production).', '',
        'Rename "brindle.json" first. Critics call the tool "brittle" anyway.', ''].join('\n');
      assert.deepEqual(quotesOf(run(text)).map((q) => q.text), ['"brittle"']);
    });

    it('a link\'s arrow on a menu line opens no quote (`« Older Comments`)', () => {
      const text = [PROSE.en[0], '', '« Older Comments', '', PROSE.en[1], ''].join('\n');
      assert.deepEqual(quotesOf(run(text)).map((q) => q.text), []);
    });

    it('a nickname inside a name is part of the name, not a quote', () => {
      const text = [PROSE.en[0], '', 'Walter “Bud” Simmons, 77, former county commissioner', '', 'The “Big Dig” cost billions, the report said.', ''].join('\n');
      assert.deepEqual(quotesOf(run(text)).map((q) => q.text), ['“Big Dig”']);
    });

    it('a setting in a configuration copied as plain text holds a value, not a quote', () => {
      const config = [PROSE.en[0], '', 'log {', '    level = info', '    format = "json"', '    name="nightly"', '}', '',
        '"We keep the defaults," said Maria Lopez.', ''].join('\n');
      assert.deepEqual(quotesOf(run(config)).map((q) => `${q.range.start.line}:${q.text}`), ['8:"We keep the defaults,"']);
    });
  });

  it('kinds without quote reports no quotes; disabledCategories drops one category', () => {
    const { text } = quoteArticle(['“We cannot wait any longer,” said Maria Lopez.', 'Ana Reyes said: “This is only the beginning']);
    assert.equal(quotesOf(run(text, { kinds: ['boilerplate', 'caption'] })).length, 0);
    const cats = quotesOf(run(text, { disabledCategories: ['unclosed'] })).map((q) => q.category);
    assert.deepEqual(cats, ['direct']);
  });
});

describe('Chinese speakers', () => {
  /** The speakers of the quotes in paragraphs set a blank line apart, paragraph by paragraph. */
  const speakers = (paragraphs: readonly string[]) => {
    const text = paragraphs.join('\n\n') + '\n';
    return paragraphs.flatMap((_, k) => speakersOn(text, 2 * k));
  };
  it('the name before its verb and colon; the name after the quote; a title before the name is left out', () => {
    assert.deepEqual(speakers(['澄州大学教授林振宇介绍：“每一锹土里都能筛出碎膜。”']), ['林振宇']);
    assert.deepEqual(speakers(['“两个问题放在一起看，思路就打开了，”林振宇说，“能不能用秸秆来做地膜？”']), ['林振宇', '林振宇']);
    assert.deepEqual(speakers(['团队成员、博士研究生许沐阳告诉记者，难点在于强度。“坏得太快，就起不到作用。”']), ['许沐阳']);
  });
  it('说 after when or how it was said (`受訪時說`, `無奈地說`); 他 after a role and a name in the same sentence', () => {
    assert.deepEqual(speakers(['溪墘里里長蔡金樹受訪時說：「大家都嚇到了。」']), ['蔡金樹']);
    assert.deepEqual(speakers(['「結果整條街一片黑，」陳小姐無奈地說，「只好點蠟燭。」']), ['陳小姐', '陳小姐']);
    assert.deepEqual(speakers(['北嶺區市議員黃國輝今天下午也到變電所外了解狀況，他批評，「每一次都說是設備老舊。」']), ['黃國輝']);
  });
  it('她说 after someone the same sentence names by a courtesy title is them', () => {
    assert.deepEqual(speakers(['市场监管局副局长周建平介绍：“共检查食堂318家。”', '家长刘女士的孩子在东湖区读四年级，她说：“希望检查常态化。”']), ['周建平', '刘女士']);
  });
  it('她说 is the one named last before a verb; an unnamed speaker and a term in quotes are nobody', () => {
    assert.deepEqual(speakers(['研究员高雅琴认为，这条路径值得推广。', '她说：“降解速度不会一样。”']), ['高雅琴']);
    assert.deepEqual(speakers(['一位参与试验的种植户对记者说：“今年直接翻地就行了。”']), [null]);
    assert.deepEqual(speakers(['许沐阳告诉记者，难点是让薄膜“按时”降解。']), [null]);
  });
  it('a job before the verb is not a name (出租车司机说 is no 车司机)', () => {
    assert.deepEqual(speakers(['一位出租车司机说：“桥修好以后，每天能多跑两趟。”']), [null]);
  });
  it('where the person said it between the name and the verb; a job ending on a family name\'s character (`分析师方可说`)', () => {
    assert.deepEqual(speakers(['岚星科技创始人兼CEO程浩然在发布会上说：“我们想反过来试一试。”']), ['程浩然']);
    assert.deepEqual(speakers(['“这个组合还是头一次，”市场研究机构观澜数据分析师方可说，“要看首销之后的口碑。”']), ['方可', '方可']);
  });
  it('the name after the quote, after who the person is (`”家住鹤鸣街的退休教师孙玉梅告诉记者`)', () => {
    assert.deepEqual(speakers(['“现在出了小区过个马路就到了。”家住鹤鸣街的退休教师孙玉梅告诉记者。']), ['孙玉梅']);
    assert.deepEqual(speakers(['“我们增加了12名巡逻人员。”鹤汀公园管理处主任刘建国表示，管理处还将调整班次。']), ['刘建国']);
  });
});
