import { latinLookAlike } from '../analysis/prose-normalize.ts';
import type { Span } from '../diagnostics.ts';
import type { SkillSummary, TreeRule } from './types.ts';

/** What a name looks like: look-alike letters as Latin, accents dropped, compatibility forms folded. */
function skeleton(name: string): string {
  // Printable ASCII (nearly every name) has no marks and no look-alikes to fold.
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  return [...name.normalize('NFKD').replace(/\p{M}/gu, '')].map((char) => latinLookAlike(char) ?? char).join('');
}

/** Every string one deletion away, plus the name itself: two names within one edit share one of these. */
function deletions(name: string): string[] {
  const out = [name];
  for (let i = 0; i < name.length; i++) out.push(`${name.slice(0, i)}\u0000${name.slice(i + 1)}`, name.slice(0, i) + name.slice(i + 1));
  return out;
}

/** Whether two different names are one insertion, deletion, substitution or swap of neighbours apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((char, i) => (char === b[i] ? [] : [i]));
    // Numbered siblings (`python-3-11`, `python-3-12`) are distinct on purpose, not a typo.
    if (diff.some((i) => /\d/.test(a[i]!) || /\d/.test(b[i]!))) return false;
    return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (!/\d/.test(long[i]!) && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

const MIN_LENGTH = 4;

const rule: TreeRule = {
  id: 'similar-names',
  scope: 'tree',
  severity: 'warning',
  preset: 'default',
  docs: {
    summary: 'No name or alias looks like another skill\'s (look-alike letters, or one typo away), which lets one skill pass for another.',
    pass: 'skills/devops/docker next to skills/devops/helm',
    fail: 'skills/devops/docker next to skills/devops/dokcer',
  },
  checkTree(skills, report) {
    const entries: Array<{ skill: SkillSummary; value: string; span: Span; shape: string }> = [];
    for (const skill of skills) {
      if (skill.name) entries.push({ skill, value: skill.name.value, span: skill.name.span, shape: skeleton(skill.name.value) });
      for (const alias of skill.aliases ?? []) entries.push({ skill, value: alias.value, span: alias.span, shape: skeleton(alias.value) });
    }
    // Deletion neighbourhoods keyed by skeleton: candidate pairs in linear time, then checked exactly.
    const buckets = new Map<string, number[]>();
    entries.forEach(({ shape }, index) => {
      if (shape.length < MIN_LENGTH) return;
      for (const key of new Set(deletions(shape))) {
        const bucket = buckets.get(key) ?? [];
        if (bucket.length < 50) bucket.push(index);
        buckets.set(key, bucket);
      }
    });
    const reported = new Set<string>();
    for (const bucket of buckets.values()) {
      if (bucket.length < 2) continue;
      for (const i of bucket) {
        for (const j of bucket) {
          const a = entries[i]!;
          const b = entries[j]!;
          if (a.skill === b.skill || a.value === b.value || reported.has(`${i} ${j}`)) continue;
          const why = a.shape === b.shape ? 'looks the same as' : oneEditApart(a.shape, b.shape) ? 'is one typo away from' : null;
          if (!why) continue;
          reported.add(`${i} ${j}`);
          report(a.skill, a.span, `"${a.value}" ${why} "${b.value}" (${b.skill.file}); pick a name that cannot be mistaken for it`);
        }
      }
    }
  },
};
export default rule;
