/** Hover on a finding: kind, category, reason, confidence and the actions available (command links). */
import * as vscode from './vscode-api';
import type { Finding } from '../engine';
import type { Analyzer } from './analysis';
import { findingRange } from './convert';
import { docsUri } from './diagnostics';
import { ID, SOURCE } from './host';
import { kindLabel } from './labels';

const commandLink = (command: string, args: unknown[]) => `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly analyzer: Analyzer, private readonly docsBase: vscode.Uri) {}

  // Describe the findings under the cursor
  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.analyzer.current(document);
    if (!analysis) return undefined;
    const hits = analysis.result.findings.filter((f) => findingRange(document, f).contains(position));
    if (!hits.length) return undefined;
    const md = new vscode.MarkdownString('', true);
    md.isTrusted = { enabledCommands: [`${ID}.removeFinding`, `${ID}.keepLine`, `${ID}.extractQuotes`, `${ID}.extractCaptions`] };
    hits.forEach((f, i) => {
      if (i) md.appendMarkdown('\n\n---\n\n');
      this.describe(md, document, f);
    });
    return new vscode.Hover(md, hits.map((f) => findingRange(document, f)).reduce((a, b) => a.union(b)));
  }

  // Append one finding's description and action links
  private describe(md: vscode.MarkdownString, document: vscode.TextDocument, f: Finding): void {
    md.appendMarkdown(`**${SOURCE}** · ${kindLabel(f.kind)} · [\`${f.category}\`](${docsUri(this.docsBase, f).toString()})\n\n`);
    md.appendText(f.reason);
    md.appendMarkdown('\n\n');
    const facts = [vscode.l10n.t('Confidence: {0}%', Math.round(f.confidence * 100))];
    if (f.kind === 'quote') facts.push(f.speaker ? vscode.l10n.t('Speaker: {0}', f.speaker) : vscode.l10n.t('Speaker: unknown'));
    md.appendText(facts.join(' · '));
    md.appendMarkdown('\n\n');
    const uri = document.uri.toString();
    const links = f.kind === 'quote'
      ? [`[${vscode.l10n.t('Extract quotes')}](${commandLink(`${ID}.extractQuotes`, [uri])})`]
      : [
          `[${f.kind === 'caption' ? vscode.l10n.t('Remove caption line') : vscode.l10n.t('Remove boilerplate line')}](${commandLink(`${ID}.removeFinding`, [uri, f.offsets.start, document.version])})`,
          `[${vscode.l10n.t('Keep this line')}](${commandLink(`${ID}.keepLine`, [uri, f.range.start.line])})`,
        ];
    md.appendMarkdown(links.join(' · '));
  }
}
