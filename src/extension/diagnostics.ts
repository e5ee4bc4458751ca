/** Publishes findings to the Problems panel: source "Article Sieve", code = category linked to the docs. */
import * as vscode from './vscode-api';
import type { Finding } from '../engine';
import type { Analysis } from './analysis';
import { findingRange } from './convert';
import { ID, SOURCE } from './host';

/** Where a category is documented: the README section `#<kind>-<category>` (see README "What it finds"). */
export function docsUri(docsBase: vscode.Uri, finding: Pick<Finding, 'kind' | 'category'>): vscode.Uri {
  return docsBase.with({ fragment: `${finding.kind}-${finding.category}` });
}

export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(ID);
  constructor(private readonly docsBase: vscode.Uri) {}

  // Publish one analysis; the caller made sure it belongs to the document's current version
  publish(document: vscode.TextDocument, analysis: Analysis): void {
    const out: vscode.Diagnostic[] = [];
    for (const f of analysis.result.findings) {
      const severity = analysis.settings.severity[f.kind];
      if (severity === undefined) continue;
      const speaker = f.kind === 'quote' && f.speaker ? ` — ${f.speaker}` : '';
      const d = new vscode.Diagnostic(findingRange(document, f), `${f.reason}${speaker}`, severity);
      d.source = SOURCE;
      d.code = { value: f.category, target: docsUri(this.docsBase, f) };
      out.push(d);
    }
    this.collection.set(document.uri, out);
  }

  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
