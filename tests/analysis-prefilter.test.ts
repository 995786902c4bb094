import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCHED_PATTERNS } from '../src/core/analysis/prose.ts';
import { normalizeProse } from '../src/core/analysis/prose-normalize.ts';
import { NeedleSet, prefilterOf, searchAround, type Needle } from '../src/core/analysis/regex-prefilter.ts';

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

/** The prefiltered search of a pattern, or the whole-text search when it has no prefilter; substrings found one by one or by a needle set's one pass. */
function aroundSearch(pattern: RegExp, text: string, filter = prefilterOf(pattern), index = wordIndex(text), substrings?: (needle: string, limit: number) => number[]): Array<[number, number]> {
  if (!filter) return fullSearch(pattern, text);
  const hits = searchAround(pattern, text, filter, (word) => index.get(word), substrings);
  return hits.starts.map((start, k) => [start, hits.ends[k]!]);
}

function allStarts(text: string, needle: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
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

  it('takes longer needles over a space or a single character that stands almost everywhere', () => {
    expect(needles(/(?:alpha|beta) (?:gammas?|deltas?)/g)).toEqual(['~delta', '~gamma']);
    expect(needles(/[a-z0-9]{1,20}_(?:token|secret)/g)).toEqual(['~secret', '~token']);
    expect(needles(/[a-z.]{1,64}@[a-z]{1,63}/g)).toEqual(['~@']);
  });

  it('gives none where it cannot promise one', () => {
    expect(prefilterOf(/(a)\1/g)).toBeNull();
    expect(prefilterOf(/key/gi)).toBeNull();
    expect(prefilterOf(/(?:the )?/g)).toBeNull();
    expect(prefilterOf(/[a-z]+/g)).toBeNull();
    expect(prefilterOf(/chat|[0-9]+/g)).toBeNull();
  });

  it('bounds how far a match reaches on either side of its needle', () => {
    const reach = (pattern: RegExp) => Object.fromEntries((prefilterOf(pattern)?.needles ?? []).map((needle) => [needle.text, [needle.before, needle.after]]));
    expect(reach(/(?<![a-z0-9_])(?:the |your )?(?:system prompt|hidden rules)(?![a-z0-9_])/g)).toEqual({ system: [5, 7], hidden: [5, 6] });
    expect(reach(/[a-z](?:ab|cd){1,3}[0-9]/g)).toEqual({ ab: [1, 5], cd: [1, 5] });
    expect(reach(/(?:a|b) ab[a-z]{0,4}/g)).toEqual({ ' ab': [1, 4] });
    expect(reach(/key(?: [a-z]+)? x/g)).toEqual({ key: [0, Infinity] });
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
    /x(?:ab|b\.){2,3}x/g,
    /(?:a|b) (?:ab|x b){1,2}\b/g,
    /(?<![a-z0-9_])(?:a |b ){0,2}(?:ab(?: x)?|_ba)(?:\.[ab]{1,3})?(?![a-z0-9_])/g,
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
      const substrings = needleSet.find(text);
      for (const pattern of patterns) {
        const expected = { pattern: pattern.source, text, found: fullSearch(pattern, text) };
        expect({ pattern: pattern.source, text, found: aroundSearch(pattern, text) }).toEqual(expected);
        expect({ pattern: pattern.source, text, found: aroundSearch(pattern, text, undefined, undefined, substrings) }).toEqual(expected);
      }
    }
  });

  const needleSet = new NeedleSet();
  for (const pattern of patterns) {
    const filter = prefilterOf(pattern);
    if (filter) needleSet.add(filter);
  }

  it('finds every needle of a set in one pass as a search for each would', () => {
    const set = new NeedleSet();
    const pieces = ['ab', 'b', 'bab', 'abab', 'a b', 'é', 'éa', '確認', '認を', '😀', 'x.'];
    let added = 0;
    // Added in steps, the set is searched while part of it is not yet in its automaton.
    let seed = 11;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return ((seed >>> 8) & 0xffff) / 65536;
    };
    const alphabet = ['a', 'b', ' ', 'é', '確', '認', 'を', '😀', 'x', '.'];
    for (let round = 0; round < 400; round++) {
      if (round % 40 === 0 && added < pieces.length) {
        const piece = pieces[added++]!;
        // Long spans make few occurrences worth recording: past them the set keeps no more.
        set.add({ needles: [{ text: piece, whole: false, before: 0, after: 0 }], maxLength: [1, 40, 100][added % 3]!, lookahead: 0, testsEnd: false });
      }
      let text = '';
      const length = Math.floor(random() * 120);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const lookup = set.find(text);
      for (const piece of pieces) {
        const every = allStarts(text, piece);
        // The first occurrences in order, as many as asked for or every one.
        for (const limit of [1, 3, text.length + 1]) {
          const found = lookup(piece, limit);
          expect({ piece, text, found }).toEqual({ piece, text, found: every.slice(0, found.length) });
          expect(found.length).toBeGreaterThanOrEqual(Math.min(limit, every.length));
        }
      }
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
    const proseNeedles = new NeedleSet();
    for (const filter of filters) if (filter) proseNeedles.add(filter);
    let differing = 0;
    for (const [t, text] of texts.entries()) {
      const index = wordIndex(text);
      const substrings = t % 2 === 0 ? proseNeedles.find(text) : undefined;
      for (const [k, pattern] of SEARCHED_PATTERNS.entries()) {
        const around = aroundSearch(pattern, text, filters[k], index, substrings);
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
