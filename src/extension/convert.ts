/**
 * Converts engine offsets (0-based UTF-16, end exclusive) to VS Code positions and edits, at the edge only.
 * Every conversion uses the document the findings were computed on: callers check `document.version` first.
 */
import * as vscode from './vscode-api';
import type { Edit, Finding, OffsetRange } from '../engine';

// Convert an offset range to a VS Code range
export function toRange(document: vscode.TextDocument, offsets: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(offsets.start), document.positionAt(offsets.end));
}

// Convert a finding's span to a VS Code range
export function findingRange(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return toRange(document, finding.offsets);
}

// Convert engine edits (deletions of whole lines) to text edits
export function toTextEdits(document: vscode.TextDocument, edits: readonly Edit[]): vscode.TextEdit[] {
  return edits.map((e) => vscode.TextEdit.replace(toRange(document, e), e.text));
}

// Convert engine edits to a workspace edit for one document
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly Edit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, toTextEdits(document, edits));
  return edit;
}

/** Does the finding's line span touch the range (a cursor anywhere on a flagged line counts)? */
export function findingTouches(finding: Finding, range: vscode.Range): boolean {
  return finding.range.start.line <= range.end.line && finding.range.end.line >= range.start.line
    && (finding.kind !== 'quote' || !(new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character).intersection(range) === undefined));
}
