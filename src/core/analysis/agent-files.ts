// Text that reaches the agent as orders although it is not the skill's prose: what a step writes into a file the
// agent loads at the start of every session, the value of a setting that becomes an agent's system prompt, and a
// comment in a code block that speaks to the agent. Each is read as prose by the caller.

/** A span of a text to read as prose, and what carries it to the agent. */
export interface CarriedOrders {
  start: number;
  end: number;
  carrier: 'instruction-file' | 'agent-setting' | 'addressed-comment';
}

/**
 * Files an agent loads as standing orders: the project and user memory files of coding agents, editor rule files,
 * an assistant's repository instructions.
 */
const INSTRUCTION_FILE =
  /(?:^|[^\w.-])(?:agents|claude|gemini|conventions)\.md\b|copilot-instructions\.md\b|\.(?:cursorrules|windsurfrules|clinerules|continuerules|goosehints)\b|\.(?:cursor|windsurf|clinerules|continue)[\\/]rules\b|\.github[\\/]instructions[\\/]|\.kiro[\\/]steering[\\/]/i;
/** A write on the line: a shell redirection or tee, a file-writing call, a prose verb that puts text into a file. */
const WRITES =
  />>?|\btee\b|write|append|\b(?:Add|Set)-Content\b|\bOut-File\b|file_put_contents|\bfputs\b|\b(?:add|insert|put|save|store|paste)\b|\b(?:ajoute[sz]?|añade|agrega|füge|aggiungi|adicione|acrescente)\b/i;
/** The opening of a here-document and its terminator word. */
const HEREDOC = /<<-?[ \t]*(['"]?)([A-Za-z_][\w-]{0,30})\1/;
/** A quoted string of a few words: written text, not a path or a flag. */
const QUOTED_WORDS = /"((?:[^"\\\n]|\\.){12,2000})"|'((?:[^'\\\n]|\\.){12,2000})'|`([^`\n]{12,2000})`/g;
/** How many lines before a write may name the file it writes to (a path bound to a variable first). */
const PATH_LOOKBACK = 6;
/** How many spans one text yields: each is read as prose on its own, so hostile text of many tiny writes is bounded. */
const MAX_SPANS = 200;
/** How many lines a here-document is read for. */
const MAX_HEREDOC_LINES = 200;

/**
 * A setting whose value an agent takes as its standing orders: a system prompt or message, custom instructions,
 * a preamble, rules.
 */
const AGENT_SETTING = /^[ \t-]*["']?(?:system[_ -]?(?:prompt|message|instructions?)|systemMessage|systemPrompt|custom[_-]?instructions|customInstructions|instructions|preamble|rules)["']?[ \t]{0,4}[:=][ \t]{0,4}(["'])/i;

/** A comment or docstring that speaks to the agent running the code. */
const ADDRESSED_COMMENT = /(?:#|\/\/|\/\*|"""|'''|--|<!--)[ \t*]{0,4}(?:(?:note|message|instructions?|attention|important)[ \t]{1,4}(?:for|to)[ \t]{1,4}(?:the[ \t]{1,4})?(?:ai|llm|coding)?[ \t]{0,4}(?:agents?|assistants?|models?|claude|copilot|cursor)|(?:ai|llm|coding)[ \t]{1,4}(?:agents?|assistants?|models?)|(?:claude|copilot|assistant|agent)[ \t]{0,4}[:,])/i;

/** Info strings of fenced blocks that hold prose. */
const PROSE_FENCE = /^(?:|markdown|md|text|txt|plain|plaintext|prompt)$/i;

/** The spans of a text that reach the agent as orders through one of those carriers. */
export function carriedOrders(text: string): CarriedOrders[] {
  if (text.length > 512 * 1024) return [];
  const spans: CarriedOrders[] = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  let lastInstructionFile = -PATH_LOOKBACK - 1;
  /** Inside a fenced block of code; a block of prose (Markdown, text, no language) is read as prose with the text around it. */
  let inCode = false;
  let inFence = false;
  for (let index = 0; index < lines.length && spans.length < MAX_SPANS; index++) {
    const line = lines[index]!;
    const lineStart = starts[index]!;
    const fence = /^[ \t>]*(?:```|~~~)[ \t]*([\w+-]*)/.exec(line);
    if (fence) {
      inFence = !inFence;
      inCode = inFence && !PROSE_FENCE.test(fence[1]!);
    }
    if (INSTRUCTION_FILE.test(line)) lastInstructionFile = index;
    if (index - lastInstructionFile <= PATH_LOOKBACK && WRITES.test(line)) {
      const heredoc = HEREDOC.exec(line);
      if (heredoc) {
        const terminator = heredoc[2]!;
        let end = index + 1;
        while (end < lines.length && end - index <= MAX_HEREDOC_LINES && lines[end]!.trim() !== terminator) end++;
        if (end > index + 1) spans.push({ start: starts[index + 1]!, end: starts[end - 1]! + lines[end - 1]!.length, carrier: 'instruction-file' });
        index = end;
        continue;
      }
      for (const match of line.matchAll(QUOTED_WORDS)) {
        const value = match[1] ?? match[2] ?? match[3]!;
        if (!/\s/.test(value) || (INSTRUCTION_FILE.test(` ${value}`) && value.split(/\s+/).length < 3)) continue;
        const start = lineStart + match.index + 1;
        spans.push({ start, end: start + value.length, carrier: 'instruction-file' });
      }
      continue;
    }
    if (!inCode) continue;
    const setting = AGENT_SETTING.exec(line);
    if (setting) {
      const close = line.lastIndexOf(setting[1]!);
      if (close > setting[0].length) spans.push({ start: lineStart + setting[0].length, end: lineStart + close, carrier: 'agent-setting' });
      continue;
    }
    const comment = ADDRESSED_COMMENT.exec(line);
    if (comment) {
      // The comment's words only: the quotes of a docstring would make them read as a quotation.
      const words = comment.index + /^[^\p{L}]*/u.exec(line.slice(comment.index))![0].length;
      let end = line.length;
      while (end > words && !/[\p{L}\p{N}.!?)]/u.test(line[end - 1]!)) end--;
      if (end > words) spans.push({ start: lineStart + words, end: lineStart + end, carrier: 'addressed-comment' });
    }
  }
  return spans;
}

/** A span's text as prose: escaped line breaks and tabs inside a string literal become blanks of the same length. */
export function carriedText(text: string, span: CarriedOrders): string {
  return text.slice(span.start, span.end).replace(/\\[nrt]/g, ' \n');
}

/** What a finding in a carried span is said to be, after the prose finding's own reason. */
export const CARRIER_WHY: Record<CarriedOrders['carrier'], string> = {
  'instruction-file': 'It is written into a file the agent loads as standing orders, so it holds in every later session.',
  'agent-setting': 'It is set as the agent\'s own instructions.',
  'addressed-comment': 'It is addressed to the agent in a comment of the code it runs.',
};
