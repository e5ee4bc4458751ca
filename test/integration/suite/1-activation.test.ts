import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, EXPECTED_ENTRY, EXTENSION_ID } from './helpers';

suite('activation', () => {
  test('the host loads the expected package.json entry (web: browser, desktop: main)', async () => {
    const sieve = await api();
    assert.strictEqual(sieve.entry, EXPECTED_ENTRY);
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { main?: string; browser?: string };
    // One bundle serves both hosts: it uses no Node API.
    assert.strictEqual(pkg.main, './dist/extension.js');
    assert.strictEqual(pkg.browser, './dist/extension.js');
  });

  test('activation time is measured from the bundle\'s first statement (reported, not asserted)', async () => {
    const t = (await api()).activation;
    assert.ok(t && [t.vscodeApi, t.modules, t.host, t.activate].every((x) => Number.isFinite(x) && x >= 0), JSON.stringify(t));
    // CPU time is read where the runtime has a clock for it: the desktop host's Node, not the web worker.
    assert.strictEqual(t.activateCpu === undefined, EXPECTED_ENTRY === 'browser', JSON.stringify(t));
    const cpu = t.activateCpu === undefined ? '' : `, CPU ${t.activateCpu.toFixed(2)}`;
    console.log(`      activation (${EXPECTED_ENTRY} host): this extension ${(t.modules + t.activate).toFixed(2)} ms`
      + ` (modules ${t.modules.toFixed(2)}, activate() ${t.activate.toFixed(2)}${cpu}); the host: vscode API ${t.vscodeApi.toFixed(2)} ms, context ${t.host.toFixed(2)} ms`);
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

suite('article grammar', () => {
  test('the grammar highlights quotes in every style, credit lines and lone counters', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'syntaxes/article.tmLanguage.json'));
    const grammar = JSON.parse(new TextDecoder().decode(bytes)) as { scopeName: string; repository: Record<string, { patterns: { name: string; match: string }[] }> };
    assert.strictEqual(grammar.scopeName, 'text.article');
    const scopes = (line: string) => Object.values(grammar.repository).flatMap((r) => r.patterns)
      .filter((p) => new RegExp(p.match, 'u').test(line)).map((p) => p.name.replace(/\.article$/, ''));
    const cases: [string, string][] = [
      ['“Kami tidak mundur,” kata Sutrisno.', 'string.quoted.double.curly'],
      ['"Nobody wanted this," said Okafor.', 'string.quoted.double.straight'],
      ['Er sagte: „Wir bleiben hier“ und ging.', 'string.quoted.double.low'],
      ['«Nous restons», a-t-elle dit.', 'string.quoted.guillemets'],
      ['»Wir bleiben«, sagte sie.', 'string.quoted.guillemets.reversed'],
      ['‹Oui›, dit-il.', 'string.quoted.single.guillemets'],
      ['Sie sagte ‚nein‘ dazu.', 'string.quoted.single.low'],
      ['「行こう」と彼は言った。', 'string.quoted.corner'],
      ['『本』', 'string.quoted.corner.white'],
      ['He called it ‘a good day’ for the town.', 'string.quoted.single.curly'],
      ["She said 'not yet' twice.", 'string.quoted.single.straight'],
      ['Passengers board the ferry. (Photo: Ines Varga/Island Gazette)', 'comment.line.credit'],
      ['Foto: ANTARA/Rizal Hakim', 'comment.line.credit'],
      ['2/6', 'constant.numeric.counter'],
      ['Foto 1 dari 4', 'constant.numeric.counter'],
    ];
    for (const [line, scope] of cases) assert.ok(scopes(line).includes(scope), `${line} → ${scopes(line).join(', ') || 'nothing'}`);
    assert.deepStrictEqual(scopes("I don't think it's over."), [], 'apostrophes are not quotes');
  });
});
