// Probe for scripts/test-vsix.mjs: runs in code-server after `--install-extension article-sieve.vsix` and
// checks that the INSTALLED extension (not a development copy) activates, runs its `main` entry and analyses
// an article; launched again on an untrusted workspace, it checks Restricted Mode instead. Prints the harness's
// `N passed, N failed` line.
import * as assert from 'assert';
import * as vscode from 'vscode';

const ID = 'article-sieve.article-sieve';

const checks: [string, () => Promise<void>][] = [
  ['the .vsix is installed as a normal extension', async () => {
    const ext = vscode.extensions.getExtension(ID);
    assert.ok(ext, `${ID} is not installed`);
    assert.match(ext.extensionPath.replace(/\\/g, '/'), /\/article-sieve\.article-sieve-\d+\.\d+\.\d+[^/]*$/, 'installed under --extensions-dir');
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
  }],
  ['it activates on its main entry', async () => {
    type Times = { vscodeApi: number; modules: number; host: number; activate: number; activateCpu?: number };
    const ext = vscode.extensions.getExtension<{ entry: string; activation?: Times }>(ID)!;
    const api = ext.isActive ? ext.exports : await ext.activate();
    assert.strictEqual(api.entry, 'node');
    // The packaged (minified) bundle: the activation figure the README reports.
    const t = api.activation;
    if (t) console.log(`  activation of the installed .vsix: this extension ${(t.modules + t.activate).toFixed(2)} ms (modules ${t.modules.toFixed(2)}, activate() ${t.activate.toFixed(2)}${t.activateCpu === undefined ? '' : `, CPU ${t.activateCpu.toFixed(2)}`}); the host: vscode API ${t.vscodeApi.toFixed(2)} ms, context ${t.host.toFixed(2)} ms`);
  }],
  ['it analyses an article', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Bridge reopens\n\nShare on Facebook\n\nThe bridge reopened on Monday.\n' });
    await vscode.window.showTextDocument(document);
    await new Promise<void>((resolve, reject) => {
      const ours = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Article Sieve');
      const timer = setTimeout(() => reject(new Error('no diagnostics within 10 s')), 10_000);
      const done = () => {
        if (ours().length !== 1) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      };
      const sub = vscode.languages.onDidChangeDiagnostics(done);
      done();
    });
  }],
  ['its commands are registered', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('articleSieve.cleanArticle'));
  }],
];

/** Run on the untrusted workspace that scripts/test-vsix.mjs opens second. */
const restricted: [string, () => Promise<void>][] = [
  checks[1]!,
  ['Restricted Mode: pattern settings from the untrusted workspace are ignored, the user\'s apply', async () => {
    const content = 'Bridge reopens\n\nPattern from the user settings\n\nPattern from the workspace settings\n\nThe bridge reopened on Monday.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(document);
    const lines = await new Promise<number[]>((resolve, reject) => {
      const ours = () => vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'Article Sieve');
      const timer = setTimeout(() => reject(new Error(`diagnostics after 10 s: ${JSON.stringify(ours().map((d) => d.message))}`)), 10_000);
      const done = () => {
        const found = ours();
        if (!found.length) return;
        clearTimeout(timer);
        sub.dispose();
        resolve(found.map((d) => d.range.start.line));
      };
      const sub = vscode.languages.onDidChangeDiagnostics(done);
      done();
    });
    assert.deepStrictEqual(lines, [2], 'only the line matching the user pattern is flagged');
  }],
];

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  // scripts/test-vsix.mjs names the folder it opens untrusted `untrusted`.
  const expectRestricted = vscode.workspace.workspaceFolders?.[0]?.name === 'untrusted';
  console.log(`  workspace ${vscode.workspace.isTrusted ? 'trusted' : 'untrusted (Restricted Mode)'}`);
  if (expectRestricted === vscode.workspace.isTrusted) {
    console.log(`  ✘ the workspace should be ${expectRestricted ? 'untrusted' : 'trusted'}\n0 passed, 1 failed`);
    throw new Error('workspace trust is not what the harness set up');
  }
  for (const [name, check] of expectRestricted ? restricted : checks) {
    try {
      await check();
      passed++;
      console.log(`  ✔ ${name}`);
    } catch (err) {
      failed++;
      console.log(`  ✘ ${name}: ${(err as Error).message}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} checks failed`);
}
