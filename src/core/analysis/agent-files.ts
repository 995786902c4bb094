// Text that reaches the agent as orders although it is not the skill's prose: what a step writes into a file the
// agent loads at the start of every session, the value of a setting that becomes an agent's system prompt, a
// comment or string in a code block that speaks to the agent, the description of a tool or the text of a prompt the
// agent is handed, a message a script prints for the agent that runs it, and the title of a Markdown link. Each is
// read as prose by the caller.

/** A span of a text to read as prose, and what carries it to the agent. */
export interface CarriedOrders {
  start: number;
  end: number;
  carrier: 'instruction-file' | 'agent-setting' | 'addressed-comment' | 'tool-text' | 'script-message' | 'link-title';
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
/** The same in guillemets or typographic quotes (French, German, Spanish), looked for on their own so a code span before them does not hide them. */
const TYPOGRAPHIC_QUOTED = /«[ \t\u00a0\u202f]?([^«»\n]{12,2000}?)[ \t\u00a0\u202f]?»|“([^“”\n]{12,2000})”|„([^„“”\n]{12,2000})[“”]/g;

/** A quotation in straight, typographic or angle quotes that a paragraph's soft line breaks may cut (code spans left out; prose escapes no quote). */
const WRAPPED_QUOTED = /"([^"]{12,2000})"|«[ \t\u00a0\u202f]?([^«»]{12,2000}?)[ \t\u00a0\u202f]?»|“([^“”]{12,2000})”|„([^„“”]{12,2000})[“”]/g;

/** The words a quoted string holds, and where they start in the line. */
function quotedWords(match: RegExpMatchArray): { value: string; offset: number } {
  const value = match.slice(1, 4).find((group) => group !== undefined)!;
  return { value, offset: match.index! + match[0].indexOf(value) };
}
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

/** Who a comment or string speaks to: a note for the agent, AI agents or reviewers by kind, an assistant by name. */
const AGENT_ADDRESS =
  '(?:(?:note|message|instructions?|attention|important)[ \\t]{1,4}(?:for|to)[ \\t]{1,4}(?:the[ \\t]{1,4})?(?:(?:ai|llm)[ \\t]{1,4})?(?:coding[ \\t]{1,4})?(?:agents?|assistants?|models?|claude|copilot|cursor)' +
  '|(?:(?:for|to)[ \\t]{1,4})?(?:ai|llm|coding)[ \\t]{1,4}(?:coding[ \\t]{1,4})?(?:agents?|assistants?|models?|reviewers?)|(?:claude|copilot|assistants?|agents?)[ \\t]{0,4}[:,])';

/** A comment or docstring that speaks to the agent running the code (doc comments `///` and `//!` included). */
const ADDRESSED_COMMENT = new RegExp(`(?:#|//|/\\*|"""|\'\'\'|--|<!--)[ \\t*/!]{0,4}${AGENT_ADDRESS}`, 'i');

/** A string literal that speaks to the agent, at its start or after a sentence of it ("Setup failed. Assistant: …"). */
const ADDRESSED_STRING = new RegExp(`(["'\`])(?:[^"'\`\\n]{0,200}?[.!?][ \\t]{1,4})?${AGENT_ADDRESS}`, 'i');

