/** The "keep this line" list: exact trimmed lines in `articleSieve.keepLines`, never flagged again. */
import * as vscode from './vscode-api';
import { ID } from './host';

// Add a line to the keep list of the document's workspace folder (or the workspace, or user settings)
export async function keepLine(document: vscode.TextDocument, text: string): Promise<vscode.ConfigurationTarget | undefined> {
  const line = text.trim();
  if (!line) return undefined;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const target = folder
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  const config = vscode.workspace.getConfiguration(ID, folder?.uri ?? document.uri);
  const inspected = config.inspect<string[]>('keepLines');
  const current = (target === vscode.ConfigurationTarget.WorkspaceFolder ? inspected?.workspaceFolderValue
    : target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.includes(line)) return target;
  await config.update('keepLines', [...current, line], target);
  return target;
}
