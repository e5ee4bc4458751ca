import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, diagnosticsOf, fixtureUri, openFixture, openUntitled, readFixture, waitForDiagnostics, withoutLines } from './helpers';

const actionsAt = (uri: vscode.Uri, range: vscode.Range, kind?: string) =>
  vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind).then((a) => a.filter((x) => /Article Sieve|boilerplate|caption|quote|Keep this line|block/i.test(x.title)));

suite('code actions and hover', () => {
  let ferry = '';
  suiteSetup(async () => {
    ferry = await readFixture('quickfix.txt');
  });
  teardown(closeAll);

  test('quick fixes on a boilerplate line: this line (preferred), its block, all boilerplate, all captions, keep', async () => {
    const editor = await openUntitled(ferry);
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 5);
    const actions = await actionsAt(editor.document.uri, new vscode.Range(4, 3, 4, 3));
    assert.deepStrictEqual(actions.map((a) => a.title), [
      'Remove boilerplate line “Share on Facebook”',
      'Remove this block (3 lines)',
      'Keep this line (never flag it in this workspace)',
      'Remove all boilerplate in this document (4)',
      'Remove all captions in this document (1)',
    ]); // VS Code lists fixes tied to the diagnostic first
    assert.strictEqual(actions[0]!.isPreferred, true);

    // The preferred fix removes exactly that line and the blank line it leaves.
    assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
    assert.strictEqual(editor.document.getText(), withoutLines(ferry, [4, 5]));
  });

  test('the block fix removes the run of boilerplate lines', async () => {
    const editor = await openUntitled(ferry);
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 5);
    const block = (await actionsAt(editor.document.uri, new vscode.Range(6, 0, 6, 0))).find((a) => a.title.startsWith('Remove this block'))!;
    assert.ok(await vscode.workspace.applyEdit(block.edit!));
    assert.strictEqual(editor.document.getText(), withoutLines(ferry, [2, 3, 4, 5, 6, 7]));
  });

  test('source.fixAll.articleSieve removes all boilerplate', async () => {
    const editor = await openUntitled(ferry);
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 5);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.articleSieve');
    const fixAll = actions.filter((a) => a.kind?.value === 'source.fixAll.articleSieve');
    assert.strictEqual(fixAll.length, 1);
    assert.ok(await vscode.workspace.applyEdit(fixAll[0]!.edit!));
    assert.strictEqual(editor.document.getText(), withoutLines(ferry, [2, 3, 4, 5, 6, 7, 10, 11]));
  });

  test('extract the quotes under the cursor', async () => {
    const editor = await openUntitled(ferry);
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 5);
    const actions = await actionsAt(editor.document.uri, new vscode.Range(14, 5, 14, 5));
    const extract = actions.find((a) => a.kind?.value === 'refactor.extract.articleSieve');
    assert.ok(extract?.command, `actions: ${actions.map((a) => a.title).join(', ')}`);
    const out = await vscode.commands.executeCommand<vscode.TextDocument>(extract.command.command, ...(extract.command.arguments ?? []));
    assert.match(out.getText(), /\| Colm Duggan \| 15 \|/);
  });

  test('hover shows kind, category, reason, confidence and actions', async () => {
    const editor = await openUntitled(ferry);
    await waitForDiagnostics(editor.document.uri, (d) => d.length === 5);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(12, 10));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /Article Sieve/);
    assert.match(text, /caption/);
    assert.match(text, /`credit`/);
    assert.match(text, /Confidence: \d+%/);
    assert.match(text, /Remove caption line/);
    assert.match(text, /Keep this line/);
  });

  test('"keep this line" adds it to the workspace keep list and it is never flagged again', async () => {
    const editor = await openFixture('keep.txt');
    const uri = editor.document.uri;
    await waitForDiagnostics(uri, (d) => d.length === 2);
    const keep = (await actionsAt(uri, new vscode.Range(6, 0, 6, 0))).find((a) => a.title.startsWith('Keep this line'))!;
    assert.ok(keep.command);
    const flagged = waitForDiagnostics(uri, (d) => d.length === 1, 'diagnostics without the kept line');
    await vscode.commands.executeCommand(keep.command.command, ...(keep.command.arguments ?? []));
    const diags = await flagged;
    assert.strictEqual(diags[0]!.range.start.line, 2, 'ADVERTISEMENT is still flagged');
    const inspected = vscode.workspace.getConfiguration('articleSieve', fixtureUri('keep.txt')).inspect<string[]>('keepLines');
    assert.deepStrictEqual(inspected?.workspaceFolderValue ?? inspected?.workspaceValue, ['Read more: Hollis Valley cider festival moves to October']);
    // Another document with the same line: not flagged either.
    const other = await openUntitled('Orchards\n\nRead more: Hollis Valley cider festival moves to October\n\nThe end.\n');
    assert.deepStrictEqual(diagnosticsOf(other.document.uri), []);
    await vscode.workspace.getConfiguration('articleSieve', fixtureUri('keep.txt')).update('keepLines', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  });
});
