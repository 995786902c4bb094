import type { Element, Root as HastRoot } from 'hast';
import { createHighlighterCoreSync, type HighlighterCore, type LanguageRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import bash from '@shikijs/langs/bash';
import c from '@shikijs/langs/c';
import csharp from '@shikijs/langs/csharp';
import css from '@shikijs/langs/css';
import diff from '@shikijs/langs/diff';
import docker from '@shikijs/langs/docker';
import gdscript from '@shikijs/langs/gdscript';
import go from '@shikijs/langs/go';
import hcl from '@shikijs/langs/hcl';
import html from '@shikijs/langs/html';
import http from '@shikijs/langs/http';
import ini from '@shikijs/langs/ini';
import javascript from '@shikijs/langs/javascript';
import json from '@shikijs/langs/json';
import jsx from '@shikijs/langs/jsx';
import kotlin from '@shikijs/langs/kotlin';
import lua from '@shikijs/langs/lua';
import makefile from '@shikijs/langs/makefile';
import markdown from '@shikijs/langs/markdown';
import nginx from '@shikijs/langs/nginx';
import python from '@shikijs/langs/python';
import rust from '@shikijs/langs/rust';
import solidity from '@shikijs/langs/solidity';
import sql from '@shikijs/langs/sql';
import swift from '@shikijs/langs/swift';
import toml from '@shikijs/langs/toml';
import tsx from '@shikijs/langs/tsx';
import typescript from '@shikijs/langs/typescript';
import yaml from '@shikijs/langs/yaml';
import githubDarkDefault from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light';

/**
 * The languages the catalog's code fences use (a fence in any other language stays plain text).
 * Imported one by one so a browser bundle carries only these grammars, and compiled by the
 * JavaScript regex engine so highlighting needs no WebAssembly and runs synchronously.
 */
const LANGUAGES: LanguageRegistration[][] = [
  bash, c, csharp, css, diff, docker, gdscript, go, hcl, html, http, ini, javascript, json, jsx, kotlin, lua,
  makefile, markdown, nginx, python, rust, solidity, sql, swift, toml, tsx, typescript, yaml,
];

/** Both themes are emitted at once; the page's `color-scheme` picks one through CSS `light-dark()`. */
const THEMES = { light: 'github-light', dark: 'github-dark-default' } as const;

/**
 * github-light's orange (variables, attributes) is #E36209, 3.5:1 on its white background; text needs
 * 4.5:1 (WCAG AA), so it is drawn in a darker orange of the same hue (#B35900, 4.8:1).
 */
const readableLight = JSON.parse(JSON.stringify(githubLight).replace(/#e36209/gi, '#B35900')) as typeof githubLight;

let highlighter: HighlighterCore | null = null;

function getHighlighter(): HighlighterCore {
  highlighter ??= createHighlighterCoreSync({
    themes: [readableLight, githubDarkDefault],
    langs: LANGUAGES,
    engine: createJavaScriptRegexEngine({ forgiving: true }),
  });
  return highlighter;
}

/** Whether a fence language (or one of its aliases, e.g. `sh`, `ts`) has a grammar here. */
export function canHighlight(language: string): boolean {
  return getHighlighter().getLoadedLanguages().includes(language.toLowerCase());
}

/**
 * Highlights one code block. The result is built by Shiki from the code's text alone (spans with
 * colours), so it can be put into already-sanitized HTML without opening a way in for markup.
 */
export function highlightCode(code: string, language: string): Element {
  const root = getHighlighter().codeToHast(code.replace(/\n$/, ''), {
    lang: language.toLowerCase(),
    themes: THEMES,
    defaultColor: 'light-dark()',
    // The per-line clock guards against grammars that crawl on hostile lines. Shiki's default (0.5 s)
    // also cuts off the first line of a language on a loaded machine, while its patterns compile,
    // which made the same page come out with different colours from run to run.
    tokenizeTimeLimit: 2000,
    tokenizeMaxLineLength: 4000,
  }) as HastRoot;
  const pre = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
  if (!pre) throw new Error('Shiki returned no <pre> element');
  dropThemeVariables(pre);
  const codeElement = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
  if (codeElement) codeElement.properties = { ...codeElement.properties, className: [`language-${language}`] };
  return pre;
}

/**
 * Shiki also writes each colour as `--shiki-light`/`--shiki-dark` variables, which `light-dark()`
 * makes redundant; dropping them roughly halves the size of highlighted code.
 */
function dropThemeVariables(root: Element): void {
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const style = element.properties.style;
    if (typeof style === 'string') {
      element.properties.style = style
        .split(';')
        .filter((declaration) => declaration !== '' && !declaration.trimStart().startsWith('--shiki-'))
        .join(';');
    }
    for (const child of element.children) if (child.type === 'element') stack.push(child);
  }
}
