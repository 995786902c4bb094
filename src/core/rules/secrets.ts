import { eachMatch, skillTexts, spanIn } from '../texts.ts';
import type { SkillRule } from './types.ts';

interface SecretPattern {
  label: string;
  /** A plain substring every match contains: a cheap test that skips the pattern on most texts. */
  hint: string;
  /**
   * Every pattern is linear-time: a match can only start where a run of token characters starts (the
   * lookbehind), and repetitions are bounded or cannot cross into the next candidate.
   */
  pattern: RegExp;
  /** The random part of the match (capture group); placeholders are recognised there. Default: the whole match. */
  secretGroup?: number;
  /** Returns false for matches that are clearly placeholders or documentation examples, beyond the generic test. */
  real?: (match: RegExpExecArray) => boolean;
}

const PLACEHOLDER = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^>]*>|\{\{[^}]*\}\}|\{[A-Za-z_]+\}|\*+|x+|\.\.\.|…|%[a-z]|\[[^\]]*\])$/i;
/** Words that documentation puts into fake keys; random keys of these lengths essentially never contain them. */
const EXAMPLE_WORDS = /example|sample|dummy|placeholder|redacted|fake|your|xxxx|0000|1234|abcd/i;

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...text].length;
  let bits = 0;
  for (const count of counts.values()) bits -= (count / length) * Math.log2(count / length);
  return bits;
}

/**
 * True for the random part of a token that is obviously not random: documentation words (`EXAMPLE`,
 * `xxxx`), or too little variety for a generated key (one repeated character, a short repeated
 * pattern: under 2.5 bits per character, where a random base-62 key has over 4).
 */
export function looksLikePlaceholder(secret: string): boolean {
  if (EXAMPLE_WORDS.test(secret)) return true;
  return secret.length >= 8 && entropy(secret) < 2.5;
}

// Characters of the token alphabets; a match must not start or end inside a longer run of them.
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';
const re = (source: string, flags = 'g') => new RegExp(source, flags);

