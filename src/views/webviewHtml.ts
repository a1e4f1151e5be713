import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { webviewStrings } from './webviewStrings';

/** Everything a webview may load lives in dist/webview: its script, the stylesheet and the codicon font. */
export function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return { enableScripts: true, enableFindWidget: true, localResourceRoots: [webviewRoot(extensionUri)] };
}

/**
 * The UI toolkit (FAST) tests for :focus-visible by adding an empty <style> element; the hash of the empty string
 * allows exactly that element, and no inline style with anything in it.
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/**
 * The page around a bundled script, under a strict policy: nothing by default, the script only by nonce, styles and
 * fonts only from the extension, images from the extension and data: URIs, and no connections at all.
 */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, page: { script: string; title: string }): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot(extensionUri), ...path)).toString();
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${webview.cspSource} ${EMPTY_STYLE_HASH}`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
  ].join('; ');
  // The translated strings ride on the root element as an attribute: no element of their own, nothing that could run.
  const strings = JSON.stringify(webviewStrings()).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.replace(/[^A-Za-z0-9-]/g, '')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('codicons', 'codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" href="${asset('webview.css')}">
<title>${page.title.replace(/[<>&"]/g, '')}</title>
</head>
<body>
<main id="root" data-strings="${strings}"></main>
<script nonce="${nonce}" src="${asset(`${page.script}.js`)}"></script>
</body>
</html>`;
}
