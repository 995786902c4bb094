// The plain-textarea editor: a line-number gutter that follows its scrolling, markers on lines with
// diagnostics, and "go to line" for clicks on a diagnostic.

export class LineEditor {
  readonly textarea: HTMLTextAreaElement;
  private readonly gutter: HTMLElement;
  private lineCount = 0;
  private marks = new Map<number, 'error' | 'warning'>();

  constructor(textarea: HTMLTextAreaElement, gutter: HTMLElement) {
    this.textarea = textarea;
    this.gutter = gutter;
    textarea.addEventListener('scroll', () => this.syncScroll());
    textarea.addEventListener('input', () => this.renderGutter());
    // The textarea can be resized (vertically); the gutter follows.
    new ResizeObserver(() => {
      this.gutter.style.height = `${this.textarea.offsetHeight}px`;
      this.syncScroll();
    }).observe(textarea);

    this.renderGutter();
  }

  get value(): string {
    return this.textarea.value;
  }

  set value(text: string) {
    this.textarea.value = text;
    this.textarea.scrollTop = 0;
    this.renderGutter();
  }

  /** Marks lines that have diagnostics (errors win over warnings on the same line). */
  mark(lines: Iterable<{ line: number; severity: 'error' | 'warning' }>): void {
    this.marks = new Map();
    for (const { line, severity } of lines) if (this.marks.get(line) !== 'error') this.marks.set(line, severity);
    this.lineCount = -1;
    this.renderGutter();
  }

  private renderGutter(): void {
    const count = this.textarea.value.split('\n').length;
    if (count !== this.lineCount) {
      this.lineCount = count;
      const rows: HTMLElement[] = [];
      for (let line = 1; line <= count; line++) {
        const row = document.createElement('span');
        row.textContent = String(line);
        const severity = this.marks.get(line);
        if (severity) row.className = `gutter-mark gutter-mark--${severity}`;
        rows.push(row);
      }
      this.gutter.replaceChildren(...rows);
    }
    this.syncScroll();
  }

  private syncScroll(): void {
    this.gutter.scrollTop = this.textarea.scrollTop;
  }

  /** Selects a whole line (1-based), scrolls it into view and focuses the editor. */
  goToLine(line: number): void {
    const lines = this.textarea.value.split('\n');
    const target = Math.min(Math.max(line, 1), lines.length);
    let start = 0;
    for (let i = 0; i < target - 1; i++) start += lines[i]!.length + 1;
    const end = start + lines[target - 1]!.length;
    this.textarea.focus({ preventScroll: true });
    this.textarea.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight) || 20;
    const visible = this.textarea.clientHeight;
    const top = (target - 1) * lineHeight;
    if (top < this.textarea.scrollTop || top + lineHeight > this.textarea.scrollTop + visible) this.textarea.scrollTop = Math.max(0, top - visible / 3);
    this.syncScroll();
  }
}
