/**
 * "Clean Articles in Workspace": strips boilerplate and captions from every file matching
 * `articleSieve.include` (minus `articleSieve.exclude`), one undoable edit per file, with a cancellable
 * progress notification and a summary. Binary, non-UTF-8 and too-large files, and files whose cleanup would
 * exceed the removal budget, are left alone and counted.
 */
import * as vscode from './vscode-api';
import { engine } from './engine';
import { looksBinary, type Analyzer } from './analysis';
import { overBudget, planCleanup } from './cleanup';
import { toTextEdits } from './convert';
import { readSettings } from './settings';

export interface WorkspaceCleanSummary {
  readonly files: number;
  readonly cleaned: string[];
  readonly unchanged: number;
  readonly overBudget: string[];
  readonly skipped: string[];
  readonly linesRemoved: number;
  readonly cancelled: boolean;
}

// List the files the command may touch: include globs minus exclude globs, per workspace folder
async function candidates(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const settings = readSettings();
  const exclude = settings.exclude.length ? `{${settings.exclude.join(',')}}` : undefined;
  const seen = new Map<string, vscode.Uri>();
  for (const glob of settings.include) {
    for (const uri of await vscode.workspace.findFiles(glob, exclude, undefined, token)) seen.set(uri.toString(), uri);
  }
  return [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

// Read a file as text, or undefined when it is binary, not UTF-8 or above the size limit
async function readText(uri: vscode.Uri, maxBytes: number): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText().length > maxBytes || looksBinary(open.getText()) ? undefined : open.getText();
  const stat = await vscode.workspace.fs.stat(uri);
  if (stat.size > maxBytes) return undefined;
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.subarray(0, 65_536).includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// Clean every matching file; returns what happened (also shown as a message)
export async function cleanWorkspace(analyzer: Analyzer): Promise<WorkspaceCleanSummary | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder first: Article Sieve cleans the articles in the workspace.'));
    return undefined;
  }
  const summary = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: vscode.l10n.t('Article Sieve: cleaning articles'),
    cancellable: true,
  }, async (progress, token) => {
    const files = await candidates(token);
    const result = { files: files.length, cleaned: [] as string[], unchanged: 0, overBudget: [] as string[], skipped: [] as string[], linesRemoved: 0, cancelled: false };
    for (const [i, uri] of files.entries()) {
      if (token.isCancellationRequested) {
        result.cancelled = true;
        break;
      }
      const name = vscode.workspace.asRelativePath(uri);
      progress.report({ message: vscode.l10n.t('{0} of {1} files: {2}', i + 1, files.length, name), increment: 100 / files.length });
      const settings = readSettings(uri);
      const text = await readText(uri, settings.maxFileSizeBytes);
      if (text === undefined) {
        result.skipped.push(name);
        continue;
      }
      const plan = planCleanup(text, engine().analyze(text, settings.engine).findings, ['boilerplate', 'caption']);
      if (!plan.edits.length) {
        result.unchanged++;
        continue;
      }
      if (overBudget(plan, settings.maxRemovalPercent)) {
        result.overBudget.push(name);
        continue;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      if (document.getText() !== text) {
        result.skipped.push(name); // changed while we looked at it
        continue;
      }
      const wasDirty = document.isDirty;
      const edit = new vscode.WorkspaceEdit();
      edit.set(uri, toTextEdits(document, plan.edits));
      if (!(await vscode.workspace.applyEdit(edit))) {
        result.skipped.push(name);
        continue;
      }
      if (!wasDirty) await document.save();
      analyzer.clear(uri);
      result.cleaned.push(name);
      result.linesRemoved += plan.removedLines;
    }
    return result;
  });
  const parts = [vscode.l10n.t('Cleaned {0} of {1} file(s), {2} line(s) removed.', summary.cleaned.length, summary.files, summary.linesRemoved)];
  if (summary.overBudget.length) parts.push(vscode.l10n.t('Left alone, over the removal budget: {0}.', summary.overBudget.join(', ')));
  if (summary.skipped.length) parts.push(vscode.l10n.t('Skipped (binary, not UTF-8 or too large): {0}.', summary.skipped.join(', ')));
  if (summary.cancelled) parts.push(vscode.l10n.t('Cancelled.'));
  void vscode.window.showInformationMessage(parts.join(' '));
  return summary;
}
