import type { SkillRule } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` calendar date, or null when it is not one. */
export function dayNumber(text: string): number | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const digits = text.slice(0, 4) + text.slice(5, 7) + text.slice(8, 10);
  for (const char of digits) if (char < '0' || char > '9') return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip unchanged.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / DAY_MS;
}

const rule: SkillRule = {
  id: 'freshness',
  scope: 'skill',
  severity: 'warning',
  preset: 'catalog',
  docs: {
    summary:
      'A skill records when its facts were last checked (`metadata.verified`, a `YYYY-MM-DD` date, not in the future and at most `maxSkillAgeDays` old, 365 by default) and against which tool versions (`metadata.tested-with`).',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\nmetadata:\n  tags: docker containers\n  verified: "2026-12-05"\n  tested-with: "docker 29, buildx 0.30"\n---\n',
    fail: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\nmetadata:\n  tags: docker containers\n  verified: "5 Dec 2026"\n---\n',
  },
  check({ skill, config, report }) {
    const frontmatter = skill.frontmatter;
    if (!frontmatter) return;
    const metadata = frontmatter.fields.get('metadata');
    const missingAt = metadata ? metadata.keySpan : { start: { line: frontmatter.closeLine, column: 1 } };

    const verified = frontmatter.metadataFields.get('verified');
    if (!verified) {
      report(missingAt, 'Add `metadata.verified: "YYYY-MM-DD"`, the day the skill was last checked against the current versions of the tools it names');
    } else if (typeof verified.value === 'string') {
      // Non-string values are reported by metadata-format.
      const day = dayNumber(verified.value.trim());
      const today = config.today === null ? null : dayNumber(config.today);
      if (day === null) {
        report(verified.valueSpan, '`metadata.verified` must be a calendar date written YYYY-MM-DD, such as "2026-12-05"');
      } else if (today !== null && day > today) {
        report(verified.valueSpan, `\`metadata.verified\` is in the future (today is ${config.today}); use the day the skill was actually checked`);
      } else if (today !== null && today - day > config.maxSkillAgeDays) {
        report(
          verified.valueSpan,
          `Last verified ${today - day} days ago (the limit, maxSkillAgeDays, is ${config.maxSkillAgeDays}): re-check the skill against current tool versions, then update \`metadata.verified\` and \`metadata.tested-with\``,
        );
      }
    }

    const testedWith = frontmatter.metadataFields.get('tested-with');
    if (!testedWith) {
      report(missingAt, 'Add `metadata.tested-with`: the tools and versions the text was checked against, such as "node 24, vitest 4.1"');
    } else if (typeof testedWith.value === 'string' && testedWith.value.trim() === '') {
      report(testedWith.valueSpan, '`metadata.tested-with` is empty; name the tools and versions the text was checked against');
    }
  },
};
export default rule;
