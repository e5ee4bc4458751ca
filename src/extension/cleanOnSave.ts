/**
 * `articleSieve.cleanOnSave`: removes boilerplate (and captions) in `onWillSaveTextDocument`, so the save
 * writes the cleaned text and one undo restores everything. Skipped on auto-save unless
 * `articleSieve.cleanOnAutoSave`; blocked when it would remove more than `articleSieve.maxRemovalPercent`.
 */
import * as vscode from './vscode-api';
import type { FindingKind } from '../engine';
import type { Analyzer } from './analysis';
import { overBudget, planCleanup } from './cleanup';
import { toTextEdits } from './convert';
import { cleanupKinds } from './settings';

/** A cleanup the removal budget stopped. */
export interface BudgetBlock {
  readonly uri: vscode.Uri;
  readonly percent: number;
  readonly max: number;
}

/** Says why a cleanup was blocked; "Clean anyway" applies it as a normal (undoable) edit. */
export class BudgetReporter implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<BudgetBlock>();
  readonly onDidBlock = this.emitter.event;
  last: BudgetBlock | undefined;

  constructor(private readonly analyzer: Analyzer) {}

  // Report a blocked cleanup and offer to clean anyway
  async report(document: vscode.TextDocument, percent: number, max: number, kinds: readonly FindingKind[]): Promise<boolean> {
    this.last = { uri: document.uri, percent, max };
    this.emitter.fire(this.last);
    const anyway = vscode.l10n.t('Clean anyway');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Article Sieve did not clean {0}: it would remove {1}% of the text, more than articleSieve.maxRemovalPercent ({2}%).',
        vscode.workspace.asRelativePath(document.uri), Math.round(percent), max),
      anyway);
    if (choice !== anyway || document.isClosed) return false;
    const analysis = this.analyzer.run(document, true);
    if (!analysis) return false;
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, toTextEdits(document, planCleanup(document.getText(), analysis.result.findings, kinds).edits));
    return vscode.workspace.applyEdit(edit);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

// Register the onWillSave hook
export function registerCleanOnSave(analyzer: Analyzer, budget: BudgetReporter): vscode.Disposable {
  return vscode.workspace.onWillSaveTextDocument((event) => {
    const document = event.document;
    if (analyzer.check(document) !== undefined) return;
    const analysis = analyzer.run(document, false);
    if (!analysis) return;
    const { cleanOnSave, cleanOnAutoSave, maxRemovalPercent } = analysis.settings;
    if (cleanOnSave === 'off') return;
    if (event.reason === vscode.TextDocumentSaveReason.AfterDelay && !cleanOnAutoSave) return;
    const kinds = cleanupKinds(cleanOnSave);
    const plan = planCleanup(document.getText(), analysis.result.findings, kinds);
    if (!plan.edits.length) return;
    if (overBudget(plan, maxRemovalPercent)) {
      void budget.report(document, plan.percent, maxRemovalPercent, kinds);
      return;
    }
    event.waitUntil(Promise.resolve(toTextEdits(document, plan.edits)));
  });
}
