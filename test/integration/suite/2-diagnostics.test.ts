import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, diagnosticsOf, fixtureUri, openFixture, openUntitled, rangeTuple, setSetting, waitForAnalysis, waitForDecorations, waitForDiagnostics } from './helpers';

const byLine = (a: vscode.Diagnostic, b: vscode.Diagnostic) => a.range.start.line - b.range.start.line;

suite('diagnostics and decorations', () => {
  teardown(closeAll);

  test('boilerplate and captions become diagnostics with exact ranges; quotes are off by default', async () => {
    const editor = await openFixture('harbour-strike.txt');
    const diags = (await waitForDiagnostics(editor.document.uri, (d) => d.length > 0)).sort(byLine);
    assert.deepStrictEqual(diags.map((d) => rangeTuple(d.range)), [
      [2, 0, 2, 18], [4, 0, 4, 17], [6, 0, 6, 10], [10, 0, 10, 3], [12, 0, 12, 112], [18, 0, 18, 13], [22, 0, 22, 57], [24, 0, 24, 44],
    ]);
    assert.deepStrictEqual(diags.map((d) => (d.code as { value: string }).value), ['byline', 'share', 'share', 'image-counter', 'credit', 'advertisement', 'related-link', 'copyright']);
    for (const d of diags) {
      assert.strictEqual(d.source, 'Article Sieve');
      assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
      const target = (d.code as { target: vscode.Uri }).target;
      assert.ok(target.fragment.endsWith((d.code as { value: string }).value), `docs link ${target.toString()}`);
    }
    assert.ok(!diags.some((d) => d.range.start.line === 16), 'no diagnostic for the quote');
  });

  test('severity per kind: quotes appear as warnings when configured', async () => {
    const restore = await setSetting('severity.quote', 'warning');
    try {
      const editor = await openFixture('harbour-strike.txt');
      const diags = await waitForDiagnostics(editor.document.uri, (d) => d.some((x) => x.range.start.line === 16));
      const quote = diags.find((d) => d.range.start.line === 16)!;
      assert.strictEqual(quote.severity, vscode.DiagnosticSeverity.Warning);
      assert.deepStrictEqual(rangeTuple(quote.range), [16, 0, 16, 85]);
      assert.match(quote.message, /— Delphine Okafor$/);
    } finally {
      await restore();
    }
  });

  test('decorations: boilerplate dimmed, caption tinted, quote with its speaker after it', async () => {
    const editor = await openFixture('harbour-strike.txt');
    const decorations = await waitForDecorations(editor.document.uri, (d) => d.boilerplate.length > 0);
    assert.deepStrictEqual(decorations.boilerplate.map((r) => r.start.line), [2, 4, 6, 10, 18, 22, 24]);
    assert.deepStrictEqual(decorations.caption.map(rangeTuple), [[12, 0, 12, 112]]);
    assert.deepStrictEqual(decorations.quote.map((q) => [rangeTuple(q.range), q.after]), [[[16, 0, 16, 85], '— Delphine Okafor']]);
  });

  test('a word typed inside a quote is re-analysed incrementally and the highlights follow it', async () => {
    const editor = await openFixture('harbour-strike.txt');
    await waitForDecorations(editor.document.uri, (d) => d.quote.length === 1);
    const line = editor.document.lineAt(16).text;
    const at = line.indexOf('eighteen-hour');
    assert.ok(at > 0, line);
    await editor.edit((e) => e.insert(new vscode.Position(16, at), 'long '));
    const analysis = await waitForAnalysis(editor.document);
    assert.strictEqual(analysis.mode, 'incremental');
    const quote = analysis.result.findings.find((f) => f.kind === 'quote')!;
    assert.match(quote.text, /keep working long eighteen-hour nights,"$/);
    assert.strictEqual(quote.speaker, 'Delphine Okafor');
    // The quote's highlight grows by the word; the lines after it keep theirs.
    const decorations = await waitForDecorations(editor.document.uri, (d) => d.quote[0]?.range.end.character === 90);
    assert.deepStrictEqual(decorations.quote.map((q) => [rangeTuple(q.range), q.after]), [[[16, 0, 16, 90], '— Delphine Okafor']]);
    assert.deepStrictEqual(decorations.boilerplate.map((r) => r.start.line), [2, 4, 6, 10, 18, 22, 24]);
  });

  test('Toggle Highlighting clears and restores the decorations', async () => {
    const sieve = await api();
    const editor = await openFixture('pasar-malam.article');
    await waitForDecorations(editor.document.uri, (d) => d.boilerplate.length === 7);
    assert.strictEqual(await vscode.commands.executeCommand('articleSieve.toggleHighlighting'), false);
    assert.strictEqual(sieve.highlighting, false);
    await waitForDecorations(editor.document.uri, (d) => d.boilerplate.length === 0 && d.quote.length === 0);
    assert.strictEqual(await vscode.commands.executeCommand('articleSieve.toggleHighlighting'), true);
    const back = await waitForDecorations(editor.document.uri, (d) => d.boilerplate.length === 7);
    assert.deepStrictEqual(back.quote.map((q) => q.after), ['— Sutrisno Wibowo']);
  });

  test('strike-through setting recreates the boilerplate decoration', async () => {
    const editor = await openFixture('harbour-strike.txt');
    const restore = await setSetting('decorations.strikeThrough', true);
    try {
      await waitForDecorations(editor.document.uri, (d) => d.strikeThrough && d.boilerplate.length === 7);
    } finally {
      await restore();
    }
  });

  test('typing re-analyses after the debounce, and the result belongs to the current version', async () => {
    const editor = await openUntitled('The harbour reopened on Monday.\n');
    assert.deepStrictEqual(diagnosticsOf(editor.document.uri), []);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), '\nShare on Facebook\n'));
    await editor.edit((b) => b.insert(new vscode.Position(3, 0), '\nADVERTISEMENT\n'));
    const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length === 2);
    assert.deepStrictEqual(diags.sort(byLine).map((d) => rangeTuple(d.range)), [[2, 0, 2, 17], [4, 0, 4, 13]]);
    const analysis = await waitForAnalysis(editor.document);
    assert.strictEqual(analysis.version, editor.document.version);
  });

  test('the status bar counts the active document', async () => {
    const sieve = await api();
    await openFixture('harbour-strike.txt');
    assert.match(sieve.statusText() ?? '', /en · 7 · 1 · 1$/);
  });

  test('documents in other languages, binary documents and excluded files are not analysed', async () => {
    const sieve = await api();
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{"a": "Share on Facebook"}' });
    await vscode.window.showTextDocument(json);
    const binary = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Share on Facebook\n\u0000\u0001\nADVERTISEMENT\n' });
    await vscode.window.showTextDocument(binary);
    assert.strictEqual(await vscode.commands.executeCommand('articleSieve.analyze', binary.uri.toString()), undefined);
    assert.strictEqual(sieve.analysis(binary.uri), undefined);
    assert.strictEqual(sieve.analysis(json.uri), undefined);
    const restore = await setSetting('exclude', ['**/keep.txt']);
    try {
      const excluded = await vscode.workspace.openTextDocument(fixtureUri('keep.txt'));
      await vscode.window.showTextDocument(excluded);
      assert.strictEqual(await vscode.commands.executeCommand('articleSieve.analyze', excluded.uri.toString()), undefined);
      assert.deepStrictEqual(diagnosticsOf(excluded.uri), []);
    } finally {
      await restore();
    }
  });

  test('above the size limit a document is analysed only on command', async () => {
    const sieve = await api();
    const restore = await setSetting('maxFileSizeMB', 0.0005); // ~524 characters
    try {
      const body = 'The ferry timetable changes on Monday, the island council said in a statement.\n\n'.repeat(8);
      const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: `Share on Facebook\n\n${body}` });
      const skipped = new Promise<void>((resolve) => {
        const sub = sieve.onDidAnalyze((e) => e.uri.toString() === document.uri.toString() && e.skip === 'tooLarge' && (sub.dispose(), resolve()));
      });
      await vscode.window.showTextDocument(document);
      await skipped;
      assert.strictEqual(sieve.analysis(document.uri), undefined);
      const count = await vscode.commands.executeCommand<number>('articleSieve.analyze', document.uri.toString());
      assert.ok(count >= 1, 'analysed on command');
      const diags = await waitForDiagnostics(document.uri, (d) => d.length === count);
      assert.ok(diags.some((d) => d.range.start.line === 0), 'the share line is flagged');
    } finally {
      await restore();
    }
  });

  test('extra boilerplate patterns from settings are applied (trusted workspace)', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, true);
    const restore = await setSetting('boilerplatePatterns', ['^Tide tables are sponsored by']);
    try {
      const editor = await openUntitled('Boats left the harbour at dawn.\n\nTide tables are sponsored by Gull Marine Supply\n\nThe catch was good.\n');
      const diags = await waitForDiagnostics(editor.document.uri, (d) => d.length === 1);
      assert.deepStrictEqual(rangeTuple(diags[0]!.range), [2, 0, 2, 47]);
    } finally {
      await restore();
    }
  });
});
