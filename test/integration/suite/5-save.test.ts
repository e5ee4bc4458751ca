import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, EXPECTED_ENTRY, openFixture, readFixture, setSetting, until, withoutLines } from './helpers';

suite('clean on save', () => {
  teardown(closeAll);

  test('cleanOnSave=boilerplate: the save writes the cleaned text, one undo restores the original', async () => {
    const restore = await setSetting('cleanOnSave', 'boilerplate');
    try {
      const editor = await openFixture('save-clean.txt');
      const document = editor.document;
      const original = document.getText();
      await editor.edit((b) => b.insert(document.lineAt(document.lineCount - 1).range.end, '\nThe library is open every day except Sunday.\n'));
      const edited = document.getText();
      assert.strictEqual(await document.save(), true);
      const cleaned = withoutLines(edited, [2, 3, 4, 5, 12, 13]);
      assert.strictEqual(document.getText(), cleaned);
      assert.strictEqual(document.isDirty, false);
      if (EXPECTED_ENTRY === 'node') assert.strictEqual(await readFixture('save-clean.txt'), cleaned, 'the file on disk is cleaned');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), edited, 'one undo restores every removed line');
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(document.getText(), original);
    } finally {
      await restore();
    }
  });

  test('the removal budget blocks an over-eager cleanup and says why', async () => {
    const sieve = await api();
    const restore = await setSetting('cleanOnSave', 'boilerplate');
    try {
      const editor = await openFixture('save-budget.txt');
      const document = editor.document;
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Bakery closes early\n\n'));
      const edited = document.getText();
      const blocked = until('budget report', () => sieve.lastBudgetBlock()?.uri.toString() === document.uri.toString() && sieve.lastBudgetBlock(), [sieve.onDidBlockCleanup]);
      assert.strictEqual(await document.save(), true);
      const report = await blocked;
      assert.ok(report.percent > 40, `would remove ${report.percent}%`);
      assert.strictEqual(document.getText(), edited, 'nothing removed');
      if (EXPECTED_ENTRY === 'node') assert.strictEqual(await readFixture('save-budget.txt'), edited);
    } finally {
      await restore();
    }
  });

  test('a higher budget lets the same cleanup through', async () => {
    const restoreBudget = await setSetting('maxRemovalPercent', 100);
    const restore = await setSetting('cleanOnSave', 'boilerplate');
    try {
      const editor = await openFixture('save-budget.txt');
      const document = editor.document;
      // (The previous test saved its edit: the title line may be there already.)
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Bakery closes early\n\n'));
      assert.strictEqual(await document.save(), true);
      assert.match(document.getText(), /^(Bakery closes early\n\n)+The bakery on Pine Street closed early on Friday\.\n$/);
    } finally {
      await restore();
      await restoreBudget();
    }
  });

  test('auto-save does not clean unless articleSieve.cleanOnAutoSave', async () => {
    const restore = await setSetting('cleanOnSave', 'boilerplate');
    const restoreAuto = await setSetting('autoSave', 'afterDelay', vscode.ConfigurationTarget.Global, 'files');
    const restoreDelay = await setSetting('autoSaveDelay', 100, vscode.ConfigurationTarget.Global, 'files');
    try {
      const editor = await openFixture('save-auto.txt');
      const document = editor.document;
      const saved = until('auto-save', () => !document.isDirty && document.getText().includes('Shift'), [vscode.workspace.onDidSaveTextDocument]);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Shift '));
      await saved;
      assert.ok(document.getText().includes('Share on Facebook'), 'auto-save kept the boilerplate');

      const restoreOnAuto = await setSetting('cleanOnAutoSave', true);
      try {
        const cleaned = until('auto-save with cleanup', () => !document.isDirty && !document.getText().includes('Share on Facebook') && document, [vscode.workspace.onDidSaveTextDocument]);
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Night '));
        await cleaned;
      } finally {
        await restoreOnAuto();
      }
    } finally {
      await restoreDelay();
      await restoreAuto();
      await restore();
    }
  });
});
