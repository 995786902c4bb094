const PATTERNS: Array<[string, RegExp]> = [
  ["aws-access-key-id", /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g],
  ["github-token", /\b(ghp|gho|ghs|ghu|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}\b/g],
  ["slack-token", /\bxox[abpors]-[A-Za-z0-9-]{10,}\b/g],
  ["stripe-key", /\b(sk|rk)_(live|test)_[A-Za-z0-9]{20,}\b/g],
  ["private-key", /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g],
  ["url-credentials", /\b([a-z][a-z0-9+.-]*:\/\/[^:\s/]+:)[^@\s]+(@)/gi],
  ["bearer", /\b(Bearer\s+)[A-Za-z0-9._~+/-]{20,}=*/g],
];

const SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|API_?KEY|PRIVATE|CREDENTIAL)/i;

function envSecretValues(): string[] {
  return Object.entries(process.env)
    .filter(([k, v]) => SECRET_NAME.test(k) && typeof v === "string" && v.length >= 8)
    .map(([, v]) => v as string)
    .sort((a, b) => b.length - a.length);
}

export function redact(input: string): { text: string; count: number } {
  let count = 0;
  let text = input;
  for (const value of envSecretValues()) {
    if (text.includes(value)) {
      count += text.split(value).length - 1;
      text = text.split(value).join("[REDACTED:env]");
    }
  }
  for (const [name, re] of PATTERNS) {
    text = text.replace(re, (...m: string[]) => {
      count++;
      if (name === "url-credentials") return `${m[1]}[REDACTED]${m[2]}`;
      if (name === "bearer") return `${m[1]}[REDACTED]`;
      return `[REDACTED:${name}]`;
    });
  }
  return { text, count };
}
