/** Shared helpers of the integration suite: the extension's test accessor, fixtures, event waits, settings. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArticleSieveTestApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'article-sieve.article-sieve';
export const SOURCE = 'Article Sieve';

/** Set by the bundler: which package.json entry this host is expected to load. */
declare const __EXPECTED_ENTRY__: 'browser' | 'node';
export const EXPECTED_ENTRY = __EXPECTED_ENTRY__;
/** Set by the bundler: the runner's screenshot endpoint, '' when screenshots are off. */
declare const __HARNESS_SCREENSHOT_URL__: string;

export async function api(): Promise<ArticleSieveTestApi> {
  const ext = vscode.extensions.getExtension<ArticleSieveTestApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this host`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** URI of a fixture copied into the opened workspace folder (web: vscode-test-web://mount/, desktop: file:///). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Resolves with `check()`'s value as soon as it is truthy: now, or after any of `events` fires.
 * Rejects after `timeoutMs` with `what` and the last value seen. No polling, no sleeps.
 */
export function until<T>(what: string, check: () => T | undefined | false, events: vscode.Event<unknown>[], timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subs: vscode.Disposable[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const finish = (err: Error | undefined, value?: T) => {
      if (settled) return;
      settled = true;
      subs.forEach((s) => s.dispose());
      clearTimeout(timer);
      if (err) reject(err);
      else resolve(value as T);
    };
    const test = () => {
      try {
        const value = check();
        if (value) finish(undefined, value);
      } catch (e) {
        finish(e as Error);
      }
    };
    for (const event of events) subs.push(event(test));
    timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    test();
  });
}

/** This extension's diagnostics for a document. */
export const diagnosticsOf = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

/** Waits until this extension's diagnostics for `uri` satisfy `accept`. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what = 'diagnostics'): Promise<vscode.Diagnostic[]> {
  return until(`${what} of ${uri.path}`, () => {
    const d = diagnosticsOf(uri);
    return accept(d) && d;
  }, [vscode.languages.onDidChangeDiagnostics]);
}

/** Waits until the published analysis is for the document's current version (and satisfies `accept`). */
export async function waitForAnalysis(document: vscode.TextDocument, accept: (a: NonNullable<ReturnType<ArticleSieveTestApi['analysis']>>) => boolean = () => true) {
  const sieve = await api();
  return until(`analysis of ${document.uri.path} v${document.version}`, () => {
    const a = sieve.analysis(document.uri);
    return a && a.version === document.version && accept(a) && a;
  }, [sieve.onDidAnalyze]);
}

/** Waits until decorations of the document satisfy `accept`. */
export async function waitForDecorations(uri: vscode.Uri, accept: (d: NonNullable<ReturnType<ArticleSieveTestApi['decorations']>>) => boolean) {
  const sieve = await api();
  return until(`decorations of ${uri.path}`, () => {
    const d = sieve.decorations(uri);
    return d && accept(d) && d;
  }, [sieve.onDidDecorate]);
}

/** Opens a workspace fixture in an editor and waits for its first analysis. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitForAnalysis(document);
  return editor;
}

/** Opens an untitled document with `content` in an editor and waits for its analysis. */
export async function openUntitled(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language, content });
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitForAnalysis(document);
  return editor;
}

/** Reads a workspace fixture's bytes as text (what is on the host's file system). */
export async function readFixture(name: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri(name)));
}

/**
 * Sets `articleSieve.<key>` (user settings unless `target` says otherwise) and returns a function that
 * restores the previous value. Waits for the configuration-change event.
 */
export async function setSetting(key: string, value: unknown, target = vscode.ConfigurationTarget.Global, section = 'articleSieve'): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const inspected = config.inspect(key);
  const previous = target === vscode.ConfigurationTarget.Global ? inspected?.globalValue
    : target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.workspaceFolderValue;
  await config.update(key, value, target);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, previous, target);
  };
}

/** The text without the given 0-based lines (each with its line break). */
export function withoutLines(text: string, lines: readonly number[]): string {
  const parts = text.split(/(?<=\n)/);
  return parts.filter((_, i) => !lines.includes(i)).join('');
}

export function rangeTuple(r: vscode.Range): [number, number, number, number] {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** Closes every editor, reverting unsaved changes first so that no save prompt blocks the run. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Asks the runner to screenshot the workbench now (after `waitForSelector` is visible in the page).
 * A no-op returning undefined unless the runner was started with --screenshots DIR.
 */
export async function screenshot(name: string, waitForSelector?: string): Promise<string | undefined> {
  if (!__HARNESS_SCREENSHOT_URL__) return undefined;
  const query = new URLSearchParams({ name });
  if (waitForSelector) query.set('waitFor', waitForSelector);
  const res = await fetch(`${__HARNESS_SCREENSHOT_URL__}?${query}`);
  const body = (await res.json()) as { path?: string; error?: string };
  assert.ok(res.ok && body.path, `screenshot failed: ${body.error ?? res.status}`);
  return body.path;
}
