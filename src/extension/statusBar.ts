/** Status bar item: counts for the active document; a click lists the findings. */
import * as vscode from './vscode-api';
import type { Analyzer } from './analysis';
import { ID, SOURCE } from './host';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(`${ID}.status`, vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly analyzer: Analyzer) {
    this.item.name = SOURCE;
  }

  /** The item's current text (for the test accessor). */
  get text(): string | undefined {
    return this.item.text;
  }

  // Show the active document's counts, or a hint why it is not analysed, or nothing
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return this.item.hide();
    const analysis = this.analyzer.current(document);
    const skip = this.analyzer.skipReason(document.uri);
    if (analysis) {
      const count = { boilerplate: 0, caption: 0, quote: 0 };
      for (const f of analysis.result.findings) count[f.kind]++;
      const lang = analysis.result.language === 'und' ? '' : `${analysis.result.language} · `;
      this.item.text = `$(list-filter) ${lang}${count.boilerplate} · ${count.caption} · ${count.quote}`;
      this.item.tooltip = vscode.l10n.t('Article Sieve: {0} boilerplate, {1} caption(s), {2} quote(s). Click to list them.', count.boilerplate, count.caption, count.quote);
      this.item.command = `${ID}.showFindings`;
      this.item.backgroundColor = undefined;
      this.item.show();
    } else if (skip === 'tooLarge') {
      this.item.text = `$(list-filter) $(warning)`;
      this.item.tooltip = vscode.l10n.t('Article Sieve: this document is above articleSieve.maxFileSizeMB and is analysed only on command. Click to analyse it now.');
      this.item.command = `${ID}.analyze`;
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}
