import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { defuseMarkdown, MAX_DELIMITERS, MAX_NESTING, restoreMarkdown } from '../src/core/markdown-guard.ts';

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

});
