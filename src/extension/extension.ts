/**
 * Article Sieve for VS Code: wiring only. The engine (../engine) finds boilerplate, captions and quotes;
 * the modules here turn its findings into diagnostics, decorations, hovers, code actions, commands, a status
 * bar item and clean-on-save. The same bundle logic runs in the desktop (`main`) and web (`browser`) hosts.
 */
import * as vscode from './vscode-api';
import { Analyzer, type Analysis, type AnalysisEvent } from './analysis';
import { CodeActions } from './codeActions';
import { BudgetReporter, registerCleanOnSave, type BudgetBlock } from './cleanOnSave';
import { registerCommands } from './commands';
import { Decorations, type AppliedDecorations } from './decorations';
import { Diagnostics } from './diagnostics';
import { HoverProvider } from './hover';
import { activationTimes, cpuMark, ENTRY, ID, type ActivationTimes } from './host';
import { cleanupKinds, readSettings } from './settings';
import { StatusBar } from './statusBar';

/** Returned by activate() for the integration tests only (`extension.exports`); not a stable API. */
export interface ArticleSieveTestApi {
  /** Which host loaded the bundle: `node` (desktop, `main`) or `browser` (web, `browser`). */
  readonly entry: 'node' | 'browser';
  /** Where activation time went, from the bundle's first statement to the end of activate(). */
  readonly activation: ActivationTimes | undefined;
  /** The published analysis of a document (any version), if any. */
  analysis(uri: vscode.Uri): Analysis | undefined;
  /** Decorations last applied to the document's editors. */
  decorations(uri: vscode.Uri): AppliedDecorations | undefined;
  /** Fires after a document was analysed or cleared. */
  readonly onDidAnalyze: vscode.Event<AnalysisEvent>;
  /** Fires after decorations were applied to a document's editors. */
  readonly onDidDecorate: vscode.Event<vscode.Uri>;
  /** Highlighting on (Toggle Highlighting)? */
  readonly highlighting: boolean;
  /** The status bar item's text. */
  statusText(): string | undefined;
  /** Fires when the removal budget blocked a cleanup; `lastBudgetBlock` is the latest. */
  readonly onDidBlockCleanup: vscode.Event<BudgetBlock>;
  lastBudgetBlock(): BudgetBlock | undefined;
}

const LANGUAGE_OVERRIDES = 'languageOverrides';

