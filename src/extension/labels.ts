/** Localised names of the finding kinds. */
import * as vscode from './vscode-api';
import type { FindingKind } from '../engine';

export function kindLabel(kind: FindingKind): string {
  switch (kind) {
    case 'boilerplate': return vscode.l10n.t('boilerplate');
    case 'caption': return vscode.l10n.t('caption');
    case 'quote': return vscode.l10n.t('quote');
  }
}
