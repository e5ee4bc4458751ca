// Probe for scripts/test-vsix.mjs: runs in code-server after `--install-extension article-sieve.vsix` and
// checks that the INSTALLED extension (not a development copy) activates, runs its `main` entry and analyses
// an article. Prints the harness's `N passed, N failed` line.
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
    type Times = { vscodeApi: number; modules: number; host: number; activate: number };
    const ext = vscode.extensions.getExtension<{ entry: string; activation?: Times }>(ID)!;
    const api = ext.isActive ? ext.exports : await ext.activate();
    assert.strictEqual(api.entry, 'node');
    // The packaged (minified) bundle: the activation figure the README reports.
    const t = api.activation;
    if (t) console.log(`  activation of the installed .vsix: this extension ${(t.modules + t.activate).toFixed(2)} ms (modules ${t.modules.toFixed(2)}, activate() ${t.activate.toFixed(2)}); the host: vscode API ${t.vscodeApi.toFixed(2)} ms, context ${t.host.toFixed(2)} ms`);
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

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
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
