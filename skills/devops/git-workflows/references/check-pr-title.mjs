// Validate a PR title (or commit subject) against Conventional Commits.
// Usage: node check-pr-title.mjs "feat(api): add order export"
// In CI: node check-pr-title.mjs "$PR_TITLE"   (pass the title via an env var, never inline)
const TYPES = ["feat", "fix", "perf", "refactor", "docs", "test", "build", "ci", "chore", "revert", "style"];
const pattern = new RegExp(
  `^(?<type>${TYPES.join("|")})(?:\\((?<scope>[a-z0-9][a-z0-9._/-]*)\\))?(?<breaking>!)?: (?<subject>\\S.{0,98})$`
);

export function check(title) {
  const m = pattern.exec(title.trim());
  if (!m) {
    return { ok: false, reason: `expected "<type>(<scope>)?: <subject>" with type in ${TYPES.join(", ")}` };
  }
  if (/\.$/.test(m.groups.subject)) {
    return { ok: false, reason: "subject must not end with a period" };
  }
  return { ok: true, ...m.groups, breaking: Boolean(m.groups.breaking) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const title = process.argv.slice(2).join(" ");
  const result = check(title);
  if (!result.ok) {
    console.error(`Invalid title: "${title}"\n${result.reason}`);
    process.exit(1);
  }
  console.log(`OK: type=${result.type} scope=${result.scope ?? "-"} breaking=${result.breaking}`);
}
