import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, EXPECTED_ENTRY, EXTENSION_ID } from './helpers';

suite('activation', () => {
  test('the host loads the expected package.json entry (web: browser, desktop: main)', async () => {
    const sieve = await api();
    assert.strictEqual(sieve.entry, EXPECTED_ENTRY);
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { main?: string; browser?: string };
    assert.strictEqual(pkg.main, './dist/extension.js');
    assert.strictEqual(pkg.browser, './dist/web/extension.js');
  });

  test('every contributed command is registered, with category "Article Sieve"', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string; category: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = pkg.contributes.commands.filter((c) => !registered.has(c.command)).map((c) => c.command);
    assert.deepStrictEqual(missing, []);
    for (const c of pkg.contributes.commands) assert.strictEqual(c.category, 'Article Sieve', c.command);
  });

  test('*.article files open in the article language', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!;
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'pasar-malam.article'));
    assert.strictEqual(document.languageId, 'article');
  });
});