export function activate(context: vscode.ExtensionContext): ArticleSieveTestApi {
  const activateStart = globalThis.performance?.now();
  const cpuStart = cpuMark();
  const overrides = new Map(Object.entries(context.workspaceState.get<Record<string, string>>(LANGUAGE_OVERRIDES, {})));
  const analyzer = new Analyzer((uri) => overrides.get(uri.toString()));
  const homepage = (context.extension.packageJSON as { homepage?: string }).homepage;
  const docsBase = homepage ? vscode.Uri.parse(homepage) : vscode.Uri.joinPath(context.extensionUri, 'README.md');
  const diagnostics = new Diagnostics(docsBase);
  const initial = readSettings();
  const decorations = new Decorations(initial.decorations.enabled, initial.decorations.strikeThrough);
  const statusBar = new StatusBar(analyzer);
  const budget = new BudgetReporter(analyzer);
  const warnedLarge = new Set<string>();
  context.subscriptions.push(analyzer, diagnostics, decorations, statusBar, budget);
  void vscode.commands.executeCommand('setContext', `${ID}.highlighting`, decorations.enabled);

  const editorsOf = (uri: vscode.Uri) => vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString());
  const isVisible = (document: vscode.TextDocument) => vscode.window.visibleTextEditors.some((e) => e.document === document);

  // Publish an analysis (or its absence) everywhere it shows
  context.subscriptions.push(analyzer.onDidChange((event) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === event.uri.toString());
    if (event.analysis && document && document.version === event.analysis.version) diagnostics.publish(document, event.analysis);
    else diagnostics.delete(event.uri);
    for (const editor of editorsOf(event.uri)) decorations.apply(editor, event.analysis);
    statusBar.update();
    if (event.skip === 'tooLarge' && document && !warnedLarge.has(event.uri.toString())) {
      warnedLarge.add(event.uri.toString());
      const now = vscode.l10n.t('Analyse now');
      void vscode.window.showInformationMessage(
        vscode.l10n.t('{0} is larger than {1} MB, so Article Sieve analyses it only on command.', vscode.workspace.asRelativePath(document.uri), Math.round(readSettings(document).maxFileSizeBytes / 1024 / 1024)),
        now,
      ).then((choice) => choice === now && vscode.commands.executeCommand(`${ID}.analyze`, document.uri.toString()));
    }
  }));

  // Analyse what is visible; documents that are open but hidden keep no findings
  const refreshVisible = () => {
    for (const editor of vscode.window.visibleTextEditors) {
      const current = analyzer.current(editor.document);
      if (current) decorations.apply(editor, current);
      else analyzer.schedule(editor.document, 0);
    }
    statusBar.update();
  };
  const refreshAll = () => {
    analyzer.invalidateAll();
    for (const document of vscode.workspace.textDocuments) if (!isVisible(document)) analyzer.clear(document.uri);
    refreshVisible();
  };

  // Providers follow the languages setting
  let providers: vscode.Disposable[] = [];
  const registerProviders = (languages = readSettings().languages) => {
    providers.forEach((p) => p.dispose());
    void vscode.commands.executeCommand('setContext', `${ID}.languageIds`, languages);
    const selector = languages.map((language) => ({ language }));
    providers = [
      vscode.languages.registerCodeActionsProvider(selector, new CodeActions(analyzer, (document, percent) => {
        const settings = readSettings(document);
        void budget.report(document, percent, settings.maxRemovalPercent, cleanupKinds(settings.cleanOnSave));
      }), CodeActions.metadata),
      vscode.languages.registerHoverProvider(selector, new HoverProvider(analyzer, docsBase)),
    ];
  };
  // The settings read above serve here too: each read of the configuration costs about a millisecond.
  registerProviders(initial.languages);
  context.subscriptions.push({ dispose: () => providers.forEach((p) => p.dispose()) });

  context.subscriptions.push(
    vscode.window.onDidChangeVisibleTextEditors(refreshVisible),
    vscode.window.onDidChangeActiveTextEditor(() => statusBar.update()),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (!event.contentChanges.length) return;
      if (isVisible(event.document)) analyzer.schedule(event.document);
      else analyzer.clear(event.document.uri);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      analyzer.clear(document.uri);
      decorations.forget(document.uri);
      warnedLarge.delete(document.uri.toString());
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(ID)) return;
      const settings = readSettings();
      decorations.setStrikeThrough(settings.decorations.strikeThrough);
      if (event.affectsConfiguration(`${ID}.decorations.enabled`)) setHighlighting(settings.decorations.enabled);
      if (event.affectsConfiguration(`${ID}.languages`)) registerProviders();
      refreshAll();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(refreshAll),
    registerCleanOnSave(analyzer, budget),
  );

  // Highlighting on/off for this window
  const setHighlighting = (on: boolean) => {
    decorations.enabled = on;
    void vscode.commands.executeCommand('setContext', `${ID}.highlighting`, on);
    for (const editor of vscode.window.visibleTextEditors) decorations.apply(editor, analyzer.current(editor.document));
  };

  context.subscriptions.push(...registerCommands({
    analyzer,
    toggleHighlighting: () => {
      setHighlighting(!decorations.enabled);
      return decorations.enabled;
    },
    languageOverride: (uri) => overrides.get(uri.toString()),
    setLanguageOverride: async (uri, language) => {
      if (language) overrides.set(uri.toString(), language);
      else overrides.delete(uri.toString());
      await context.workspaceState.update(LANGUAGE_OVERRIDES, Object.fromEntries(overrides));
      analyzer.clear(uri);
      refreshVisible();
    },
  }));

  refreshVisible();

  const activation = activationTimes(activateStart, cpuStart);
  return {
    entry: ENTRY,
    activation,
    analysis: (uri) => analyzer.all.get(uri.toString()),
    decorations: (uri) => decorations.appliedTo(uri),
    onDidAnalyze: analyzer.onDidChange,
    onDidDecorate: decorations.onDidApply,
    get highlighting() {
      return decorations.enabled;
    },
    statusText: () => statusBar.text,
    onDidBlockCleanup: budget.onDidBlock,
    lastBudgetBlock: () => budget.last,
  };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
