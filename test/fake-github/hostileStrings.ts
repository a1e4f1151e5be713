/**
 * Strings a hostile or careless GitHub user can put wherever Sprint Flow shows text: HTML and script, Markdown link
 * and image tricks, entities, CSS, control and bidirectional characters, emoji, formula and format injections, and
 * 100 KB titles. Anything that would act if it were ever parsed sets off a tripwire that a test can read back: a
 * `data-tripwire` attribute on the page's body, a request to the tripwire server (`trip`), or the command
 * `TRIPWIRE_COMMAND`.
 */

export type HostileClass =
  | 'html'
  | 'css'
  | 'svg'
  | 'entities'
  | 'markdown'
  | 'link'
  | 'newlines'
  | 'bidi'
  | 'zero-width'
  | 'emoji'
  | 'injection'
  | 'huge';

export interface HostileString {
  /** A short name for messages. */
  name: string;
  kind: HostileClass;
  text: string;
}

/** A command that no string may ever run: the hostile-content test registers it and counts its calls. */
export const TRIPWIRE_COMMAND = 'sprintFlowTest.tripwire';

export const HUGE_LENGTH = 100 * 1024;

/** Sets the page's tripwire attribute: code that runs only if a string was executed. */
const mark = (name: string) => `document.body.dataset.tripwire='${name}'`;

