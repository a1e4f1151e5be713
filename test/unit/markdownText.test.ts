import * as assert from 'node:assert/strict';
import { markdownLines, markdownText } from '../../src/core/markdownText';

// markdown-it with raw HTML allowed and bare URLs, www addresses and e-mail addresses linked, as GitHub links them.
const MarkdownIt = require('markdown-it');
const renderer = new MarkdownIt({ html: true, linkify: true });
const render = (markdown: string): string => renderer.render(markdown).trim();
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** What a paragraph holding exactly `text` renders as: no element inside it. */
const asTyped = (text: string) => `<p>${html(text)}</p>`;

describe('Markdown from GitHub text shows as typed', () => {
  const attacks: [string, string][] = [
    ['raw HTML', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
    ['an HTML entity', 'Fish &amp; chips &#x3C;b&#x3E;'],
    ['emphasis and strikethrough', '**bold** _it_ ~~gone~~'],
    ['code', '`rm -rf /` and ```fence```'],
    ['a link and an image', '[click here](https://evil.example) ![x](https://evil.example/x.png)'],
    ['a reference link', '[x][1]\n\n[1]: https://evil.example'],
    ['an autolink', '<https://evil.example>'],
    ['a bare URL', 'see https://evil.example/path?q=1'],
    ['a www address', 'see www.evil.example'],
    ['an e-mail address', 'mail ann@evil.example'],
    ['a heading', '# Pwned'],
    ['a list', '- one\n1. two'],
    ['a quote', '> quoted'],
    ['a table row', '| a | b |'],
    ['a backslash before a special', '\\*not bold\\*'],
  ];
  for (const [what, input] of attacks) {
    it(`renders ${what} as its own characters`, () => {
      const expected = input.replace(/\s+/g, ' ').replace(/@/g, '@\u200b');
      assert.equal(render(markdownText(input)), asTyped(expected));
    });
  }

  it('never mentions a person: GitHub finds mentions in the rendered text, so a zero-width space follows every @', () => {
    assert.equal(markdownText('ping @kenji-sato and @org/team'), 'ping \\@\u200bkenji\\-sato and \\@\u200borg\\/team');
  });

  it('drops control characters and collapses whitespace', () => {
    assert.equal(markdownText('a\u0000b\u0007\t\r\n  c\u00a0\u2003d '), 'ab c d ');
  });

  it('keeps line breaks as the separator given, dropping blank lines', () => {
    assert.equal(markdownLines('first *line*\r\n\r\n   second\n\nthird  ', '  \n'), 'first \\*line\\*  \nsecond  \nthird');
    assert.equal(render(`> ${markdownLines('# heading\n- item\n<b>x</b>', '\n> ')}`), '<blockquote>\n<p># heading\n- item\n&lt;b&gt;x&lt;/b&gt;</p>\n</blockquote>');
  });

  it('escapes a body of 65,536 special characters into at most three characters each', () => {
    const body = '@<|*'.repeat(16_384);
    const escaped = markdownText(body);
    assert.ok(escaped.length <= 3 * body.length);
    assert.equal(render(escaped), asTyped(body.replace(/@/g, '@\u200b')));
  });
});
