// Package managers' settings read by every later install: hosts trusted without their certificates, values sent with each request.
import { type Statement, statementAt } from '../program.ts';
import type { ProgramAnalysis } from './program-analysis.ts';

const WHY = 'makes pip trust package hosts without checking their certificates for every later install, so whoever is on the network path can serve any package';

/** A host of this machine, where a local index (devpi, a proxy in a container) is served from. */
const LOCAL_HOST = /^(?:localhost|[\w-]{1,63}\.localhost|127(?:\.\d{1,3}){3}|\[?::1\]?|host\.docker\.internal)(?::\d{1,5})?$/i;

/** Whether a list of trusted hosts (spaces, commas or lines between them) names one that is not this machine. */
function trustsOtherHosts(value: string): boolean {
  return value.split(/[\s,]+/).some((host) => {
    const bare = host.replace(/^["']+|["']+$/g, '');
    return bare !== '' && !LOCAL_HOST.test(bare);
  });
}

/** The offsets of the `trusted-host` settings of a pip settings file (`pip.conf`, `pip.ini`) that trust another host; values may go on over indented lines. */
export function pipSettingsTrustingOthers(text: string): number[] {
  if (!/^[ \t]*trusted[-_]host[ \t]*[=:]/im.test(text) || !/^[ \t]*\[(?:global|install|download|wheel|index)\][ \t]*$/im.test(text)) return [];
  const found: number[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length && found.length < 3; i++) {
    const setting = /^[ \t]*trusted[-_]host[ \t]*[=:][ \t]*([^#;\n]*)/i.exec(lines[i]!);
    if (setting) {
      let value = setting[1]!;
      for (let next = i + 1; next < lines.length && next <= i + 50 && /^[ \t]+[^\s#;=[][^=\n]*$/.test(lines[next]!); next++) value += ` ${lines[next]!}`;
      if (trustsOtherHosts(value)) found.push(offset);
    }
    offset += lines[i]!.length + 1;
  }
  return found;
}

/** The trusted hosts of pip (or uv's insecure hosts) set in the environment, capturing the value. */
const TRUST_VARIABLE = /\b(?:PIP_TRUSTED_HOST|UV_INSECURE_HOST)\b["'\]]{0,2}\s{0,4}[=:,]\s{0,4}(?:"([^"\n]{0,300})"|'([^'\n]{0,300})'|([^\s;)]{1,300}))/;
/** A package installer started by the same statement: the setting then holds for that one command. */
const INSTALLER = /\b(?:pip[\d.]{0,4}|uv|poetry|pipenv|pipx|pdm|hatch)\b/;

/**
 * pip's trusted hosts set in the environment that later commands inherit (`export`, a Dockerfile's `ENV`, `$env:`,
 * `os.environ[…] =`, `setx`) to a host other than this machine; set for one install command it is that command's.
 */
export function inspectPipTrustInEnvironment(analysis: ProgramAnalysis, statement: Statement): void {
  const text = statement.text;
  if (!text.includes('_HOST')) return;
  const set = TRUST_VARIABLE.exec(text);
  if (!set || INSTALLER.test(text.slice(set.index + set[0].length))) return;
  const value = set[1] ?? set[2] ?? set[3] ?? '';
  const hosts = value.includes('$') ? analysis.resolve(value) : value;
  // A value left to a variable the code does not set is the user's to choose.
  if (!hosts.includes('$') && trustsOtherHosts(hosts)) analysis.report('security-tampering', statement, WHY);
}

/** The trusted hosts of a pip settings file, each reported where it is set. */
export function reportPipSettingsTrust(analysis: ProgramAnalysis, text: string): void {
  for (const offset of pipSettingsTrustingOthers(text)) {
    const at = statementAt(analysis.program.statements, offset);
    if (at) analysis.report('security-tampering', at, WHY);
  }
}

/** A value a package manager adds to every request it sends to its index: pip's user-agent data, npm's user agent. */
const SENT_SETTING = /\b(?:PIP_USER_AGENT_USER_DATA|npm_config_user_agent|NPM_CONFIG_USER_AGENT)\b["'\]]{0,2}\s{0,4}[=:,]|\b(?:npm|pnpm|yarn)\s{1,4}config\s{1,4}set\s{1,4}(?:user-agent|userAgent)\b/;

/**
 * A secret put into such a value: the index, or whoever answers in its name, receives it with every install, in a
 * header no one reads.
 */
export function inspectSentPackageSetting(analysis: ProgramAnalysis, statement: Statement): void {
  const text = statement.text;
  if (!/USER_AGENT|user_agent|user-?agent/i.test(text)) return;
  const set = SENT_SETTING.exec(text);
  if (!set) return;
  const labels = analysis.labelsOf(text.slice(set.index + set[0].length), statement.uses);
  if (labels.has('secret')) analysis.report('covert-channel', statement, 'puts a secret into the user agent a package manager sends with every request, so the package index receives it with each install');
}
