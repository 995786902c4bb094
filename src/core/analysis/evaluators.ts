// Code run by carriers no parser here reads: a provisioning task whose command is a template expression decoding a
// value, and Emacs Lisp evaluating text it fetched or decoded.
import { spanIn, type SkillText } from '../texts.ts';
import type { Threat } from './index.ts';

/** A template filter that decodes its input (`| b64decode`). */
const DECODING_FILTER = String.raw`\|[ \t]{0,4}(?:b64decode|b32decode|base64_decode|from_base64|decode_base64|unhexlify|hex2bin)\b`;
const HAS_DECODING_FILTER = new RegExp(DECODING_FILTER);
/** A template expression (Jinja, as Ansible and Salt write it) whose value a decoding filter gives. */
const TEMPLATE_DECODE = String.raw`\{\{[^{}\n]{0,300}?${DECODING_FILTER}[^{}\n]{0,200}\}\}`;
/**
 * A task key whose value a shell or the host runs as a command (Ansible's `shell`, `command`, `raw`, their `cmd`
 * argument, a Windows shell; Salt's `cmd.run` named inline), with that expression where the command starts, alone
 * or behind `sh -c` / `eval`.
 */
const DECODED_COMMAND = new RegExp(String.raw`^[ \t]{0,40}(?:-[ \t]{1,4})?((?:[\w-]{1,40}\.){0,3}(?:shell|command|raw|cmd|win_shell|win_command|script|cmd\.run|cmd\.shell))[ \t]*:[ \t]*["']?(?:(?:(?:ba|z|da)?sh|bash)[ \t]{1,4}-c[ \t]{1,4}["']?|eval[ \t]{1,4}["']?)?${TEMPLATE_DECODE}`);
/** Salt's state function that runs its `name` as a command, on a line of its own. */
const RUNS_ITS_NAME = /^[ \t]{0,40}(?:-[ \t]{1,4})?cmd\.(?:run|shell|script|wait)[ \t]*:[ \t]*$/;
const NAMED_COMMAND = new RegExp(String.raw`^[ \t]{0,40}-[ \t]{1,4}(name)[ \t]*:[ \t]*["']?${TEMPLATE_DECODE}`);
/** Lines after a Salt `cmd.run:` among which its `- name:` is looked for. */
const NAME_REACH = 4;

/** Provisioning tasks that run, as their command, a value a template filter decodes: what runs is hidden from review. */
export function templatedDecodedCommands(text: SkillText): Threat[] {
  if (!text.text.includes('{{') || !HAS_DECODING_FILTER.test(text.text)) return [];
  const threats: Threat[] = [];
  let offset = 0;
  let runsNameUntil = -1;
  const lines = text.text.split('\n');
  for (let i = 0; i < lines.length && threats.length < 10; i++) {
    const line = lines[i]!.slice(0, 2000);
    if (RUNS_ITS_NAME.test(line)) runsNameUntil = i + NAME_REACH;
    const command = DECODED_COMMAND.exec(line) ?? (i <= runsNameUntil ? NAMED_COMMAND.exec(line) : null);
    if (command) {
      const start = offset + command[0].indexOf(command[1]!);
      threats.push({ threat: 'obfuscated-exec', severity: 'error', file: text.file, span: spanIn(text, start, command[0].length - (start - offset)), message: 'This task runs, as its command, a value a template filter decodes, so nobody reviewing the skill can read what it does' });
    }
    offset += lines[i]!.length + 1;
  }
  return threats;
}