/** A data field whose key names the agent as its reader (`"note_for_assistant": "…"`, `agent_hint = '…'`), up to the value's opening quote. */
const AGENT_KEYED_VALUE = /["']?[\w-]{0,30}(?<![a-z])(?:agents?|assistants?|ai|llm|claude|copilot)(?![a-z])[\w-]{0,30}["']?[ \t]{0,4}[:=][ \t]{0,4}(["'])/i;
/** A setting whose key names the agent (`assistant_report: false`), then a comment after its value, up to the comment's words: the comment tells the agent what the setting means for it. */
const AGENT_KEYED_COMMENT = /^[ \t-]*["']?[\w-]{0,30}(?<![a-z])(?:agents?|assistants?|ai|llm|claude|copilot)(?![a-z])[\w-]{0,30}["']?[ \t]{0,4}[:=][^#\n]{0,200}?[ \t](?:#|\/\/)[ \t]{0,4}/i;
/**
 * The agent's name as `AGENT_KEYED_VALUE` reads it, which every line it matches holds: most lines hold none, and
 * that pattern, tried at each offset, reads up to 30 characters of a key before it looks for the name.
 */
const AGENT_KEY_NAME = /(?<![a-z])(?:agents?|assistants?|ai|llm|claude|copilot)(?![a-z])/i;
/** A cell of tab-, comma- or pipe-separated data that opens by addressing the agent, up to the words after the address. */
const AGENT_ADDRESSED_CELL = /(?:^|[\t,|;])[ \t]{0,4}(?:(?:ai|llm)[ \t]{1,4})?(?:claude|copilot|assistants?|agents?)[ \t]{0,4}:[ \t]{0,4}/i;

/**
 * A line that defines a tool or a prompt handed to an agent: an MCP server's tool or prompt registration, a tool's
 * input schema, a chat message with a user or system role.
 */
const TOOL_DEFINITION = /\.(?:tool|prompt)\(|\bregister(?:Tool|Prompt)\b|\binput_?schema\b|\binputSchema\b|["']tools["'][ \t]{0,4}:|\brole["']?[ \t]{0,4}[:=][ \t]{0,4}["'](?:user|system)\b/i;
/** How many lines after a tool definition's marker its description and texts may stand. */
const TOOL_LOOKAHEAD = 3;
/** A key whose value the agent reads as a tool's description or a prompt's text, up to the opening quote. */
const TOOL_TEXT_KEY = /["']?\b(?:description|text|content|prompt)["']?[ \t]{0,4}[:=][ \t]{0,4}(["'`])/gi;
/** A line that is a string of several words on its own: a positional description argument. */
const STANDALONE_STRING = /^[ \t]*(["'`])([^"'`\n]{12,2000})\1[ \t]{0,4},?[ \t]{0,4}$/;

/**
 * A call that prints a message, which the agent running the script reads as the script's answer: the printer's name
 * then an opening parenthesis or, for a command, a quote after at most two flags (`echo -e "…"`).
 */
const PRINTS = /(?:^|[\s;&|({])(?:echo|printf|print|puts|die|warn|console\.(?:log|error|warn|info)|sys\.exit|Write-(?:Host|Output|Error|Warning)|println!|eprintln!|fmt\.(?:Print|Fprint)\w{0,3}|raise[ \t]{1,4}\w{1,40}|throw[ \t]{1,4}new[ \t]{1,4}\w{1,40})(?:\(|[ \t]{1,4}(?:-{1,2}\w{1,12}[ \t]{1,4}){0,2}["'])/;

/** A Markdown link's title, capturing it: text shown only on hover, which the agent reads as it reads the prose. */
const LINK_TITLE = /\]\([^()\s]{1,500}[ \t]{1,4}"([^"\n]{8,500})"\)/g;

/** Info strings of fenced blocks that hold prose. */
const PROSE_FENCE = /^(?:|markdown|md|text|txt|plain|plaintext|prompt)$/i;

/** The spans of a text that reach the agent as orders through one of those carriers; `code` when the whole text is a script. */
export function carriedOrders(text: string, code = false): CarriedOrders[] {
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
  let lastToolDefinition = -TOOL_LOOKAHEAD - 1;
  /** Inside a fenced block of code; a block of prose (Markdown, text, no language) is read as prose with the text around it. */
  let inCode = code;
  let inFence = false;
  for (let index = 0; index < lines.length && spans.length < MAX_SPANS; index++) {
    const line = lines[index]!;
    const lineStart = starts[index]!;
    const fence = /^[ \t>]*(?:```|~~~)[ \t]*([\w+-]*)/.exec(line);
    if (fence && !code) {
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
      for (const match of [...line.matchAll(QUOTED_WORDS), ...line.matchAll(TYPOGRAPHIC_QUOTED)]) {
        const { value, offset } = quotedWords(match);
        if (!/\s/.test(value) || (INSTRUCTION_FILE.test(` ${value}`) && value.split(/\s+/).length < 3)) continue;
        const start = lineStart + offset;
        spans.push({ start, end: start + value.length, carrier: 'instruction-file' });
      }
      continue;
    }
    if (!inCode) {
      // Every title ends `")`: a line without one (most prose) is not searched.
      if (!line.includes('")')) continue;
      for (const title of line.matchAll(LINK_TITLE)) {
        const start = lineStart + title.index + title[0].lastIndexOf(title[1]!);
        spans.push({ start, end: start + title[1]!.length, carrier: 'link-title' });
      }
      continue;
    }
    if (TOOL_DEFINITION.test(line)) lastToolDefinition = index;
    if (index - lastToolDefinition <= TOOL_LOOKAHEAD && toolTexts(line, lineStart, spans)) continue;
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
      continue;
    }
    const addressed = ADDRESSED_STRING.exec(line);
    if (addressed) {
      const close = closingQuote(line, addressed.index, addressed[1]!);
      const from = addressed.index + 1;
      if (close > from) spans.push({ start: lineStart + from, end: lineStart + close, carrier: 'addressed-comment' });
      continue;
    }
    const namesAgent = AGENT_KEY_NAME.test(line);
    const keyedComment = namesAgent ? AGENT_KEYED_COMMENT.exec(line) : null;
    if (keyedComment && keyedComment[0].length < line.length) spans.push({ start: lineStart + keyedComment[0].length, end: lineStart + line.trimEnd().length, carrier: 'addressed-comment' });
    const keyed = namesAgent ? AGENT_KEYED_VALUE.exec(line) : null;
    if (keyed) {
      const open = keyed.index + keyed[0].length - 1;
      const close = closingQuote(line, open, keyed[1]!);
      if (/\s\S+\s/.test(line.slice(open + 1, close))) spans.push({ start: lineStart + open + 1, end: lineStart + close, carrier: 'addressed-comment' });
      continue;
    }
    if (keyedComment) continue;
    const cell = AGENT_ADDRESSED_CELL.exec(line);
    if (cell) {
      const from = cell.index + cell[0].length;
      const tab = line.indexOf('\t', from);
      spans.push({ start: lineStart + from, end: lineStart + (tab === -1 ? line.length : tab), carrier: 'addressed-comment' });
      continue;
    }
    if (PRINTS.test(line)) {
      for (const match of line.matchAll(QUOTED_WORDS)) {
        const { value, offset } = quotedWords(match);
        if (!/\s\S+\s/.test(value)) continue;
        const start = lineStart + offset;
        spans.push({ start, end: start + value.length, carrier: 'script-message' });
      }
    }
  }
  if (!code) wrappedWrites(text, lines, starts, spans);
  return spans;
}

/**
 * Quotations written into an instruction file by a paragraph of prose whose soft line breaks part the write, the
 * file's name and the quotation: a paragraph that names such a file and a write carries every quotation it holds, in
 * straight or typographic quotes, besides those its lines carried one by one.
 */
function wrappedWrites(text: string, lines: string[], starts: number[], spans: CarriedOrders[]): void {
  const seen = new Set(spans.map((span) => span.start));
  let inFence = false;
  for (let index = 0; index < lines.length && spans.length < MAX_SPANS; index++) {
    if (/^[ \t>]*(?:```|~~~)/.test(lines[index]!)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || !lines[index]!.trim()) continue;
    let last = index;
    while (last + 1 < lines.length && lines[last + 1]!.trim() && !/^[ \t>]*(?:```|~~~)/.test(lines[last + 1]!)) last++;
    const from = starts[index]!;
    const paragraph = text.slice(from, starts[last]! + lines[last]!.length);
    index = last;
    if (!INSTRUCTION_FILE.test(paragraph) || !WRITES.test(paragraph)) continue;
    for (const match of paragraph.matchAll(WRAPPED_QUOTED)) {
      const value = match.slice(1, 5).find((group) => group !== undefined)!;
      const start = from + match.index + match[0].indexOf(value);
      if (seen.has(start) || !/\s/.test(value) || (INSTRUCTION_FILE.test(` ${value}`) && value.split(/\s+/).length < 3)) continue;
      seen.add(start);
      spans.push({ start, end: start + value.length, carrier: 'instruction-file' });
    }
  }
}

/** The index of the quote that closes the string opened at `open`, or the line's end when it is not closed there. */
function closingQuote(line: string, open: number, quote: string): number {
  for (let i = open + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === quote) return i;
  }
  return line.length;
}

/** Adds the description and texts a tool or prompt definition's line carries; whether it held any. */
function toolTexts(line: string, lineStart: number, spans: CarriedOrders[]): boolean {
  const before = spans.length;
  for (const key of line.matchAll(TOOL_TEXT_KEY)) {
    const open = key.index + key[0].length - 1;
    const close = closingQuote(line, open, key[1]!);
    if (/\s/.test(line.slice(open + 1, close))) spans.push({ start: lineStart + open + 1, end: lineStart + close, carrier: 'tool-text' });
  }
  const standalone = STANDALONE_STRING.exec(line);
  if (spans.length === before && standalone && /\s\S+\s\S+\s/.test(standalone[2]!)) {
    const start = lineStart + line.indexOf(standalone[1]!) + 1;
    spans.push({ start, end: start + standalone[2]!.length, carrier: 'tool-text' });
  }
  return spans.length > before;
}

/** A span's text as prose: escaped line breaks and tabs inside a string literal become blanks of the same length. */
export function carriedText(text: string, span: CarriedOrders): string {
  return text.slice(span.start, span.end).replace(/\\[nrt]/g, ' \n');
}

/** What a finding in a carried span is said to be, after the prose finding's own reason. */
export const CARRIER_WHY: Record<CarriedOrders['carrier'], string> = {
  'instruction-file': 'It is written into a file the agent loads as standing orders, so it holds in every later session.',
  'agent-setting': 'It is set as the agent\'s own instructions.',
  'addressed-comment': 'It is addressed to the agent in a comment or string of the code it runs.',
  'tool-text': 'It is the description of a tool or the text of a prompt the agent is handed.',
  'script-message': 'It is a message the script prints, which the agent running it reads.',
  'link-title': 'It is the title of a Markdown link, hidden from a reader of the rendered page but not from the agent.',
};
