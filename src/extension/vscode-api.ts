/**
 * The host's `vscode` API, imported once for the whole bundle. esbuild wraps every `import * as vscode from
 * 'vscode'` in its own copy of the API's several hundred properties; fourteen modules doing that cost several
 * milliseconds of activation. Every module of the extension imports this file instead.
 */
export * from 'vscode';