/** A fenced block's language naming Emacs Lisp. */
const LISP_FENCE_LANGUAGE = /^[ \t]*(?:emacs-lisp|elisp|el|lisp)[ \t]*$/i;
const FENCE_LINE = /^[ \t]{0,12}(`{3,}|~{3,})([^\n`]{0,200})$/gm;
/** Calls that bring a remote file's text into a buffer, a file or a string. */
const LISP_FETCH = /\((?:url-retrieve(?:-synchronously)?|url-insert-file-contents|url-copy-file|request|plz)\s/;
/** Calls that decode text. */
const LISP_DECODE = /\((?:base64-decode-(?:string|region)|decode-coding-string|hex-to-string)\s/;
/** Evaluating text as Lisp: a buffer, a region, or a form read from text. */
const LISP_EVALUATES = /\((?:eval-buffer|eval-region|load-file)\b|\(eval\s{1,10}\((?:read\b|car\s{1,10}\(read-from-string\b)/;
/** A file copied from an address (`(url-copy-file URL PATH)`), capturing the path. */
const LISP_COPIES_TO = /\(url-copy-file\s{1,10}"[^"\n]{1,600}"\s{1,10}"([^"\n]{1,300})"/g;
/** A file loaded by its path, capturing the path. */
const LISP_LOADS = /\((?:load|load-file)\s{1,10}"([^"\n]{1,300})"/g;
const MAX_LISP_CHARS = 256 * 1024;

/** Where each top-level form of Lisp code starts and ends (strings and comments skipped). */
function topLevelForms(code: string): Array<[number, number]> {
  const forms: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (char === ';') {
      const end = code.indexOf('\n', i);
      i = end === -1 ? code.length : end;
    } else if (char === '"') {
      for (i++; i < code.length && code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (char === '?' && code[i + 1] === '\\') i += 2;
    else if (char === '(') {
      if (depth === 0) start = i;
      depth++;
    } else if (char === ')' && depth > 0 && --depth === 0) forms.push([start, i + 1]);
  }
  if (depth > 0) forms.push([start, code.length]);
  return forms;
}

/** The pieces of a text that are Emacs Lisp: the whole of an `.el` file, or the Lisp fences of a document. */
function lispPieces(text: SkillText): Array<[number, number]> {
  if (/\.el$/i.test(text.path)) return [[0, Math.min(text.text.length, MAX_LISP_CHARS)]];
  if (!/^[ \t]{0,12}(?:`{3,}|~{3,})[ \t]*(?:emacs-lisp|elisp|el|lisp)[ \t]*$/im.test(text.text)) return [];
  const pieces: Array<[number, number]> = [];
  let open: { marker: string; lisp: boolean; from: number } | null = null;
  for (const fence of text.text.matchAll(FENCE_LINE)) {
    const [line, marker, info] = fence as unknown as [string, string, string];
    if (open === null) open = { marker, lisp: LISP_FENCE_LANGUAGE.test(info), from: fence.index! + line.length + 1 };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length && info.trim() === '') {
      if (open.lisp) pieces.push([open.from, fence.index!]);
      open = null;
      if (pieces.length >= 50) break;
    }
  }
  return pieces;
}

/**
 * Emacs Lisp that evaluates what it fetched (a retrieved buffer evaluated in the same form, a copied file loaded
 * later) or what it decoded: start-up code that runs whatever the address serves, or what nobody can read.
 */
export function lispEvaluations(text: SkillText): Threat[] {
  const threats: Threat[] = [];
  for (const [from, to] of lispPieces(text)) {
    const code = text.text.slice(from, to);
    const copied = new Set([...code.matchAll(LISP_COPIES_TO)].map((match) => match[1]!));
    for (const [start, end] of topLevelForms(code)) {
      if (threats.length >= 10) return threats;
      const form = code.slice(start, end);
      const evaluates = LISP_EVALUATES.exec(form);
      if (evaluates && (LISP_FETCH.test(form) || LISP_DECODE.test(form))) {
        const fetched = LISP_FETCH.test(form);
        threats.push({ threat: fetched ? 'download-exec' : 'obfuscated-exec', severity: 'error', file: text.file, span: spanIn(text, from + start + evaluates.index, evaluates[0].length), message: fetched ? 'This Emacs Lisp evaluates text it fetched from the network, running whatever the address serves' : 'This Emacs Lisp evaluates text it decodes, so nobody reviewing the skill can read what it does' });
        continue;
      }
      if (copied.size === 0) continue;
      for (const load of form.matchAll(LISP_LOADS)) {
        if (!copied.has(load[1]!)) continue;
        threats.push({ threat: 'download-exec', severity: 'error', file: text.file, span: spanIn(text, from + start + load.index!, load[0].length), message: 'This Emacs Lisp loads a file it copied from the network, running whatever the address serves' });
        break;
      }
    }
  }
  return threats;
}