/** The catalogue; `trip` is the tripwire server's origin, which counts every request it gets. */
export function hostileStrings(trip: string): HostileString[] {
  const strings: [string, HostileClass, string][] = [
    ['script tag', 'html', `<script>${mark('script')};fetch('${trip}/script')</script>`],
    ['img onerror', 'html', `<img src="${trip}/img.png" onerror="${mark('img')}">`],
    ['attribute breakout', 'html', `"><img src=x onerror=${mark('breakout')}>`],
    ['single-quote breakout', 'html', `';${mark('js-string')};//`],
    ['iframe javascript', 'html', `<iframe src="javascript:parent.${mark('iframe')}"></iframe>`],
    ['anchor javascript', 'html', `<a href="javascript:${mark('anchor')}">Open the report</a>`],
    ['body onload', 'html', `<body onload="${mark('body')}">`],
    ['details ontoggle', 'html', `<details open ontoggle="${mark('details')}"><summary>More</summary></details>`],
    ['input autofocus', 'html', `<input autofocus onfocus="${mark('focus')}">`],
    ['video source onerror', 'html', `<video><source onerror="${mark('video')}"></video>`],
    ['object data', 'html', `<object data="${trip}/object"></object>`],
    ['meta refresh', 'html', `<meta http-equiv="refresh" content="0;url=${trip}/meta">`],
    ['base href', 'html', `<base href="${trip}/">`],
    ['form action', 'html', `<form action="${trip}/form"><button>Send</button></form>`],
    ['noscript mutation', 'html', `<noscript><p title="</noscript><img src=x onerror=${mark('mutation')}>">`],
    ['comment closer', 'html', `--><script>${mark('comment')}</script><!--`],
    ['marker injection', 'html', `<!-- sprint-flow:v1 {"kind":"blocker","id":"forged","reason":"access","flaggedAt":"2020-01-01T00:00:00Z"} -->`],
    ['template expression', 'injection', `{{constructor.constructor('${mark('template')}')()}}`],
    ['template literal', 'injection', '${document.body.dataset.tripwire="literal"}'],
    ['style tag', 'css', `<style>body{background:url(${trip}/style.png)}*{display:none!important}</style>`],
    ['style attribute', 'css', `<div style="position:fixed;inset:0;background:url(${trip}/overlay.png)">covered</div>`],
    ['stylesheet link', 'css', `<link rel="stylesheet" href="${trip}/sheet.css">`],
    ['css expression', 'css', `</style><style>@import url(${trip}/import.css);</style>`],
    ['svg onload', 'svg', `<svg onload="${mark('svg')}"><circle r="9"/></svg>`],
    ['svg script', 'svg', `<svg><script>${mark('svg-script')}</script></svg>`],
    ['svg foreignObject', 'svg', `<svg><foreignObject><img src="${trip}/foreign.png"></foreignObject></svg>`],
    ['escaped tags', 'entities', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['numeric entities', 'entities', '&#60;img src=x onerror=alert(1)&#62;'],
    ['named entities', 'entities', '&amp; &quot; &#39; &nbsp; &copy; &rlo;'],
    ['markdown javascript link', 'markdown', `[Open on GitHub](javascript:${mark('md-link')})`],
    ['markdown command link', 'markdown', `[Refresh now](command:${TRIPWIRE_COMMAND})`],
    ['markdown command with arguments', 'markdown', '[Run](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%20pwned%5Cn%22%7D)'],
    ['markdown image', 'markdown', `![status](${trip}/md-image.png)`],
    ['markdown reference link', 'markdown', `[details][evil]\n\n[evil]: ${trip}/reference`],
    ['markdown emphasis', 'markdown', '**bold** _italic_ ~~struck~~ `code` # heading > quote'],
    ['markdown table', 'markdown', '| a | b |\n|---|---|\n| table | injection |'],
    ['theme icon syntax', 'markdown', '$(bug) $(alert) $(loading~spin) icons'],
    ['autolink', 'link', `<${trip}/autolink>`],
    ['bare url', 'link', `See ${trip}/bare-url for details`],
    ['www link', 'link', 'Mirror at www.evil.example/download'],
    ['email link', 'link', 'Write to security@evil.example today'],
    ['data url link', 'link', '[report](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vscode url link', 'link', '[install](vscode://sprint-flow.sprint-flow/tripwire)'],
    ['file url link', 'link', '[passwords](file:///etc/passwd)'],
    ['encoded newlines', 'newlines', 'First line%0aSecond line%0d%0aInjected: header'],
    ['real newlines', 'newlines', 'First line\nSecond line\r\n\r\n# Injected heading\n- list item'],
    ['control characters', 'newlines', 'tab\there, bell\u0007, escape \u001b[31mred\u001b[0m, null \u0000 end'],
    ['right-to-left override', 'bidi', 'invoice\u202Egpj.exe'],
    ['right-to-left embedding', 'bidi', '\u202Bembedded right-to-left text never popped'],
    ['isolate never closed', 'bidi', '\u2067isolate with no end'],
    ['hebrew and arabic', 'bidi', 'שלום עולם · مرحبا بالعالم · mixed 123'],
    ['zero-width characters', 'zero-width', 'zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFFbom\u2060word'],
    ['zero-width joiner emoji', 'emoji', '👩‍💻 pairing with 👨‍👩‍👧‍👦 under 🏳️‍🌈'],
    ['combining marks', 'emoji', 'Z̷̛̘̤a̵̰͚l̷̢̛g̴̗̈́o̶̥̍ text'],
    ['emoji only', 'emoji', '🔥🔥🔥'],
    ['prototype key', 'injection', '__proto__'],
    ['constructor key', 'injection', 'constructor'],
    ['format specifiers', 'injection', '%s %d %o %n ${x} {0}'],
    ['spreadsheet formula', 'injection', `=HYPERLINK("${trip}/csv","Open")`],
    ['spreadsheet command', 'injection', "+cmd|' /C calc'!A0"],
    ['path traversal', 'injection', '../../../../etc/passwd'],
    ['quotes and backslashes', 'injection', `"double" 'single' \`back\` \\back\\slash\\`],
    ['huge title with words', 'huge', hugeText('words ')],
    ['huge title without spaces', 'huge', hugeText('W')],
  ];
  return strings.map(([name, kind, text]) => ({ name, kind, text }));
}

function hugeText(unit: string): string {
  return unit.repeat(Math.ceil(HUGE_LENGTH / unit.length)).slice(0, HUGE_LENGTH);
}

/** Logins GitHub accepts (letters, digits, single hyphens, at most 39 characters) that are still awkward to show. */
export const AWKWARD_LOGINS = ['x', 'a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t', '0', 'constructor', 'proto-type'];
