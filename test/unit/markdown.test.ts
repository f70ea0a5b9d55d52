import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../src/features/markdown';

// A CommonMark renderer with links found in plain text (www., https://), as a hover's Markdown is rendered.
const renderer = new MarkdownIt({ html: false, linkify: true });

/** Tags that make text anything but text: a hover built from escaped text may hold paragraphs and line breaks only. */
function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]).filter((t) => t !== 'p' && t !== 'br');
}

/** What a reader sees of the rendered HTML, without its white space (which Markdown may fold or move). */
function visible(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/[\s\u00a0]/g, '');
}

function rendered(text: string): string {
  return renderer.render(escapeMarkdown(text));
}

describe('escapeMarkdown: text from documents and glossaries shows as text', () => {
  for (const [what, text] of [
    ['a line of === under another (a heading)', '定義\n==='],
    ['a line of --- under another (a heading)', '定義\n---'],
    ['a line indented by four spaces after a blank one (a code block)', '定義。\n\n    縮排的一行'],
    ['a line indented by a tab (a code block)', '\t縮排的一行'],
    ['a fence', '```\n代碼\n```'],
    ['a list, a quote and a heading mark', '- 一\n1. 二\n> 三\n# 四'],
    ['a table', '| 甲 | 乙 |\n|---|---|\n| 1 | 2 |'],
    ['links, images, autolinks and HTML', '[點我](command:workbench.action.quit) ![圖](https://x/y.png) <https://a.b> www.example.com https://evil.example <img src=x onerror=alert(1)>'],
    ['emphasis and entities', '*斜* _斜_ **粗** ~~刪~~ &copy; &#123;'],
    ['a lone CR between lines', '第一行\r===\r    第三行'],
  ]) {
    it(`renders ${what} as plain text`, () => {
      const html = rendered(text);
      assert.deepEqual(tagsOf(html), [], html);
      assert.equal(visible(html), text.replace(/\s/g, ''), html);
    });
  }

  it('keeps a line break of the text as a line break, and the indent of a line as no-break spaces', () => {
    assert.equal(rendered('甲\n  乙'), '<p>甲<br>\n\u00a0\u00a0乙</p>\n');
  });

  it('keeps a blank line, or one of spaces alone, between two paragraphs', () => {
    assert.equal(rendered('第一段。\n\n第二段。'), '<p>第一段。</p>\n<p>第二段。</p>\n');
    assert.equal(rendered('第一段。\n  \n第二段。'), '<p>第一段。</p>\n<p>第二段。</p>\n');
  });

  it('renders any mix of Markdown and HTML characters as the same characters, in paragraphs and line breaks only', () => {
    const piece = fc.constantFrom(
      ...'\\`*_{}[]()#+-.!|~:=<>&"\'$^%@/ 0123abcw政策\t\n\r'.split(''),
      '    ', '===', '---', '```', '~~~', 'www.', 'https://', 'command:', '&amp;', '&#1;', '<img ', '](', '1. ', '> ', '\n\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const html = rendered(text);
        assert.deepEqual(tagsOf(html), [], html);
        assert.equal(visible(html), text.replace(/\s/g, ''), html);
      }),
      { numRuns: 2000 },
    );
  });
});
