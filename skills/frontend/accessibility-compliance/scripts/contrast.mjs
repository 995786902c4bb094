#!/usr/bin/env node
// WCAG 2.x contrast ratios for colour pairs, checked against the AA and AAA thresholds. No dependencies.
import { readFileSync } from "node:fs";

const USAGE = `usage: node scripts/contrast.mjs FOREGROUND BACKGROUND [KIND]
       node scripts/contrast.mjs --file PAIRS.txt [--strict]

Colours: #rgb, #rrggbb, #rgba, #rrggbbaa or rgb(r g b) / rgb(r, g, b [/ alpha]). A translucent
foreground is composited over the background first; the background must be opaque.
KIND is what the foreground is: text (default, AA 4.5:1), large (text of 24 px, or 18.66 px bold:
AA 3:1) or ui (component boundaries, icons, focus indicators: 3:1).
A pairs file has one pair per line: NAME FOREGROUND BACKGROUND [KIND]; lines starting with "# " are
comments.
Ratios are shown truncated, never rounded up (4.499 shows as 4.49 and fails). --strict exits 1 when
any pair fails AA.`;

const THRESHOLDS = { text: [4.5, 7], large: [3, 4.5], ui: [3, null] };

class InputError extends Error {}

function parseColour(text) {
  const value = text.trim().toLowerCase();
  let rgba;
  if (/^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(value)) {
    let hex = value.slice(1);
    if (hex.length <= 4) hex = [...hex].map((c) => c + c).join("");
    rgba = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    rgba.push(hex.length === 8 ? parseInt(hex.slice(6, 8), 16) / 255 : 1);
  } else if (value.startsWith("rgb(") || value.startsWith("rgba(")) {
    if (!value.endsWith(")")) throw new InputError(`'${text}' lacks its closing parenthesis`);
    const inner = value.slice(value.indexOf("(") + 1, -1);
    const [channels, alphaPart] = inner.split("/");
    const parts = channels.split(/[\s,]+/).filter(Boolean);
    if (alphaPart === undefined && parts.length === 4) rgba = parts;
    else rgba = [...parts, alphaPart ?? "1"];
    if (rgba.length !== 4) throw new InputError(`'${text}' needs three channels`);
    rgba = rgba.map((part, i) => {
      const n = part.trim().endsWith("%") ? (Number(part.trim().slice(0, -1)) / 100) * (i === 3 ? 1 : 255) : Number(part);
      if (!Number.isFinite(n) || n < 0 || n > (i === 3 ? 1 : 255)) throw new InputError(`'${text}' has an out-of-range channel '${part.trim()}'`);
      return n;
    });
  } else {
    throw new InputError(`'${text}' is not a colour; use #rrggbb or rgb(r g b)`);
  }
  return rgba;
}

function linear(channel8) {
  const c = channel8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance([r, g, b]) {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(foreground, background) {
  const fg = parseColour(foreground);
  const bg = parseColour(background);
  if (bg[3] < 1) throw new InputError(`background '${background}' is translucent; give the colour it shows on screen`);
  const shown = fg.slice(0, 3).map((c, i) => c * fg[3] + bg[i] * (1 - fg[3]));
  const [hi, lo] = [luminance(shown), luminance(bg)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function check(rawName, foreground, background, kind = "text") {
  const name = rawName.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
  if (!Object.hasOwn(THRESHOLDS, kind)) throw new InputError(`kind '${kind}' is not text, large or ui`);
  const ratio = contrastRatio(foreground, background);
  const [aa, aaa] = THRESHOLDS[kind];
  const shown = (Math.floor(ratio * 100) / 100).toFixed(2);
  const verdict = ratio >= aa ? (aaa && ratio >= aaa ? "AAA" : "AA") : "FAIL";
  return { line: `${name.padEnd(18)} ${foreground.padEnd(9)} on ${background.padEnd(9)} ${shown.padStart(5)}:1  ${kind.padEnd(5)} ${verdict}`, pass: verdict !== "FAIL" };
}

// Splits on whitespace outside parentheses, so "rgb(37 99 235 / 0.6)" stays one word.
function splitWords(line) {
  const words = [];
  let current = "";
  let depth = 0;
  for (const char of line) {
    if (char === "(") depth += 1;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (/\s/.test(char) && depth === 0) {
      if (current) words.push(current);
      current = "";
    } else current += char;
  }
  if (current) words.push(current);
  return words;
}

function readPairs(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
  const pairs = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line === "#" || line.startsWith("# ")) return;
    const words = splitWords(line);
    if (words.length < 3 || words.length > 4) throw new InputError(`${file}:${index + 1}: expected NAME FOREGROUND BACKGROUND [KIND]`);
    pairs.push({ where: `${file}:${index + 1}`, args: words });
  });
  if (pairs.length === 0) throw new InputError(`${file}: no colour pairs found`);
  return pairs;
}

function main(argv) {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const strict = argv.includes("--strict");
  const args = argv.filter((a) => a !== "--strict");
  let pairs;
  if (args[0] === "--file" && args.length === 2) pairs = readPairs(args[1]);
  else if (args.length === 2 || args.length === 3) pairs = [{ where: "arguments", args: ["pair", ...args] }];
  else {
    console.error(USAGE);
    return 2;
  }
  let failures = 0;
  for (const { where, args: [name, fg, bg, kind] } of pairs) {
    let result;
    try {
      result = check(name, fg, bg, kind);
    } catch (error) {
      if (error instanceof InputError) throw new InputError(`${where}: ${error.message}`);
      throw error;
    }
    console.log(result.line);
    if (!result.pass) failures += 1;
  }
  if (failures) console.log(`${failures} of ${pairs.length} pair(s) fail WCAG AA`);
  return strict && failures ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(`contrast: ${error.message.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?")}`);
  process.exitCode = 2;
}
