import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCHED_PATTERNS } from '../src/core/analysis/prose.ts';
import { normalizeProse } from '../src/core/analysis/prose-normalize.ts';
import { prefilterOf, searchAround, type Needle } from '../src/core/analysis/regex-prefilter.ts';

function fullSearch(pattern: RegExp, text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push([match.index, match.index + match[0].length]);
  }
  return found;
}

function wordIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const match of text.matchAll(/[a-z0-9_]+/g)) {
    const starts = index.get(match[0]) ?? [];
    starts.push(match.index);
    index.set(match[0], starts);
  }
  return index;
}

/** The prefiltered search of a pattern, or the whole-text search when it has no prefilter. */
function aroundSearch(pattern: RegExp, text: string, filter = prefilterOf(pattern), index = wordIndex(text)): Array<[number, number]> {
  if (!filter) return fullSearch(pattern, text);
  const hits = searchAround(pattern, text, filter, (word) => index.get(word));
  return hits.starts.map((start, k) => [start, hits.ends[k]!]);
}

const needles = (pattern: RegExp): string[] | undefined =>
  prefilterOf(pattern)
    ?.needles.map((needle: Needle) => (needle.whole ? needle.text : `~${needle.text}`))
    .sort();

describe('prefilterOf', () => {
  it('finds the whole words one of which every match holds', () => {
    expect(needles(/(?<![a-z0-9_])(?:(?:the |this ){0,4}(?:conversation|chat)(?: history)?)(?![a-z0-9_])/g)).toEqual(['chat', 'conversation']);
    expect(needles(/\bkey\b/g)).toEqual(['key']);
    expect(needles(/(?<![a-z0-9_])(?:do not|don't) tell(?![a-z0-9_])/g)).toEqual(['tell']);
  });

  it('falls back to a substring when a word may run on into other letters', () => {
    expect(needles(/(?<![a-z0-9_])chat(?:bot)?/g)).toEqual(['~chat']);
    expect(needles(/[a-z]+ing\b/g)).toEqual(['~ing']);
    expect(needles(/(?<![a-z0-9_])(?:attacks?|exploits?)(?![a-z0-9_])/g)).toEqual(['~attack', '~exploit']);
    expect(needles(/[a-z.]{1,64}@[a-z]{1,63}\.[a-z]{2,12}/g)).toEqual(['~@']);
  });

  it('gives none where it cannot promise one', () => {
    expect(prefilterOf(/(a)\1/g)).toBeNull();
    expect(prefilterOf(/key/gi)).toBeNull();
    expect(prefilterOf(/(?:the )?/g)).toBeNull();
    expect(prefilterOf(/[a-z]+/g)).toBeNull();
    expect(prefilterOf(/chat|[0-9]+/g)).toBeNull();
  });

  it('bounds the length of a match and the reach of its lookaheads', () => {
    expect(prefilterOf(/ab{2,3}/g)).toMatchObject({ maxLength: 4, lookahead: 0, testsEnd: false });
    expect(prefilterOf(/ab+/g)?.maxLength).toBe(Infinity);
    expect(prefilterOf(/foo(?=.{0,10}bar)/g)).toMatchObject({ maxLength: 3, lookahead: 13 });
    expect(prefilterOf(/end$/g)?.testsEnd).toBe(true);
  });
});

describe('searchAround', () => {
  // Patterns over a small alphabet, with every construct the analysis reads, against many random texts of it.
  const patterns = [
    /(?<![a-z0-9_])ab(?: ba)?(?![a-z0-9_])/g,
    /\bab\b/g,
    /x?ab/g,
    /ab(?=x)/g,
    /(?:a|b) ab/g,
    /(?:ab|ba)+ x/g,
    /[ab]{1,3}\.ab/g,
    /^ab/gm,
    /(?<=x)ab/g,
    /ab(?! ab)/g,
    /(?:ab )+ba/g,
    /(?<![a-z0-9_])(?:(?:a |b ){0,3}(?:ab|ba))(?![a-z0-9_])/g,
    /a.{0,4}b_/g,
    /ab$/g,
    /(?<![a-z0-9_])(?:ab|b\.a)(?![a-z0-9_])/g,
    /(?<![a-z0-9_])ab(?:a|x)?/g,
    /\bba[ab]{0,2}/g,
    /(?<![a-z0-9_])a(?:b)?(?![a-z0-9_])/g,
    /_?ab\b/g,
    /(?:x|\.)?ba(?:x\.)?\b/g,
  ];

  it('finds exactly what a search of the whole text finds', () => {
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let mixed = Math.imul(seed ^ (seed >>> 15), seed | 1);
      mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
    const alphabet = 'ab x._\n';
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const length = Math.floor(random() * 80);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const pattern of patterns) expect({ pattern: pattern.source, text, found: aroundSearch(pattern, text) }).toEqual({ pattern: pattern.source, text, found: fullSearch(pattern, text) });
    }
  });

  it('finds exactly what a search of the whole text finds, for every prose pattern on the labelled corpus and the catalog', () => {
    const texts: string[] = [];
    const collect = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) collect(join(folder, entry.name));
        else if (entry.name === 'SKILL.md') texts.push(normalizeProse(readFileSync(join(folder, entry.name), 'utf8')).text);
      }
    };
    collect('tests/safety/corpus');
    collect('skills');
    expect(texts.length).toBeGreaterThan(2000);
    // Needles glued to other letters, cut at the ends, repeated: where windows meet and words run on.
    for (const pattern of SEARCHED_PATTERNS) {
      const words = (prefilterOf(pattern)?.needles ?? []).map((needle) => needle.text);
      texts.push(words.join(' '), words.map((word) => `x${word}x`).join(' '), words.join(''), `${words.join(' the user ')} `.repeat(3));
    }
    const filters = SEARCHED_PATTERNS.map((pattern) => prefilterOf(pattern));
    let differing = 0;
    for (const text of texts) {
      const index = wordIndex(text);
      for (const [k, pattern] of SEARCHED_PATTERNS.entries()) {
        const around = aroundSearch(pattern, text, filters[k], index);
        const whole = fullSearch(pattern, text);
        if (JSON.stringify(around) !== JSON.stringify(whole)) {
          differing++;
          expect({ pattern: pattern.source.slice(0, 80), text: text.slice(0, 200), around }).toEqual({ pattern: pattern.source.slice(0, 80), text: text.slice(0, 200), around: whole });
        }
      }
    }
    expect(differing).toBe(0);
  }, 120_000);

  it('finds exactly what a search of the whole text finds where a careless reading would not', () => {
    const cases: Array<[RegExp, string]> = [
      [/\bkey\b/g, 'keyA'],
      [/\bab\b/g, 'abA'],
      [/\-\b/gm, '_ q-A\n1_'],
      [/\bkey(?=\b)/g, 'keyX'],
      [/ab(?=-(?=--))/g, 'ab---'],
      [/\bab(?!-(?!-))/g, 'ab-- x'],
      [new RegExp('\\bab\\qc\\b', 'g'), 'abqc'],
      [new RegExp('\\ba\\xz\\b', 'g'), 'axz'],
      [new RegExp('\\ba\\uzz', 'g'), 'auzz'],
      [new RegExp('\\c1', 'g'), 'x \\c1 y'],
      [new RegExp('\\01', 'g'), 'x\x01y'],
      [new RegExp('a\\u{2}', 'g'), 'auu'],
      [new RegExp('a\\p{L}', 'g'), 'ap{L}'],
      [/a😀{2}/gu, 'a😀😀'],
      [/a\uD83D\uDE00{2}/gu, 'a😀😀'],
    ];
    for (const [pattern, text] of cases) expect({ pattern: pattern.source, found: aroundSearch(pattern, text) }).toEqual({ pattern: pattern.source, found: fullSearch(pattern, text) });
  });

  it('reads hostile pattern sources without throwing and in linear time', () => {
    expect(() => prefilterOf(new RegExp('a\\u{110000}', 'g'))).not.toThrow();
    expect(() => prefilterOf(new RegExp(`${'(?:'.repeat(3000)}a${')'.repeat(3000)}`, 'g'))).not.toThrow();
    expect(() => prefilterOf(new RegExp(Array.from({ length: 200_000 }, (_, i) => `w${i}`).join('|'), 'g'))).not.toThrow();
    const started = performance.now();
    prefilterOf(new RegExp(`ab${'(?:)'.repeat(20_000)}`, 'g'));
    prefilterOf(new RegExp(`ab${'(?:(?=x))'.repeat(20_000)}`, 'g'));
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('has a prefilter for every prose pattern', () => {
    expect(SEARCHED_PATTERNS.filter((pattern) => prefilterOf(pattern) === null).map((pattern) => pattern.source.slice(0, 60))).toEqual([]);
  });
});
