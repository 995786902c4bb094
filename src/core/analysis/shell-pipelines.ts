// Tree-sitter's shell grammar keeps every stage of a pipeline on its stack until the pipeline ends,
// and recovering from an error after a long one (a pipeline cut off by the end of the file) costs the
// square of its length, in a phase that never reports progress, so no deadline can stop it: a
// 128 KB script of `a | a | … |` held the parser for ten seconds. Scripts this long are measured
// before parsing instead; no real script comes near the limit.

/** More pipe operators than this in one pipeline and the script is not parsed (the analysis reports it as unreadable). */
export const MAX_PIPELINE_STAGES = 512;

/**
 * The largest number of `|` / `|&` operators in one pipeline of a shell script, counted by one pass
 * that skips quoted text and comments. A pipeline goes on across a line break after a `|` or a
 * backslash and ends at any other line break, `;`, `&`, `&&` or `||`. An unterminated quote runs to
 * the end, as it would for the shell.
 */
export function longestPipeline(script: string): number {
  let longest = 0;
  let stages = 0;
  /** Whether the last character outside quotes, spaces aside, was a pipe (the pipeline continues on the next line). */
  let afterPipe = false;
  let i = 0;
  const end = script.length;
  while (i < end) {
    const char = script[i]!;
    if (char === '\\') {
      i += 2;
      afterPipe = false;
      continue;
    }
    if (char === "'") {
      const close = script.indexOf("'", i + 1);
      i = close === -1 ? end : close + 1;
      afterPipe = false;
      continue;
    }
    if (char === '"') {
      i++;
      while (i < end && script[i] !== '"') i += script[i] === '\\' ? 2 : 1;
      i++;
      afterPipe = false;
      continue;
    }
    if (char === '#' && (i === 0 || /[\s;&|(]/.test(script[i - 1]!))) {
      const lineEnd = script.indexOf('\n', i);
      i = lineEnd === -1 ? end : lineEnd;
      continue;
    }
    if (char === '|') {
      if (script[i + 1] === '|') {
        stages = 0;
        i += 2;
        continue;
      }
      stages++;
      if (stages > longest) longest = stages;
      afterPipe = true;
      i += script[i + 1] === '&' ? 2 : 1;
      continue;
    }
    if (char === ';' || char === '&' || (char === '\n' && !afterPipe)) stages = 0;
    if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') afterPipe = false;
    i++;
  }
  return longest;
}
