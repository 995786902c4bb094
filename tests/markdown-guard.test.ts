import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { defuseMarkdown, MAX_DELIMITERS, MAX_NESTING, MAX_REFERENCES, restoreMarkdown } from '../src/core/markdown-guard.ts';
import { parseMarkdown } from '../src/core/markdown.ts';

describe('markdown guard', () => {
  it('leaves ordinary text untouched', () => {
    const text = '# Title\n\n> quoted *emphasis* and __strong__\n';
    expect(defuseMarkdown(text)).toEqual({ text, swap: null });
  });

  it('swaps deep container markers and crowded delimiters in place, keeping every offset', () => {
    const deep = `${'> '.repeat(MAX_NESTING + 5)}deep *a* line\n`;
    const crowded = `${'a_'.repeat(MAX_DELIMITERS + 1)}\n`;
    // Deep markers on a line inside a crowded block are found before the block closes.
    const text = `intro \uD800 \0\n\n${crowded}${deep}\ntail *kept* \uDC00\n`;
    const { text: defused, swap } = defuseMarkdown(text);
    expect(defused.length).toBe(text.length);
    expect(swap).not.toBeNull();
    const markerAt = text.indexOf(deep);
    expect(defused.slice(markerAt, markerAt + 2 * MAX_NESTING)).toBe(text.slice(markerAt, markerAt + 2 * MAX_NESTING));
    expect(defused[markerAt + 2 * MAX_NESTING]).not.toBe('>');
    expect(defused.slice(0, 12)).toBe(text.slice(0, 12));
    expect(defused.slice(text.indexOf('a_'), text.indexOf('a_') + 4)).not.toContain('_');
    expect(defused.endsWith('tail *kept* \uDC00\n')).toBe(true);
    const restored: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: defused }] }] };
    restoreMarkdown(restored, swap);
    expect((restored.children[0] as { children: { value: string }[] }).children[0]!.value).toBe(text);
  });

  it('counts quotes and list markers alike when it measures nesting, and restores them', () => {
    for (const marker of ['> - ', '- > ', '1. > ', '* > 2) ', '+ ']) {
      const line = `${marker.repeat(MAX_NESTING + 4)}deep\n`;
      const { text: defused, swap } = defuseMarkdown(line);
      expect(defused.length).toBe(line.length);
      const kept = marker.repeat(MAX_NESTING / marker.trim().split(' ').length);
      expect(defused.startsWith(kept), marker).toBe(true);
      expect(defused.slice(kept.length)).not.toBe(line.slice(kept.length));
      const tree = parseMarkdown(line, 1, 0);
      expect(JSON.stringify(tree)).toContain('deep');
      expect(swap).not.toBeNull();
    }
  });

  it('leaves ordinary lists, numbers and thematic breaks alone', () => {
    const text = '- a\n  - b\n1. one\n2) two\nVersion 1.2 costs $3.50 (approx.)\n\n- - -\n* * *\n';
    expect(defuseMarkdown(text)).toEqual({ text, swap: null });
  });

  it('keeps character references in a crowded block as written', () => {
    const crowded = `${'&amp;'.repeat(MAX_REFERENCES + 1)}\n\nfish &amp; chips\n`;
    const tree = parseMarkdown(crowded, 1, 0);
    const values = (tree.children as Array<{ children: Array<{ value: string }> }>).map((paragraph) => paragraph.children.map((child) => child.value).join(''));
    expect(values).toEqual(['&amp;'.repeat(MAX_REFERENCES + 1), 'fish & chips']);
  });
});
