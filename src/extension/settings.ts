/**
 * `articleSieve.*` settings, read per document (resource scope), resolved once per read.
 * In an untrusted workspace the pattern settings come from user settings only (see `restricted`).
 */
import * as vscode from './vscode-api';
import type { ExtractFormat, FindingKind, Options } from '../engine';
import { ID } from './host';

export type CleanOnSave = 'off' | 'boilerplate' | 'boilerplateAndCaptions';
export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface EditorSettings {
  /** Language ids analysed. */
  readonly languages: readonly string[];
  /** Globs of files never analysed or cleaned. */
  readonly exclude: readonly string[];
  /** Globs of files "Clean Articles in Workspace" may change. */
  readonly include: readonly string[];
  readonly severity: Readonly<Record<FindingKind, vscode.DiagnosticSeverity | undefined>>;
  readonly decorations: { readonly enabled: boolean; readonly strikeThrough: boolean; readonly showSpeaker: boolean };
  readonly cleanOnSave: CleanOnSave;
  readonly cleanOnAutoSave: boolean;
  readonly maxRemovalPercent: number;
  readonly maxFileSizeBytes: number;
  readonly debounceMs: number;
  readonly extractFormat: ExtractFormat;
  /** Options for the engine (`analyze`). */
  readonly engine: Options;
}

/** Settings whose workspace values are ignored in untrusted workspaces (package.json `restrictedConfigurations`). */
export const RESTRICTED = ['boilerplatePatterns', 'keepPatterns'] as const;

const SEVERITIES: Readonly<Record<SeverityName, vscode.DiagnosticSeverity | undefined>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
  off: undefined,
};

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const clamp = (value: unknown, min: number, max: number, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;

// Read a restricted setting: user (global) and default values only, unless the workspace is trusted
function restricted(config: vscode.WorkspaceConfiguration, key: string): string[] {
  if (vscode.workspace.isTrusted) return stringList(config.get(key));
  const inspected = config.inspect<string[]>(key);
  return stringList(inspected?.globalValue ?? inspected?.defaultValue);
}

// Read every setting for one document (or the window when there is none)
export function readSettings(scope?: vscode.ConfigurationScope): EditorSettings {
  const c = vscode.workspace.getConfiguration(ID, scope);
  const severity = (kind: FindingKind, fallback: SeverityName) => {
    const name = c.get<string>(`severity.${kind}`, fallback);
    return Object.hasOwn(SEVERITIES, name) ? SEVERITIES[name as SeverityName] : SEVERITIES[fallback];
  };
  const format = c.get<string>('extractFormat', 'md');
  const cleanOnSave = c.get<string>('cleanOnSave', 'off');
  const language = c.get<string>('language', 'auto');
  return {
    languages: stringList(c.get('languages', ['plaintext', 'markdown', 'article'])),
    exclude: stringList(c.get('exclude', [])),
    include: stringList(c.get('include', [])),
    severity: { boilerplate: severity('boilerplate', 'information'), caption: severity('caption', 'information'), quote: severity('quote', 'off') },
    decorations: {
      enabled: c.get<boolean>('decorations.enabled', true) !== false,
      strikeThrough: c.get<boolean>('decorations.strikeThrough', false) === true,
      showSpeaker: c.get<boolean>('decorations.showSpeaker', true) !== false,
    },
    cleanOnSave: cleanOnSave === 'boilerplate' || cleanOnSave === 'boilerplateAndCaptions' ? cleanOnSave : 'off',
    cleanOnAutoSave: c.get<boolean>('cleanOnAutoSave', false) === true,
    maxRemovalPercent: clamp(c.get('maxRemovalPercent'), 0, 100, 40),
    maxFileSizeBytes: clamp(c.get('maxFileSizeMB'), 0, 1024, 5) * 1024 * 1024,
    debounceMs: clamp(c.get('debounceMs'), 0, 10_000, 500),
    extractFormat: format === 'json' || format === 'csv' ? format : 'md',
    engine: {
      minConfidence: clamp(c.get('minConfidence'), 0, 1, 0.5),
      language: language && language !== 'auto' ? language : 'auto',
      disabledCategories: stringList(c.get('disabledCategories', [])),
      boilerplatePatterns: restricted(c, 'boilerplatePatterns'),
      keepPatterns: restricted(c, 'keepPatterns'),
      keepLines: stringList(c.get('keepLines', [])),
    },
  };
}

/** Kinds a cleanup removes for a `cleanOnSave` value (`off` → boilerplate, used by fix-all). */
export function cleanupKinds(mode: CleanOnSave): FindingKind[] {
  return mode === 'boilerplateAndCaptions' ? ['boilerplate', 'caption'] : ['boilerplate'];
}