const PATTERNS: SecretPattern[] = [
  { label: 'an AWS access key ID', hint: 'A', pattern: re(`${B}(?:AKIA|ASIA|ABIA|ACCA)([A-Z0-9]{16})${E}`), secretGroup: 1 },
  {
    label: 'an AWS secret access key',
    hint: 'ecret',
    pattern: /(?<![A-Za-z0-9_])aws_?secret_?(?:access_?)?key["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    secretGroup: 1,
  },
  { label: 'a Google API key', hint: 'AIza', pattern: re(`${B}AIza([0-9A-Za-z_-]{35})${E}`), secretGroup: 1 },
  { label: 'a GitHub token', hint: '_', pattern: re(`${B}(?:gh[pousr]_([A-Za-z0-9]{36,255})|github_pat_([A-Za-z0-9_]{60,255}))${E}`) },
  { label: 'a GitLab token', hint: 'gl', pattern: re(`${B}gl(?:pat|ptt|dt|rt|cbt)-([A-Za-z0-9_-]{20,255})${E}`), secretGroup: 1 },
  { label: 'an npm token', hint: 'npm_', pattern: re(`${B}npm_([A-Za-z0-9]{36})${E}`), secretGroup: 1 },
  { label: 'a PyPI token', hint: 'pypi-', pattern: re(`${B}pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{40,1000}${E}`) },
  { label: 'a Docker Hub token', hint: 'dckr_', pattern: re(`${B}dckr_pat_([A-Za-z0-9_-]{27,100})${E}`), secretGroup: 1 },
  { label: 'a Stripe key', hint: 'k_', pattern: re(`${B}(?:sk|rk)_(?:live|test)_([A-Za-z0-9]{16,255})${E}`), secretGroup: 1 },
  { label: 'an OpenAI API key', hint: 'sk-', pattern: re(`${B}sk-(?:(?:proj|svcacct|admin)-([A-Za-z0-9_-]{40,300})|([A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))${E}`) },
  { label: 'an Anthropic API key', hint: 'sk-ant-', pattern: re(`${B}sk-ant-(?:api|admin|oat|ort)\\d{2}-([A-Za-z0-9_-]{40,300})${E}`), secretGroup: 1 },
  { label: 'a Hugging Face token', hint: 'hf_', pattern: re(`${B}hf_([A-Za-z0-9]{34,40})${E}`), secretGroup: 1 },
  { label: 'a Slack token', hint: 'xox', pattern: re(`${B}xox(?:[abposr]|e(?:\\.xox[bp])?)-([A-Za-z0-9-]{10,255})${E}`), secretGroup: 1 },
  { label: 'a Slack webhook URL', hint: 'hooks.slack.com', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{1,20}\/B[A-Z0-9]{1,20}\/([A-Za-z0-9]{20,64})/g, secretGroup: 1 },
  { label: 'a SendGrid API key', hint: 'SG.', pattern: re(`${B}SG\\.([A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${E}`), secretGroup: 1 },
  { label: 'a Twilio API key', hint: 'SK', pattern: re(`${B}SK([0-9a-f]{32})${E}`), secretGroup: 1 },
  { label: 'a DigitalOcean token', hint: '_v1_', pattern: re(`${B}do[por]_v1_([a-f0-9]{64})${E}`), secretGroup: 1 },
  { label: 'a Databricks token', hint: 'dapi', pattern: re(`${B}dapi([a-f0-9]{32})(?:-\\d)?${E}`), secretGroup: 1 },
  { label: 'a private key', hint: 'PRIVATE KEY', pattern: /-----BEGIN (?:[A-Z0-9]{1,20} ){0,4}PRIVATE KEY(?: BLOCK)?-----/g },
  { label: 'a JSON Web Token', hint: 'eyJ', pattern: re(`${B}eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}`) },
  {
    label: 'a connection string with a password',
    hint: '@',
    pattern: /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:/@'"`]+):([^\s@/'"`]+)@[^\s'"`]+/gi,
    secretGroup: 2,
    real: (m) => !PLACEHOLDER.test(m[2]!) && !PLACEHOLDER.test(decodeURIComponentSafe(m[2]!)),
  },
];

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Shows only the start of a secret, so the diagnostic does not spread it further. */
export function redact(secret: string): string {
  return `${secret.slice(0, Math.min(6, Math.floor(secret.length / 3)))}…`;
}

/** An AWS secret access key: 40 characters of base64 near an access key ID (hex-only strings are commit hashes). */
const AWS_SECRET_NEAR = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_SECRET_WINDOW = 300;

function isRealSecret(pattern: SecretPattern, match: RegExpExecArray): boolean {
  if (pattern.real && !pattern.real(match)) return false;
  const secret = pattern.secretGroup === undefined ? (match.slice(1).find((group) => group !== undefined) ?? match[0]) : match[pattern.secretGroup]!;
  return !looksLikePlaceholder(secret);
}

const rule: SkillRule = {
  id: 'secrets',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'No credentials in a skill or any of its files (evals included): cloud keys, GitHub, GitLab, npm, PyPI, OpenAI, Anthropic, Stripe, Slack and other tokens, private keys, JWTs, passwords in connection strings. Read them from the environment instead.',
    pass: '---\nname: stripe-setup\ndescription: Sets up Stripe. Use when adding payments.\n---\n```python\nstripe.api_key = os.environ["STRIPE_SECRET_KEY"]\n```\n',
    fail: '---\nname: stripe-setup\ndescription: Sets up Stripe. Use when adding payments.\n---\n```python\nstripe.api_key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"\n```\n',
  },
  check({ skill, report }) {
    for (const text of skillTexts(skill)) {
      const found = (index: number, length: number, label: string, shown: string) =>
        report(spanIn(text, index, length), `Looks like ${label} (${redact(shown)}); remove it, rotate it if it was real, and read it from the environment`, { file: text.file });
      const reported = new Set<number>();
      for (const pattern of PATTERNS) {
        if (!text.text.includes(pattern.hint)) continue;
        eachMatch(pattern.pattern, text.text, (match) => {
          if (!isRealSecret(pattern, match)) return;
          reported.add(match.index);
          found(match.index, match[0].length, pattern.label, match[0]);
        });
      }
      // A secret access key has no prefix of its own: look for one just after each access key ID.
      if (!text.text.includes('A')) continue;
      eachMatch(PATTERNS[0]!.pattern, text.text, (keyId) => {
        const from = keyId.index + keyId[0].length;
        const window = text.text.slice(from, from + AWS_SECRET_WINDOW);
        eachMatch(AWS_SECRET_NEAR, window, (candidate) => {
          const secret = candidate[0];
          if (/^[0-9a-f]+$/i.test(secret) || looksLikePlaceholder(secret) || reported.has(from + candidate.index)) return;
          reported.add(from + candidate.index);
          found(from + candidate.index, secret.length, 'an AWS secret access key', secret);
        });
      });
    }
  },
};
export default rule;
