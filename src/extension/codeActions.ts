/**
 * Quick fixes per finding (remove this line or block, remove all boilerplate or captions, keep this line),
 * `source.fixAll.articleSieve` for `editor.codeActionsOnSave`, and "extract quotes" for the selection.
 * Every edit comes from `planCleanup` (the engine's `stripFindings`).
 */
import * as vscode from './vscode-api';
import type { Finding, FindingKind } from '../engine';
import type { Analyzer } from './analysis';
import { blockAround, overBudget, planCleanup } from './cleanup';
import { findingRange, toWorkspaceEdit } from './convert';
import { ID } from './host';
import { cleanupKinds } from './settings';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(ID);
export const EXTRACT_KIND = vscode.CodeActionKind.RefactorExtract.append(ID);

const ellipsis = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export class CodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND, EXTRACT_KIND],
  };

  constructor(private readonly analyzer: Analyzer, private readonly onBudgetExceeded: (document: vscode.TextDocument, percent: number) => void) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) return this.fixAll(document);
    const analysis = this.analyzer.current(document);
    if (!analysis) return [];
    const findings = analysis.result.findings;
    const text = document.getText();
    const touching = findings.filter((f) => findingRange(document, f).intersection(range) !== undefined
      || (f.kind !== 'quote' && f.range.start.line <= range.end.line && f.range.end.line >= range.start.line));
    const actions: vscode.CodeAction[] = [];
    const wants = (kind: vscode.CodeActionKind) => !context.only || context.only.contains(kind) || kind.contains(context.only);

    if (wants(vscode.CodeActionKind.QuickFix)) {
      const removable = touching.filter((f) => f.kind !== 'quote');
      for (const f of removable) {
        const diagnostics = context.diagnostics.filter((d) => d.range.intersection(findingRange(document, f)));
        const one = this.removal(document, text, [f], f.kind === 'caption'
          ? vscode.l10n.t('Remove caption line “{0}”', ellipsis(f.text.trim()))
          : vscode.l10n.t('Remove boilerplate line “{0}”', ellipsis(f.text.trim())), diagnostics);
        one.isPreferred = true;
        actions.push(one);
        const block = blockAround(text, findings, f);
        if (block.length > 1) actions.push(this.removal(document, text, block, vscode.l10n.t('Remove this block ({0} lines)', block.length), diagnostics));
      }
      if (removable.length) {
        for (const kind of ['boilerplate', 'caption'] as const) {
          const all = findings.filter((f) => f.kind === kind);
          if (!all.length) continue;
          actions.push(this.removal(document, text, all, kind === 'boilerplate'
            ? vscode.l10n.t('Remove all boilerplate in this document ({0})', all.length)
            : vscode.l10n.t('Remove all captions in this document ({0})', all.length), []));
        }
        for (const f of removable) {
          const keep = new vscode.CodeAction(vscode.l10n.t('Keep this line (never flag it in this workspace)'), vscode.CodeActionKind.QuickFix);
          keep.command = { command: `${ID}.keepLine`, title: keep.title, arguments: [document.uri.toString(), f.range.start.line] };
          keep.diagnostics = context.diagnostics.filter((d) => d.range.intersection(findingRange(document, f)));
          actions.push(keep);
        }
      }
    }
    const quotes = touching.filter((f) => f.kind === 'quote');
    if (quotes.length && (wants(EXTRACT_KIND) || wants(vscode.CodeActionKind.QuickFix))) {
      const extract = new vscode.CodeAction(vscode.l10n.t('Extract {0} quote(s) to a new document', quotes.length),
        context.only && !context.only.contains(EXTRACT_KIND) ? vscode.CodeActionKind.QuickFix : EXTRACT_KIND);
      const selection = new vscode.Range(findingRange(document, quotes[0]!).start, findingRange(document, quotes[quotes.length - 1]!).end);
      extract.command = { command: `${ID}.extractQuotes`, title: extract.title, arguments: [document.uri.toString(), [selection.start.line, selection.start.character, selection.end.line, selection.end.character]] };
      actions.push(extract);
    }
    return actions;
  }

  // Make a quick fix that removes the lines of `findings`
  private removal(document: vscode.TextDocument, text: string, findings: readonly Finding[], title: string, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
    const plan = planCleanup(text, findings, ['boilerplate', 'caption']);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, plan.edits);
    if (diagnostics.length) action.diagnostics = diagnostics;
    return action;
  }

  // Fix all: the kinds clean-on-save removes (boilerplate, plus captions with boilerplateAndCaptions), within budget
  private fixAll(document: vscode.TextDocument): vscode.CodeAction[] {
    const analysis = this.analyzer.run(document, false);
    if (!analysis) return [];
    const kinds: FindingKind[] = cleanupKinds(analysis.settings.cleanOnSave);
    const plan = planCleanup(document.getText(), analysis.result.findings, kinds);
    if (!plan.edits.length) return [];
    if (overBudget(plan, analysis.settings.maxRemovalPercent)) {
      this.onBudgetExceeded(document, plan.percent);
      return [];
    }
    const action = new vscode.CodeAction(kinds.includes('caption') ? vscode.l10n.t('Article Sieve: remove all boilerplate and captions') : vscode.l10n.t('Article Sieve: remove all boilerplate'), FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(document, plan.edits);
    return [action];
  }
}
