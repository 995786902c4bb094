// What the command shows on a terminal besides its results: whether to colour, the progress line of a
// long check, and a valid skill name for one that is not.

/**
 * Colour only on a terminal, unless the environment says otherwise: FORCE_COLOR (any value but `0` or
 * `false`) turns it on, NO_COLOR (any non-empty value), FORCE_COLOR=0 and TERM=dumb turn it off.
 */
export function colorFor(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  if (env.TERM === 'dumb') return false;
  return (stream as NodeJS.WriteStream).isTTY === true;
}

/** Checks of this many skills or fewer end too soon to need a progress line. */
export const PROGRESS_ABOVE = 500;

/** The text of the progress line: `checking skills: 1200/5000 (24%)`. */
export function progressLine(done: number, total: number): string {
  const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
  return `checking skills: ${done}/${total} (${percent}%)`;
}

/**
 * One line on a terminal (stderr) rewritten in place as more than PROGRESS_ABOVE skills are checked, at most every 100 ms,
 * and erased at the end so that nothing of it stays in the output.
 */
export class Progress {
  private shown = false;
  private last = 0;
  private readonly stream: NodeJS.WritableStream;
  private readonly now: () => number;

  constructor(stream: NodeJS.WritableStream, now: () => number = Date.now) {
    this.stream = stream;
    this.now = now;
  }

  readonly update = (done: number, total: number): void => {
    if (total <= PROGRESS_ABOVE) return;
    const time = this.now();
    if (this.shown && time - this.last < 100 && done < total) return;
    this.last = time;
    this.shown = true;
    this.stream.write(`\r${progressLine(done, total)}\u001b[K`);
  };

  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}

/**
 * A valid catalog skill name close to what was typed: ASCII lower case, accents dropped, every run of
 * other characters one hyphen (`Foo Bar!` → `foo-bar`); undefined when nothing usable is left.
 */
export function suggestSkillName(typed: string): string | undefined {
  const words = typed
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let name = '';
  for (const word of words) {
    const next = name === '' ? word : `${name}-${word}`;
    if (next.length > 64) break;
    name = next;
  }
  return name === '' ? undefined : name;
}
