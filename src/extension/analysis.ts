/**
 * Runs the engine on documents: debounced after typing, visible documents only, never on binary or
 * too-large documents unless asked, and never publishing a result computed on an older version.
 */
import * as vscode from './vscode-api';
import type { AnalysisResult, AnalysisSession, Options } from '../engine';
import { engine } from './engine';
import { readSettings, type EditorSettings } from './settings';

/** One published analysis: the engine's result for exactly `version` of the document. */
export interface Analysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly result: AnalysisResult;
  readonly settings: EditorSettings;
  /** How the engine answered: `incremental`, or why it analysed the whole text (for tests and diagnosis). */
  readonly mode: AnalysisSession['last'];
}

/** Why a document is not analysed automatically. */
export type Skip = 'language' | 'excluded' | 'binary' | 'tooLarge';

/** Fired after a document's state changed: analysed (`analysis`) or cleared (`skip` says why, if known). */
export interface AnalysisEvent {
  readonly uri: vscode.Uri;
  readonly analysis?: Analysis;
  readonly skip?: Skip;
}

// Tell whether a document looks binary (a NUL character in its first 64 KiB)
export function looksBinary(text: string): boolean {
  return text.slice(0, 65_536).includes('\u0000');
}

export class Analyzer implements vscode.Disposable {
  private readonly published = new Map<string, Analysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly skips = new Map<string, Skip>();
  /**
   * One engine session per document, for the options it was made with: an edit inside one paragraph line
   * (prose, a quotation, a subheading) is answered from the previous analysis instead of a full one (the
   * engine falls back to a full analysis whenever the edit could change another line).
   */
  private readonly sessions = new Map<string, { readonly options: string; readonly session: AnalysisSession }>();
  private readonly emitter = new vscode.EventEmitter<AnalysisEvent>();
  /** Fires after every publish or clear. */
  readonly onDidChange = this.emitter.event;

  /** @param languageOverride per-document natural-language override (Set Article Language), if any. */
  constructor(private readonly languageOverride: (uri: vscode.Uri) => string | undefined) {}

  // Decide whether a document may be analysed, and why not
  check(document: vscode.TextDocument, settings = readSettings(document)): Skip | undefined {
    if (!settings.languages.includes(document.languageId)) return 'language';
    if (settings.exclude.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return 'excluded';
    const text = document.getText();
    if (looksBinary(text)) return 'binary';
    if (text.length > settings.maxFileSizeBytes) return 'tooLarge';
    return undefined;
  }

  /** The published analysis of the document's current version, if any. */
  current(document: vscode.TextDocument): Analysis | undefined {
    const a = this.published.get(document.uri.toString());
    return a && a.version === document.version ? a : undefined;
  }

  /** Why the document was last skipped (cleared when it is analysed). */
  skipReason(uri: vscode.Uri): Skip | undefined {
    return this.skips.get(uri.toString());
  }

  // Schedule an analysis after `delay` ms; a newer request for the same document replaces it
  schedule(document: vscode.TextDocument, delay?: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const settings = readSettings(document);
    const version = document.version;
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // Stale request: a later change scheduled its own run, or the document is gone.
      if (document.isClosed || document.version !== version) return;
      this.run(document, false);
    }, delay ?? settings.debounceMs));
  }

  /**
   * Analyses the document now and publishes the result. `force` analyses documents above the size limit
   * (commands); binary documents and other languages never are. Returns the analysis, or undefined.
   */
  run(document: vscode.TextDocument, force: boolean): Analysis | undefined {
    const cached = this.current(document);
    if (cached) return cached;
    const settings = readSettings(document);
    const skip = this.check(document, settings);
    if (skip && !(force && skip === 'tooLarge')) {
      this.clear(document.uri, skip);
      return undefined;
    }
    const version = document.version;
    const language = this.languageOverride(document.uri);
    const session = this.session(document.uri, language ? { ...settings.engine, language } : settings.engine);
    const result = session.analyze(document.getText());
    // The engine is synchronous, but keep the check: never publish for a version the document has left.
    if (document.isClosed || document.version !== version) return undefined;
    const analysis: Analysis = { uri: document.uri, version, result, settings, mode: session.last };
    this.published.set(document.uri.toString(), analysis);
    this.skips.delete(document.uri.toString());
    this.emitter.fire({ uri: document.uri, analysis });
    return analysis;
  }

  private session(uri: vscode.Uri, options: Options): AnalysisSession {
    const key = uri.toString();
    const wanted = JSON.stringify(options);
    let entry = this.sessions.get(key);
    if (!entry || entry.options !== wanted) {
      entry = { options: wanted, session: new (engine().AnalysisSession)(options) };
      this.sessions.set(key, entry);
    }
    return entry.session;
  }

  // Forget a document's findings and tell the listeners
  clear(uri: vscode.Uri, skip?: Skip): void {
    const key = uri.toString();
    this.sessions.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const had = this.published.delete(key);
    const changedSkip = this.skips.get(key) !== skip;
    if (skip) this.skips.set(key, skip);
    else this.skips.delete(key);
    if (had || changedSkip) this.emitter.fire({ uri, ...(skip ? { skip } : {}) });
  }

  /** Forgets every result so the next run recomputes (settings changed). */
  invalidateAll(): void {
    this.published.clear();
    this.sessions.clear();
  }

  /** Every published analysis (for the test accessor). */
  get all(): ReadonlyMap<string, Analysis> {
    return this.published;
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.emitter.dispose();
  }
}
