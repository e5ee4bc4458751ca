import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, openUntitled, readFixture, setSetting, until, waitForAnalysis, withoutLines } from './helpers';

/** quickfix.txt: 2 byline, 4 and 6 share, 10 counter, 12 caption, 14 quote (Colm Duggan). */
let ferry = '';

suite('commands', () => {
  suiteSetup(async () => {
    ferry = await readFixture('quickfix.txt');
  });
  teardown(closeAll);

  test('Strip Boilerplate removes exactly the boilerplate lines (and the blank lines they leave), in one undo step', async () => {
    const editor = await openUntitled(ferry);
    assert.strictEqual(await vscode.commands.executeCommand('articleSieve.stripBoilerplate'), 8);
    assert.strictEqual(editor.document.getText(), withoutLines(ferry, [2, 3, 4, 5, 6, 7, 10, 11]));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), ferry);
  });

  test('Strip Captions removes the caption only', async () => {
    const editor = await openUntitled(ferry);
    assert.strictEqual(await vscode.commands.executeCommand('articleSieve.stripCaptions'), 2);
    assert.strictEqual(editor.document.getText(), withoutLines(ferry, [12, 13]));
  });

  test('Clean Article removes boilerplate and captions', async () => {
    const editor = await openUntitled(ferry);
    await vscode.commands.executeCommand('articleSieve.cleanArticle');
    assert.strictEqual(editor.document.getText(), withoutLines(ferry, [2, 3, 4, 5, 6, 7, 10, 11, 12, 13]));
    // Nothing left to strip: a second run changes nothing.
    assert.strictEqual(await vscode.commands.executeCommand('articleSieve.cleanArticle'), 0);
  });

  test('Extract Quotes opens a Markdown table with quote, speaker and line', async () => {
    await openUntitled(ferry);
    const out = await vscode.commands.executeCommand<vscode.TextDocument>('articleSieve.extractQuotes');
    assert.ok(out);
    assert.strictEqual(out.languageId, 'markdown');
    assert.ok(out.isUntitled);
    assert.strictEqual(out.getText(), [
      '# Quotes in Untitled-' + out.getText().match(/Untitled-(\d+)/)![1],
      '',
      '| Quote | Speaker | Line |',
      '|---|---|---:|',
      '| "We missed the ferry more than we expected," | Colm Duggan | 15 |',
      '',
    ].join('\n'));
  });

  test('Extract Quotes honours articleSieve.extractFormat (json)', async () => {
    const restore = await setSetting('extractFormat', 'json');
    try {
      await openUntitled(ferry);
      const out = await vscode.commands.executeCommand<vscode.TextDocument>('articleSieve.extractQuotes');
      assert.strictEqual(out!.languageId, 'json');
      assert.deepStrictEqual(JSON.parse(out!.getText()), [
        { line: 15, text: '"We missed the ferry more than we expected,"', speaker: 'Colm Duggan', category: 'direct' },
      ]);
    } finally {
      await restore();
    }
  });

  test('Extract Captions lists the captions', async () => {
    await openUntitled(ferry);
    const out = await vscode.commands.executeCommand<vscode.TextDocument>('articleSieve.extractCaptions');
    assert.match(out!.getText(), /\| Passengers board the ferry Marta at Gull Island pier on Monday\. \(Photo: Ines Varga\/Island Gazette\) \| 13 \|/);
  });

  test('Show Findings lists the findings and jumps to the one picked', async () => {
    const editor = await openUntitled(ferry);
    const done = vscode.commands.executeCommand('articleSieve.showFindings');
    // The quick pick's first item is active at once: the editor previews it by selecting the byline.
    await until('selection of the first finding', () => editor.selection.start.line === 2 && editor.selection.end.character === 15, [vscode.window.onDidChangeTextEditorSelection]);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await until('selection of the second finding', () => editor.selection.start.line === 4, [vscode.window.onDidChangeTextEditorSelection]);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await done;
    assert.deepStrictEqual([editor.selection.start.line, editor.selection.end.line, editor.selection.end.character], [4, 4, 17]);
  });

  test('Set Article Language overrides detection for the document', async () => {
    const editor = await openUntitled(ferry);
    assert.strictEqual((await waitForAnalysis(editor.document)).result.language, 'en');
    assert.strictEqual(await vscode.commands.executeCommand('articleSieve.setLanguage', 'id'), 'id');
    const sieve = await api();
    await until('analysis in Indonesian', () => sieve.analysis(editor.document.uri)?.result.language === 'id', [sieve.onDidAnalyze]);
    await vscode.commands.executeCommand('articleSieve.setLanguage', 'auto');
    await until('analysis in English again', () => sieve.analysis(editor.document.uri)?.result.language === 'en', [sieve.onDidAnalyze]);
  });
});
