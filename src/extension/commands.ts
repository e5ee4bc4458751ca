/** Palette commands (category "Article Sieve") and the internal commands behind hovers and quick fixes. */
import * as vscode from './vscode-api';
import type { FindingKind } from '../engine';
import { engine } from './engine';
import type { Analysis, Analyzer } from './analysis';
import { planCleanup } from './cleanup';
import { findingRange, toTextEdits } from './convert';
import { ID } from './host';
import { keepLine } from './keepList';
import { kindLabel } from './labels';
import { cleanWorkspace } from './workspaceClean';

/** What the commands need from the rest of the extension. */
export interface CommandContext {
  readonly analyzer: Analyzer;
  readonly toggleHighlighting: () => boolean;
  readonly setLanguageOverride: (uri: vscode.Uri, language: string | undefined) => Thenable<void>;
  readonly languageOverride: (uri: vscode.Uri) => string | undefined;
}

type UriArg = string | vscode.Uri | undefined;

// Find the document a command is about: the argument's, else the active editor's
function targetDocument(arg: UriArg): vscode.TextDocument | undefined {
  if (arg) {
    const uri = typeof arg === 'string' ? arg : arg.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (doc) return doc;
  }
  return vscode.window.activeTextEditor?.document;
}

// Analyse a document for a command, telling the user when it cannot be
function analyseForCommand(ctx: CommandContext, document: vscode.TextDocument | undefined): Analysis | undefined {
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open an article first.'));
    return undefined;
  }
  const analysis = ctx.analyzer.run(document, true);
  if (!analysis) {
    const skip = ctx.analyzer.check(document);
    const message = skip === 'binary'
      ? vscode.l10n.t('{0} looks like a binary file; Article Sieve leaves it alone.', vscode.workspace.asRelativePath(document.uri))
      : skip === 'excluded'
        ? vscode.l10n.t('{0} is excluded by the setting articleSieve.exclude.', vscode.workspace.asRelativePath(document.uri))
        : vscode.l10n.t('Article Sieve does not analyse {0} documents. Add the language id to articleSieve.languages to include them.', document.languageId);
    void vscode.window.showInformationMessage(message);
  }
  return analysis;
}

// Remove findings of some kinds from a document in one undoable edit; returns the number of lines removed
async function strip(ctx: CommandContext, arg: UriArg, kinds: FindingKind[]): Promise<number> {
  const document = targetDocument(arg);
  const analysis = analyseForCommand(ctx, document);
  if (!document || !analysis) return 0;
  const plan = planCleanup(document.getText(), analysis.result.findings, kinds);
  if (!plan.edits.length) {
    vscode.window.setStatusBarMessage(vscode.l10n.t('Article Sieve: nothing to remove'), 4000);
    return 0;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, toTextEdits(document, plan.edits));
  if (!(await vscode.workspace.applyEdit(edit))) return 0;
  vscode.window.setStatusBarMessage(vscode.l10n.t('Article Sieve: removed {0} line(s)', plan.removedLines), 4000);
  return plan.removedLines;
}

// Open the quotes or captions (of the whole document or a range) in a new untitled document
async function extract(ctx: CommandContext, arg: UriArg, range: [number, number, number, number] | undefined, kind: 'quote' | 'caption'): Promise<vscode.TextDocument | undefined> {
  const document = targetDocument(arg);
  const analysis = analyseForCommand(ctx, document);
  if (!document || !analysis) return undefined;
  let findings = analysis.result.findings;
  const editor = vscode.window.activeTextEditor;
  const selection = range
    ? new vscode.Range(range[0], range[1], range[2], range[3])
    : editor && editor.document === document && !editor.selection.isEmpty ? editor.selection : undefined;
  if (selection) findings = findings.filter((f) => findingRange(document, f).intersection(selection) !== undefined);
  const format = analysis.settings.extractFormat;
  const name = document.uri.path.split('/').pop() || document.uri.toString();
  const { extractItems, formatItems } = engine();
  const content = formatItems(extractItems(findings, kind), format, name);
  const languages = await vscode.languages.getLanguages();
  const language = format === 'md' ? 'markdown' : format === 'json' ? 'json' : languages.includes('csv') ? 'csv' : 'plaintext';
  const out = await vscode.workspace.openTextDocument({ language, content });
  await vscode.window.showTextDocument(out, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return out;
}

const KIND_ICON: Record<FindingKind, string> = { boilerplate: '$(trash)', caption: '$(file-media)', quote: '$(quote)' };

// List the findings in a quick pick; picking one selects it in the editor
async function showFindings(ctx: CommandContext, arg: UriArg): Promise<void> {
  const document = targetDocument(arg);
  const analysis = analyseForCommand(ctx, document);
  if (!document || !analysis) return;
  const findings = analysis.result.findings;
  if (!findings.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Article Sieve found nothing in this document.'));
    return;
  }
  type Item = vscode.QuickPickItem & { range: vscode.Range };
  const items: Item[] = findings.map((f) => ({
    label: `${KIND_ICON[f.kind]} ${f.text.trim().slice(0, 80) || f.category}`,
    description: `${vscode.l10n.t('line {0}', f.range.start.line + 1)} · ${kindLabel(f.kind)} · ${f.category}${f.speaker ? ` · ${f.speaker}` : ''}`,
    detail: f.reason,
    range: findingRange(document, f),
  }));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false });
  const reveal = (item: Item | undefined) => {
    if (!item || document.version !== analysis.version) return;
    editor.selection = new vscode.Selection(item.range.start, item.range.end);
    editor.revealRange(item.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Article Sieve: {0} finding(s) in {1}', findings.length, vscode.workspace.asRelativePath(document.uri)),
    matchOnDescription: true,
    matchOnDetail: true,
    onDidSelectItem: (item) => reveal(item as Item),
  });
  if (picked) {
    reveal(picked);
    await vscode.window.showTextDocument(document, { selection: picked.range, preview: false });
  }
}

