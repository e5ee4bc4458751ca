/**
 * Theme-aware decorations from the engine's findings: boilerplate dimmed (optionally struck through),
 * captions and quotes tinted, the speaker after each quote, marks in the overview ruler.
 */
import * as vscode from './vscode-api';
import type { FindingKind } from '../engine';
import type { Analysis } from './analysis';
import { findingRange } from './convert';
import { ID } from './host';

/** What was last applied to an editor, per kind (read by the test accessor). */
export interface AppliedDecorations {
  readonly boilerplate: readonly vscode.Range[];
  readonly caption: readonly vscode.Range[];
  readonly quote: readonly { readonly range: vscode.Range; readonly after?: string }[];
  readonly strikeThrough: boolean;
}

const color = (name: string) => new vscode.ThemeColor(`${ID}.${name}`);

// Create the three decoration types (boilerplate struck through or not)
function createTypes(strikeThrough: boolean): Record<FindingKind, vscode.TextEditorDecorationType> {
  return {
    boilerplate: vscode.window.createTextEditorDecorationType({
      opacity: '0.55',
      backgroundColor: color('boilerplateBackground'),
      ...(strikeThrough ? { textDecoration: 'line-through' } : {}),
      overviewRulerColor: color('boilerplateRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    caption: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('captionBackground'),
      overviewRulerColor: color('captionRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quoteBackground'),
      overviewRulerColor: color('quoteRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      after: { color: color('speakerForeground'), fontStyle: 'italic', margin: '0 0 0 0.5em' },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

export class Decorations implements vscode.Disposable {
  /** Created on the first decoration, not at activation: three round trips to the window that can wait. */
  private created: Record<FindingKind, vscode.TextEditorDecorationType> | undefined;
  private strikeThrough: boolean;
  private readonly applied = new Map<string, AppliedDecorations>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after decorations of a document's editors were set or cleared. */
  readonly onDidApply = this.emitter.event;
  /** Highlighting on/off for this window (Toggle Highlighting); starts from the setting. */
  enabled: boolean;

  constructor(enabled: boolean, strikeThrough: boolean) {
    this.enabled = enabled;
    this.strikeThrough = strikeThrough;
  }

  private get types(): Record<FindingKind, vscode.TextEditorDecorationType> {
    return (this.created ??= createTypes(this.strikeThrough));
  }

  // Recreate the types when the strike-through setting changes (old decorations go with the old types)
  setStrikeThrough(strikeThrough: boolean): void {
    if (strikeThrough === this.strikeThrough) return;
    Object.values(this.created ?? {}).forEach((t) => t.dispose());
    this.created = undefined;
    this.strikeThrough = strikeThrough;
    this.applied.clear();
  }

  // Decorate an editor from the analysis of its document (clears them when there is none or highlighting is off)
  apply(editor: vscode.TextEditor, analysis: Analysis | undefined): void {
    const document = editor.document;
    const usable = this.enabled && analysis && analysis.version === document.version && analysis.settings.decorations.enabled;
    const findings = usable ? analysis.result.findings : [];
    const showSpeaker = analysis?.settings.decorations.showSpeaker ?? true;
    const boilerplate: vscode.Range[] = [];
    const caption: vscode.Range[] = [];
    const quote: vscode.DecorationOptions[] = [];
    for (const f of findings) {
      const range = findingRange(document, f);
      if (f.kind === 'boilerplate') boilerplate.push(range);
      else if (f.kind === 'caption') caption.push(range);
      else quote.push({ range, ...(showSpeaker && f.speaker ? { renderOptions: { after: { contentText: `— ${f.speaker}` } } } : {}) });
    }
    editor.setDecorations(this.types.boilerplate, boilerplate);
    editor.setDecorations(this.types.caption, caption);
    editor.setDecorations(this.types.quote, quote);
    this.applied.set(document.uri.toString(), {
      boilerplate, caption, strikeThrough: this.strikeThrough,
      quote: quote.map((q) => ({ range: q.range, ...(q.renderOptions?.after?.contentText ? { after: q.renderOptions.after.contentText } : {}) })),
    });
    this.emitter.fire(document.uri);
  }

  /** Decorations last applied to the document's editors, if any editor showed it. */
  appliedTo(uri: vscode.Uri): AppliedDecorations | undefined {
    return this.applied.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
  }

  dispose(): void {
    Object.values(this.created ?? {}).forEach((t) => t.dispose());
    this.emitter.dispose();
  }
}
