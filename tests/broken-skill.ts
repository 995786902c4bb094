/**
 * A skill that breaks several rules, and the `line:column rule` of each finding `skillpack check`
 * reports for it. Kept free of side effects (no tokenizer is installed on import) so any test can use it.
 */
export const BROKEN_SKILL = '---\nname: Broken\ndescription: Does things.\nauthor: me\n---\n# T\n\n```\ncode\n```\n\n<script>x()</script>\n';
export const BROKEN_SKILL_FINDINGS = [
  '1:1 evals-triggers',
  '1:1 skill-structure',
  '2:7 name-format',
  '2:7 name-matches-folder',
  '3:14 description-trigger',
  '4:1 known-fields',
  '5:1 freshness',
  '5:1 freshness',
  '5:1 metadata-tags',
  '6:1 skill-structure',
  '8:1 fence-language',
  '12:1 raw-html',
];