// Pick the natural language of the active article (or pass it: 'auto' or an ISO 639-1 code)
async function setLanguage(ctx: CommandContext, code?: string): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return undefined;
  let choice = code;
  if (choice === undefined) {
    const detected = ctx.analyzer.current(document)?.result.language;
    const current = ctx.languageOverride(document.uri) ?? 'auto';
    const names = new Intl.DisplayNames([vscode.env.language, 'en'], { type: 'language' });
    const items = [
      { label: vscode.l10n.t('Detect automatically'), description: detected && detected !== 'und' ? vscode.l10n.t('detected: {0}', names.of(detected) ?? detected) : '', code: 'auto' },
      ...engine().LANGUAGE_PACKS.map((p) => ({ label: names.of(p.code) ?? p.code, description: p.code, code: p.code })),
    ].map((i) => ({ ...i, picked: i.code === current }));
    const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Language of this article'), placeHolder: vscode.l10n.t('Cue lists of this language are used for the document') });
    choice = picked?.code;
  }
  if (choice === undefined) return undefined;
  await ctx.setLanguageOverride(document.uri, choice === 'auto' ? undefined : choice);
  return choice;
}

// Register every command
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  const reg = (name: string, fn: (...args: any[]) => unknown) => vscode.commands.registerCommand(`${ID}.${name}`, fn);
  return [
    reg('stripBoilerplate', (uri?: UriArg) => strip(ctx, uri, ['boilerplate'])),
    reg('stripCaptions', (uri?: UriArg) => strip(ctx, uri, ['caption'])),
    reg('cleanArticle', (uri?: UriArg) => strip(ctx, uri, ['boilerplate', 'caption'])),
    reg('extractQuotes', (uri?: UriArg, range?: [number, number, number, number]) => extract(ctx, uri, range, 'quote')),
    reg('extractCaptions', (uri?: UriArg, range?: [number, number, number, number]) => extract(ctx, uri, range, 'caption')),
    reg('showFindings', (uri?: UriArg) => showFindings(ctx, uri)),
    reg('toggleHighlighting', () => ctx.toggleHighlighting()),
    reg('setLanguage', (code?: string) => setLanguage(ctx, typeof code === 'string' ? code : undefined)),
    reg('cleanWorkspace', () => cleanWorkspace(ctx.analyzer)),
    reg('analyze', (uri?: UriArg) => analyseForCommand(ctx, targetDocument(uri))?.result.findings.length),
    // Internal (hover links, quick fixes); hidden from the palette.
    reg('keepLine', async (uri?: UriArg, line?: number) => {
      const document = targetDocument(uri);
      if (!document) return undefined;
      const index = typeof line === 'number' ? line : vscode.window.activeTextEditor?.selection.active.line ?? 0;
      if (index >= document.lineCount) return undefined;
      const text = document.lineAt(index).text;
      const target = await keepLine(document, text);
      if (target !== undefined) vscode.window.setStatusBarMessage(vscode.l10n.t('Article Sieve will keep “{0}”', text.trim().slice(0, 60)), 4000);
      return target;
    }),
    reg('removeFinding', async (uri: UriArg, offset: number, version: number) => {
      const document = targetDocument(uri);
      const analysis = document && ctx.analyzer.current(document);
      if (!document || !analysis || document.version !== version) return false;
      const finding = analysis.result.findings.find((f) => f.offsets.start === offset && f.kind !== 'quote');
      if (!finding) return false;
      const edit = new vscode.WorkspaceEdit();
      edit.set(document.uri, toTextEdits(document, planCleanup(document.getText(), [finding], [finding.kind]).edits));
      return vscode.workspace.applyEdit(edit);
    }),
  ];
}
