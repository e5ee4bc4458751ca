/**
 * Shared helpers for the engine unit tests: realistic articles built around a line of interest, and
 * assertions on the finding that covers a given line.
 */
import assert from 'node:assert/strict';
import { analyze, type AnalysisResult, type Finding, type Options } from '../../../src/engine';

export type Lang = 'en' | 'id' | 'fr' | 'de' | 'es';

/** Three to four prose paragraphs per language: long, punctuated, rich in stopwords. */
export const PROSE: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'The city council met on Tuesday evening to discuss the new budget for the coming year, and the debate lasted for several hours.',
    'Residents who attended the meeting were worried about the rising cost of housing and the lack of public transport in the area.',
    'The mayor promised that a final decision would be taken before the end of the month, after a second round of consultations with local groups.',
    'Several members of the council have already asked for more money to be spent on the repair of roads and schools in the northern districts.',
  ],
  id: [
    'Pemerintah kota menggelar rapat pada Selasa malam untuk membahas anggaran baru tahun depan, dan perdebatan berlangsung selama beberapa jam.',
    'Warga yang hadir dalam rapat itu mengaku khawatir dengan naiknya harga rumah dan kurangnya angkutan umum di wilayah tersebut.',
    'Wali kota berjanji keputusan akhir akan diambil sebelum akhir bulan, setelah putaran kedua konsultasi dengan kelompok warga setempat.',
    'Sejumlah anggota dewan sudah meminta agar lebih banyak dana digunakan untuk memperbaiki jalan dan sekolah di wilayah utara kota.',
  ],
  fr: [
    'Le conseil municipal s’est réuni mardi soir pour discuter du nouveau budget de l’année prochaine, et le débat a duré plusieurs heures.',
    'Les habitants qui ont assisté à la réunion se sont inquiétés de la hausse du prix des logements et du manque de transports dans le quartier.',
    'Le maire a promis qu’une décision finale serait prise avant la fin du mois, après une deuxième série de consultations avec les associations.',
    'Plusieurs membres du conseil ont déjà demandé que davantage d’argent soit consacré à la réparation des routes et des écoles du nord de la ville.',
  ],
  de: [
    'Der Gemeinderat hat sich am Dienstagabend getroffen, um über den neuen Haushalt für das kommende Jahr zu beraten, und die Debatte dauerte mehrere Stunden.',
    'Die Bewohner, die an der Sitzung teilgenommen haben, sind besorgt über die steigenden Mieten und den Mangel an öffentlichen Verkehrsmitteln in der Gegend.',
    'Der Bürgermeister hat versprochen, dass eine endgültige Entscheidung noch vor dem Ende des Monats fallen wird, nach einer zweiten Runde von Gesprächen mit den Vereinen.',
    'Mehrere Mitglieder des Rates haben bereits gefordert, dass mehr Geld für die Reparatur der Straßen und der Schulen im Norden der Stadt ausgegeben wird.',
  ],
  es: [
    'El ayuntamiento se reunió el martes por la noche para discutir el nuevo presupuesto del próximo año, y el debate duró varias horas.',
    'Los vecinos que asistieron a la reunión se mostraron preocupados por la subida del precio de la vivienda y la falta de transporte público en la zona.',
    'El alcalde prometió que se tomaría una decisión final antes de que termine el mes, después de una segunda ronda de consultas con las asociaciones.',
    'Varios miembros del consejo ya han pedido que se destine más dinero a la reparación de las calles y de las escuelas del norte de la ciudad.',
  ],
};

export type Where = 'middle' | 'before' | 'after';

export interface Built {
  readonly text: string;
  /** 0-based line indices of the block's lines. */
  readonly lines: readonly number[];
}

/**
 * A small article with `block` (one line or several adjacent lines) placed between the second and third
 * paragraphs (`middle`), above the first paragraph (`before`) or below the last one (`after`). Paragraphs are
 * separated by blank lines, and the text ends with a newline, as pasted articles do.
 */
export function article(block: string | readonly string[], lang: Lang = 'en', where: Where = 'middle'): Built {
  const p = PROSE[lang];
  const blockLines = typeof block === 'string' ? [block] : [...block];
  const paragraphs: string[][] = p.map((s) => [s]);
  const at = where === 'before' ? 0 : where === 'after' ? paragraphs.length : 2;
  paragraphs.splice(at, 0, blockLines);
  const out: string[] = [];
  const lines: number[] = [];
  for (const para of paragraphs) {
    if (out.length) out.push('');
    for (const l of para) {
      if (para === paragraphs[at]) lines.push(out.length);
      out.push(l);
    }
  }
  return { text: out.join('\n') + '\n', lines };
}

/** The boilerplate or caption finding covering line `index`, if any. */
export function lineFinding(result: AnalysisResult, index: number): Finding | undefined {
  return result.findings.find((f) => f.kind !== 'quote' && f.range.start.line === index);
}

/** Checks the invariants of a line finding: whole line covered, confidence in 0..1, a reason. */
export function assertWholeLine(text: string, f: Finding, index: number): void {
  const line = text.split(/\r\n|\r|\n/)[index]!;
  assert.equal(f.range.start.line, index);
  assert.equal(f.range.start.character, 0, 'finding starts at the start of the line');
  assert.equal(f.range.end.line, index);
  assert.equal(f.range.end.character, line.length, 'finding ends at the end of the line');
  assert.equal(f.text, line);
  assert.equal(text.slice(f.offsets.start, f.offsets.end), line);
  assert.ok(f.confidence >= 0 && f.confidence <= 1, `confidence ${f.confidence} in 0..1`);
  assert.ok(f.reason.trim().length > 0, 'reason is not empty');
}

/** Every finding's range lies inside the text with start < end, and findings are sorted by start. */
export function assertWellFormed(text: string, result: AnalysisResult): void {
  let last = -1;
  for (const f of result.findings) {
    assert.ok(Number.isInteger(f.offsets.start) && Number.isInteger(f.offsets.end));
    assert.ok(f.offsets.start >= 0 && f.offsets.end <= text.length && f.offsets.start < f.offsets.end, `range [${f.offsets.start}, ${f.offsets.end}) inside ${text.length}`);
    assert.ok(f.offsets.start >= last, 'findings sorted by start');
    assert.ok(f.confidence >= 0 && f.confidence <= 1);
    assert.ok(f.reason.length > 0);
    last = f.offsets.start;
  }
}

export function run(text: string, options?: Options): AnalysisResult {
  return analyze(text, options);
}

/** Short label for test titles. */
export const label = (s: string | readonly string[]) => {
  const one = (typeof s === 'string' ? s : s.join(' ⏎ ')).replace(/\n/g, '⏎');
  return JSON.stringify(one.length > 70 ? `${one.slice(0, 67)}…` : one);
};
