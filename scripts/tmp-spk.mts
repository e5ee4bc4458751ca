import { analyze } from '../src/engine/index.ts';
import { loadFixtures } from '../test/helpers/fixtures.ts';
for (const fx of loadFixtures()) {
  const r = analyze(fx.text, { markdown: fx.name.includes('markdown') ? true : 'auto' });
  const lines = fx.text.split('\n');
  for (const e of fx.expectations) {
    const qs = r.findings.filter((f) => f.kind === 'quote' && f.range.start.line === e.line);
    e.quotes.forEach((q, k) => {
      const got = qs[k]?.speaker ?? null;
      const ok = q.speaker === null ? got === null : !!got && (got.toLowerCase().includes(q.speaker.toLowerCase()) || q.speaker.toLowerCase().includes(got.toLowerCase()));
      if (!ok && qs[k]) console.log(`${fx.name}:${e.line + 1} want=${q.speaker} got=${got}\n    ${lines[e.line]!.slice(0, 300)}`);
    });
  }
}
