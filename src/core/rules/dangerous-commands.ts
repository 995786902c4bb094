import { eachMatch, skillTexts, spanIn } from '../texts.ts';
import type { SkillRule } from './types.ts';

/** Install scripts that are commonly run as `curl … | sh` and published by the tool's own maintainers. */
export const DEFAULT_ALLOWED_INSTALLERS = [
  'https://sh.rustup.rs',
  'https://astral.sh/uv/',
  'https://astral.sh/ruff/',
  'https://get.pnpm.io/',
  'https://bun.sh/install',
  'https://deno.land/install.sh',
  'https://install.python-poetry.org',
  'https://raw.githubusercontent.com/Homebrew/install/',
  'https://raw.githubusercontent.com/nvm-sh/nvm/',
];

const DOWNLOADER = String.raw`(?:curl|wget|fetch|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b`;
const SHELL = String.raw`(?:sudo[ \t]+(?:-\S+[ \t]+)*)?(?:(?:ba|z|k|da|fi)?sh|python3?|perl|ruby|node|iex|Invoke-Expression|pwsh|powershell)\b`;

const PATTERNS: Array<{ pattern: RegExp; hint: RegExp; message: string; piped?: boolean }> = [
  {
    pattern: new RegExp(String.raw`${DOWNLOADER}[^\n|;&]*\|[ \t]*${SHELL}|\b(?:ba|z)?sh[ \t]+<\([ \t]*${DOWNLOADER}[^)\n]*\)|\b(?:ba|z)?sh[ \t]+-c[ \t]+["']?\$\([ \t]*${DOWNLOADER}[^)\n]*\)`, 'g'),
    hint: /curl|wget|fetch|iwr|irm|invoke-/i,
    message: 'pipes a download straight into a shell; download the script, check it (or its checksum), then run it',
    piped: true,
  },
  {
    pattern: /\bchmod[ \t]+(?:-[A-Za-z]+[ \t]+)*(?:0?777|a\+rwx|ugo\+rwx)(?=[ \t\r\n;&|]|$)/g,
    hint: /chmod/,
    message: 'makes files writable by everyone; grant only the permissions needed (e.g. 755 or 644)',
  },
  {
    pattern: /\brm[ \t]+(?:-[A-Za-z]+[ \t]+)*(?:--no-preserve-root[ \t]+)?(?:-[A-Za-z]+[ \t]+)*(?:\/\*?|~\/?\*?|"?\$HOME"?\/?\*?)(?=[ \t\r\n;&|]|$)/g,
    hint: /\brm[ \t]/,
    message: 'deletes everything under / or the home folder; name the exact path to remove',
  },
  {
    pattern: /\b(?:pip3?|python3?[ \t]+-m[ \t]+pip|uv[ \t]+pip|pipx|npm|pnpm|yarn|bun|gem)[ \t]+(?:install|i|add)\b[^\n]*?[ \t](?:git\+)?https?:\/\/\S+/g,
    hint: /[ \t](?:git\+)?https?:\/\//,
    message: 'installs a package straight from a URL, bypassing the registry and its integrity checks; install a pinned version from the registry',
  },
  {
    pattern: /(?:>>?|\btee[ \t]+(?:-a[ \t]+)?|\b(?:cp|mv|install)[ \t]+(?:\S+[ \t]+)+)\/etc\//g,
    hint: /\/etc\//,
    message: 'writes under /etc, changing system-wide configuration; say so explicitly and prefer a drop-in file the user reviews',
  },
];

const rule: SkillRule = {
  id: 'dangerous-commands',
  scope: 'skill',
  severity: 'warning',
  preset: 'default',
  docs: {
    summary:
      'No risky shell commands for an agent to copy: downloads piped into a shell (except allow-listed installers), `chmod 777`, `rm -rf /`, package installs from URLs, writes under /etc.',
    pass: '---\nname: rust-setup\ndescription: Installs Rust. Use when setting up a Rust toolchain.\n---\n```bash\ncurl --proto "=https" -sSf https://sh.rustup.rs | sh\n```\n',
    fail: '---\nname: tool-setup\ndescription: Installs the tool. Use when setting up.\n---\n```bash\ncurl -fsSL https://example.com/install.sh | sudo bash\n```\n',
  },
  check({ skill, config, report }) {
    for (const text of skillTexts(skill)) {
      const from = text.isSkillFile ? skill.bodyOffset : 0;
      for (const { pattern, hint, message, piped } of PATTERNS) {
        if (!hint.test(text.text)) continue;
        eachMatch(pattern, text.text, (match) => {
          if (match.index < from) return;
          if (piped) {
            const url = /https?:\/\/[^\s|"'`)]+/.exec(match[0])?.[0];
            if (url && config.allowedInstallers.some((prefix) => url.startsWith(prefix))) return;
          }
          report(spanIn(text, match.index, match[0].length), `\`${match[0].trim().slice(0, 80)}\` ${message}`, { file: text.file });
        });
      }
    }
  },
};
export default rule;
