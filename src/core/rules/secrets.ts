import { eachMatch, skillTexts, spanIn } from '../texts.ts';
import type { SkillRule } from './types.ts';

interface SecretPattern {
  label: string;
  /** A plain substring every match contains: a cheap test that skips the pattern on most texts. */
  hint: string;
  pattern: RegExp;
  /** Returns false for matches that are clearly placeholders or documentation examples. */
  real?: (match: RegExpExecArray) => boolean;
}

const PLACEHOLDER = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^>]*>|\{\{[^}]*\}\}|\{[A-Za-z_]+\}|\*+|x+|\.\.\.|…|%[a-z]|\[[^\]]*\])$/i;

const PATTERNS: SecretPattern[] = [
  { label: 'an AWS access key ID', hint: 'A', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g, real: (m) => !m[0].includes('EXAMPLE') },
  { label: 'a Google API key', hint: 'AIza', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { label: 'a GitHub token', hint: '_', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b/g },
  { label: 'a Stripe key', hint: 'k_', pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g },
  { label: 'a Slack token', hint: 'xox', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g },
  { label: 'a Slack webhook URL', hint: 'hooks.slack.com', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{20,}/g },
  { label: 'a private key', hint: 'PRIVATE KEY', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { label: 'a JSON Web Token', hint: 'eyJ', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  {
    label: 'a connection string with a password',
    hint: '@',
    pattern: /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:/@'"`]+):([^\s@/'"`]+)@[^\s'"`]+/gi,
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

const rule: SkillRule = {
  id: 'secrets',
  scope: 'skill',
  severity: 'error',
  preset: 'default',
  docs: {
    summary:
      'No credentials in a skill or its files: cloud keys, GitHub, Stripe and Slack tokens, private keys, JWTs, passwords in connection strings. Read them from the environment instead.',
    pass: '---\nname: stripe-setup\ndescription: Sets up Stripe. Use when adding payments.\n---\n```python\nstripe.api_key = os.environ["STRIPE_SECRET_KEY"]\n```\n',
    fail: '---\nname: stripe-setup\ndescription: Sets up Stripe. Use when adding payments.\n---\n```python\nstripe.api_key = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"\n```\n',
  },
  check({ skill, report }) {
    for (const text of skillTexts(skill)) {
      for (const { label, hint, pattern, real } of PATTERNS) {
        if (!text.text.includes(hint)) continue;
        eachMatch(pattern, text.text, (match) => {
          if (real && !real(match)) return;
          report(spanIn(text, match.index, match[0].length), `Looks like ${label} (${redact(match[0])}); remove it, rotate it if it was real, and read it from the environment`, { file: text.file });
        });
      }
    }
  },
};
export default rule;
