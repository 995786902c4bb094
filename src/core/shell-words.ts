/**
 * A small, linear-time reader of shell command lines in free text (code blocks and prose alike):
 * enough structure to tell which command a word belongs to and which commands are piped into which.
 * It is not a shell parser; it errs towards seeing commands where a reader would.
 */

export interface ShellWord {
  /** The word as written, quotes included. */
  raw: string;
  /** The word without quotes, backticks or wrapping parentheses. */
  text: string;
  index: number;
}

export interface ShellCommand {
  words: ShellWord[];
  /** Offsets of the command's first and past-last character in the text. */
  start: number;
  end: number;
}

/** Commands joined by pipes, e.g. `curl … | sudo bash`. */
export type Pipeline = ShellCommand[];

const OPENERS = '`"\'(';
const CLOSERS = '`"\'),;';

function clean(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && OPENERS.includes(raw[start]!)) start++;
  while (end > start && CLOSERS.includes(raw[end - 1]!)) end--;
  return raw.slice(start, end);
}

const isBlank = (char: string) => char === ' ' || char === '\t';

/**
 * Splits a text into pipelines. Lines end pipelines unless continued with a backslash; `;`, `&&`,
 * `||` and `&` end them too; `|` separates commands. Quotes that open a word keep its spaces and
 * operators, up to the end of the line; backticks separate words (inline code in Markdown).
 */
export function* readPipelines(text: string, from = 0): Generator<Pipeline> {
  // Handed out as they end, so a long text's commands never pile up in memory.
  let pipelines: Pipeline[] = [];
  let pipeline: Pipeline = [];
  let command: ShellCommand = { words: [], start: -1, end: -1 };
  let wordStart = -1;
  let quote = '';

  const endWord = (end: number) => {
    if (wordStart === -1) return;
    const raw = text.slice(wordStart, end);
    if (command.start === -1) command.start = wordStart;
    command.words.push({ raw, text: clean(raw), index: wordStart });
    command.end = end;
    wordStart = -1;
  };
  const endCommand = () => {
    if (command.words.length > 0) pipeline.push(command);
    command = { words: [], start: -1, end: -1 };
  };
  const endPipeline = () => {
    endCommand();
    if (pipeline.length > 0) pipelines.push(pipeline);
    pipeline = [];
  };
  const addOperatorWord = (start: number, end: number) => {
    endWord(start);
    wordStart = start;
    endWord(end);
  };

  for (let i = from; i < text.length; i++) {
    if (pipelines.length > 0) {
      yield* pipelines;
      pipelines = [];
    }
    const char = text[i]!;
    if (char === '\n' || char === '\r') {
      quote = '';
      endWord(i);
      endPipeline();
      continue;
    }
    if (char === '\\') {
      const next = text[i + 1];
      if (next === '\n' || next === '\r') {
        endWord(i);
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1;
        continue;
      }
      if (wordStart === -1) wordStart = i;
      i++;
      continue;
    }
    if (quote !== '') {
      if (char === quote) quote = '';
      continue;
    }
    if ((char === '"' || char === "'") && (wordStart === -1 || /[=(]/.test(text[i - 1]!))) {
      if (wordStart === -1) wordStart = i;
      quote = char;
      continue;
    }
    if (isBlank(char) || char === '`') {
      endWord(i);
      continue;
    }
    if (char === ';') {
      endWord(i);
      endPipeline();
      continue;
    }
    if (char === '&') {
      if (text[i + 1] === '>' || text[i - 1] === '>') {
        if (wordStart === -1) wordStart = i;
        continue;
      }
      endWord(i);
      endPipeline();
      if (text[i + 1] === '&') i++;
      continue;
    }
    if (char === '|') {
      endWord(i);
      if (text[i + 1] === '|') {
        endPipeline();
        i++;
      } else {
        endCommand();
        if (text[i + 1] === '&') i++;
      }
      continue;
    }
    if (char === '>') {
      const length = text[i + 1] === '>' ? 2 : 1;
      const fd = wordStart !== -1 && /^\d$/.test(text.slice(wordStart, i));
      if (fd) {
        const start = wordStart;
        wordStart = -1;
        addOperatorWord(start, i + length);
      } else addOperatorWord(i, i + length);
      i += length - 1;
      continue;
    }
    if (wordStart === -1) wordStart = i;
  }
  endWord(text.length);
  endPipeline();
  yield* pipelines;
}

/**
 * The lines of a text as readPipelines reads them: a line that ends in a backslash runs on into the
 * next. No pipeline crosses from one to the next, so each can be read on its own.
 */
export function* logicalLines(text: string, from = 0): Generator<{ start: number; end: number }> {
  let start = from;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) {
      const next = text.charCodeAt(i + 1);
      i += next === 13 && text.charCodeAt(i + 2) === 10 ? 2 : 1;
      continue;
    }
    if (code === 10 || code === 13) {
      if (i > start) yield { start, end: i };
      start = i + 1;
    }
  }
  if (start < text.length) yield { start, end: text.length };
}

const WRAPPERS = new Set(['sudo', 'doas', 'env', 'command', 'exec', 'nohup', 'time', 'nice', 'builtin']);
/** Options of sudo and env that take the next word as their value. */
const OPTIONS_WITH_VALUE = new Set(['-u', '-g', '-U', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '-S', '--user', '--group', '--chdir', '--unset']);

/** The lower-case base name of a word: `/usr/bin/env` → `env`. */
export function commandName(word: string): string {
  const slash = word.lastIndexOf('/');
  return (slash === -1 ? word : word.slice(slash + 1)).toLowerCase();
}

/** Index of the word that names the program a command runs, past `sudo`, `env`, their options and `VAR=value` assignments. */
export function programIndex(command: ShellCommand): number {
  const words = command.words;
  let i = 0;
  let wrapped = false;
  while (i < words.length) {
    const text = words[i]!.text;
    if (WRAPPERS.has(commandName(text))) {
      wrapped = true;
      i++;
      continue;
    }
    if (wrapped && text.startsWith('-')) {
      i += OPTIONS_WITH_VALUE.has(text) ? 2 : 1;
      continue;
    }
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(text)) {
      i++;
      continue;
    }
    return i;
  }
  return -1;
}

/** The program a command runs, as a lower-case base name (empty when there is none). */
export function programOf(command: ShellCommand): string {
  const index = programIndex(command);
  return index === -1 ? '' : commandName(command.words[index]!.text);
}
