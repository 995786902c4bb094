import type { SkillRule } from './types.ts';

const TAG = /^[a-z0-9][a-z0-9.+#-]*$/;

export function parseTags(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

const rule: SkillRule = {
  id: 'metadata-tags',
  scope: 'skill',
  severity: 'error',
  preset: 'catalog',
  docs: {
    summary: '`metadata.tags` lists a few lowercase, space-separated tags, used for browsing and search.',
    pass: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\nmetadata:\n  tags: docker containers dockerfile\n---\n',
    fail: '---\nname: docker\ndescription: Builds container images. Use when writing a Dockerfile.\nmetadata:\n  tags: Docker, Containers\n---\n',
  },
  check({ skill, report }) {
    const frontmatter = skill.frontmatter;
    if (!frontmatter) return;
    const tags = frontmatter.metadataFields.get('tags');
    if (!tags) {
      const metadata = frontmatter.fields.get('metadata');
      report(metadata ? metadata.keySpan : { start: { line: frontmatter.closeLine, column: 1 } }, 'Add `metadata.tags`: a few space-separated lowercase tags (e.g. `tags: docker containers`)');
      return;
    }
    if (typeof tags.value !== 'string') return;
    const list = parseTags(tags.value);
    if (list.length === 0) {
      report(tags.valueSpan, '`metadata.tags` is empty; list a few space-separated lowercase tags');
      return;
    }
    const bad = list.filter((tag) => !TAG.test(tag));
    if (bad.length > 0) {
      report(tags.valueSpan, `\`metadata.tags\` must be space-separated lowercase words; fix ${bad.map((tag) => `"${tag}"`).join(', ')}`);
    }
    const seen = new Set<string>();
    for (const tag of list) {
      if (seen.has(tag)) report(tags.valueSpan, `\`metadata.tags\` lists "${tag}" twice`);
      seen.add(tag);
    }
  },
};
export default rule;
