/**
 * The value of the first line `name: …` (quotes around it dropped), the name a skill without a folder
 * goes by; undefined when no such line holds a plain value. Scans line by line, in linear time.
 */
export function declaredName(text: string): string | undefined {
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.startsWith('name:', lineStart)) {
      let value = text.slice(lineStart + 5, lineEnd).trim();
      if (value.startsWith('"') || value.startsWith("'")) value = value.slice(1);
      if (value.endsWith('"') || value.endsWith("'")) value = value.slice(0, -1);
      value = value.trim();
      if (value !== '' && !value.includes('"') && !value.includes("'")) return value;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}
