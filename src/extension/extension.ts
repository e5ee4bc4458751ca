import * as vscode from 'vscode';
import { analyze } from '../engine';

/** Diagnostics only, until the editor layer lands (issue 3). */
export function activate(context: vscode.ExtensionContext): void {
  const collection = vscode.languages.createDiagnosticCollection('article-sieve');
  context.subscriptions.push(collection);
  const refresh = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'plaintext' && doc.languageId !== 'markdown') return;
    const result = analyze(doc.getText(), { kinds: ['boilerplate', 'caption'] });
    collection.set(doc.uri, result.findings.map((f) => {
      const d = new vscode.Diagnostic(
        new vscode.Range(f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character),
        f.reason, vscode.DiagnosticSeverity.Information);
      d.source = 'Article Sieve';
      d.code = `${f.kind}/${f.category}`;
      return d;
    }));
  };
  vscode.workspace.textDocuments.forEach(refresh);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(refresh), vscode.workspace.onDidChangeTextDocument((e) => refresh(e.document)));
}

export function deactivate(): void {}
