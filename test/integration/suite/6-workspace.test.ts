import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, fixtureUri, readFixture, setSetting, withoutLines } from './helpers';

interface Summary { files: number; cleaned: string[]; unchanged: number; overBudget: string[]; skipped: string[]; linesRemoved: number; cancelled: boolean }

suite('Clean Articles in Workspace', () => {
  teardown(closeAll);

  test('cleans the included files only, one undoable edit per file, and leaves the rest alone', async () => {
    const before = {
      report: await readFixture('batch/orchard-report.txt'),
      widgets: await readFixture('batch/mostly-widgets.txt'),
      clean: await readFixture('batch/already-clean.md'),
      log: await readFixture('batch/not-included.log'),
      blob: await vscode.workspace.fs.readFile(fixtureUri('batch/blob.txt')),
      outside: await readFixture('harbour-strike.txt'),
    };
    const restore = await setSetting('include', ['batch/**/*.txt', 'batch/**/*.md'], vscode.ConfigurationTarget.Global);
    try {
      const summary = await vscode.commands.executeCommand<Summary>('articleSieve.cleanWorkspace');
      assert.ok(summary);
      assert.deepStrictEqual(summary.cleaned, ['batch/orchard-report.txt']);
      assert.deepStrictEqual(summary.overBudget, ['batch/mostly-widgets.txt']);
      assert.deepStrictEqual(summary.skipped, ['batch/blob.txt']);
      assert.strictEqual(summary.unchanged, 1);
      assert.strictEqual(summary.files, 4);
      assert.strictEqual(summary.cancelled, false);

      const cleaned = withoutLines(before.report, [2, 3, 6, 7, 9, 10]);
      const report = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fixtureUri('batch/orchard-report.txt').toString())!;
      assert.strictEqual(report.getText(), cleaned);
      assert.strictEqual(await readFixture('batch/orchard-report.txt'), cleaned, 'saved');
      assert.strictEqual(await readFixture('batch/mostly-widgets.txt'), before.widgets);
      assert.strictEqual(await readFixture('batch/already-clean.md'), before.clean);
      assert.strictEqual(await readFixture('batch/not-included.log'), before.log);
      assert.deepStrictEqual(await vscode.workspace.fs.readFile(fixtureUri('batch/blob.txt')), before.blob);
      assert.strictEqual(await readFixture('harbour-strike.txt'), before.outside);

      // One undo in that file restores it.
      await vscode.window.showTextDocument(report);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(report.getText(), before.report);
    } finally {
      await restore();
    }
  });
});
