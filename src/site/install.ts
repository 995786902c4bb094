// The copy-paste install commands of a skill page, for a POSIX shell. Skill names and file names are
// untrusted: every value is quoted as one shell word (shell-quote), every URL is built from
// percent-encoded segments, curl's URL globbing is off, and a path that could leave the skill's
// folder is refused instead of written into the command.
import { quote } from 'shell-quote';

export interface InstallFile {
  /** Where the file goes inside the installed skill folder (its path in the source). */
  source: string;
  /** Where the site publishes it, relative to the skill's published folder. */
  path: string;
}

/** A path that stays inside the folder it is joined to: relative, no empty, `.` or `..` segment, no NUL. */
function confined(path: string): boolean {
  return path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\0'));
}

const encodeSegments = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** Characters no POSIX shell treats specially anywhere in a word. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** `value` as one shell word: plain words stay readable, anything else is quoted by shell-quote. */
const word = (value: string) => (PLAIN_WORD.test(value) ? value : quote([value]));

/**
 * One curl command that downloads every file of skill `name` from `site` (the site's absolute URL,
 * ending in `/`) into `<home folder>/<name>/`. `home` is a folder below the user's home, e.g.
 * `.claude/skills`, written after `~/` so the shell expands it.
 */
export function installCommand(home: string, name: string, files: readonly InstallFile[], site: string): string {
  if (!confined(home) || !confined(name) || name.includes('/')) throw new Error(`cannot build an install command for ${JSON.stringify(name)} into ${JSON.stringify(home)}`);
  const lines = files.map((file) => {
    if (!confined(file.source) || !confined(file.path)) throw new Error(`${name}: ${JSON.stringify(file.source)} leaves the skill folder`);
    const url = new URL(`.well-known/agent-skills/${encodeURIComponent(name)}/${encodeSegments(file.path)}`, site).href;
    return `  -o ~/${word(`${home}/${name}/${file.source}`)} ${word(url)}`;
  });
  return ['curl -fsSL --globoff --create-dirs', ...lines].join(' \\\n');
}

/** Installs through the site's discovery index with the `skills` command. */
export const skillsAddCommand = (site: string) => `npx skills add ${word(site.replace(/\/$/, ''))}`;

/** Downloads one file into the current folder. */
export const downloadCommand = (url: string) => `curl -fsSLO ${word(url)}`;
