import { stem } from './stem.ts';

/** Words too common in task prompts and skill text to tell skills apart. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could do does doing done for from had has have how i if in into is it its ' +
    'me my of on or our please should so some than that the their them then there these this those to too us use used ' +
    'using want was we were what when where which while who why will with would you your yours need needs help ' +
    'make get got set up out about also just like via any all each one two new way ways thing things work works working ' +
    'skill skills agent task tasks guide write writing best practice practices'
  ).split(' '),
);

/** Spellings that name the same thing; each side expands to the other (multi-word entries become several terms). */
const SYNONYM_GROUPS: string[][] = [
  ['k8s', 'kubernetes'],
  ['js', 'javascript'],
  ['ts', 'typescript'],
  ['py', 'python'],
  ['postgres', 'postgresql', 'psql', 'pg'],
  ['db', 'database'],
  ['auth', 'authentication', 'authorization'],
  ['authn', 'authentication'],
  ['authz', 'authorization'],
  ['gh', 'github'],
  ['tf', 'terraform'],
  ['a11y', 'accessibility'],
  ['i18n', 'internationalization'],
  ['e2e', 'end-to-end'],
  ['llm', 'language model'],
  ['rag', 'retrieval augmented generation'],
  ['ml', 'machine learning'],
  ['ci', 'continuous integration'],
  ['cd', 'continuous delivery'],
  ['otel', 'opentelemetry'],
  ['gql', 'graphql'],
  ['rn', 'react native'],
  ['iac', 'infrastructure as code'],
  ['mfa', 'multi-factor'],
  ['2fa', 'two-factor'],
  ['pr', 'pull request'],
  ['mr', 'merge request'],
  ['vuln', 'vulnerability'],
  ['perf', 'performance'],
  ['config', 'configuration'],
  ['env', 'environment'],
  ['repo', 'repository'],
  ['deps', 'dependencies'],
  ['async', 'asynchronous'],
  ['ddd', 'domain-driven design'],
  ['tdd', 'test-driven development'],
  ['ux', 'user experience'],
  ['ui', 'user interface'],
  ['sso', 'single sign-on'],
  ['slo', 'service level objective'],
  ['sli', 'service level indicator'],
  ['gdpr', 'data protection'],
  ['vm', 'virtual machine'],
  ['adr', 'architecture decision record'],
  ['etl', 'extract transform load'],
  ['sast', 'static analysis'],
  ['jwt', 'json web token'],
  ['dag', 'directed acyclic graph'],
  ['nft', 'non-fungible token'],
  ['ecs', 'entity component system'],
  ['gc', 'garbage collection'],
  ['oom', 'out of memory'],
  ['regex', 'regular expression'],
  ['cve', 'vulnerability'],
  ['mtls', 'mutual tls'],
  ['golang', 'go'],
  ['rustlang', 'rust'],
];

const stemCache = new Map<string, string>();

function stemmed(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    result = /^[a-z]+$/.test(word) ? stem(word) : word;
    if (stemCache.size < 200_000) stemCache.set(word, result);
  }
  return result;
}

const SPECIAL: Array<[RegExp, string]> = [
  [/c\+\+/g, ' cpp '],
  [/c#/g, ' csharp '],
  [/f#/g, ' fsharp '],
  [/\.net\b/g, ' dotnet '],
  [/node\.js/g, ' nodejs node '],
  [/next\.js/g, ' nextjs next '],
  [/vue\.js/g, ' vue '],
];

const CAMEL = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b|\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+\b/g;

/** Lowercased words, with a few symbol-bearing names (C++, C#, .NET, Node.js) kept recognizable and the parts of camelCase identifiers added. */
export function words(text: string): string[] {
  let lower = text.toLowerCase();
  for (const [pattern, replacement] of SPECIAL) lower = lower.replace(pattern, replacement);
  const found: string[] = [...(lower.match(/[\p{L}\p{N}]+/gu) ?? [])];
  const camel = text.match(CAMEL);
  if (camel) for (const identifier of camel) found.push(...identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ').slice(1));
  return found;
}

/** Index terms of a text: words without stop words, stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (STOP_WORDS.has(word) || (word.length === 1 && !/\d/.test(word))) continue;
    out.push(stemmed(word));
  }
  return out;
}

/** Adjacent term pairs, used to reward phrases ("react native") over scattered words. */
export function bigrams(list: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < list.length; i++) out.push(`${list[i - 1]}_${list[i]}`);
  return out;
}

const synonymMap = (() => {
  const map = new Map<string, string[][]>();
  for (const group of SYNONYM_GROUPS) {
    const analyzed = group.map((entry) => terms(entry));
    analyzed.forEach((entry, index) => {
      if (entry.length !== 1) return;
      const others = analyzed.filter((_, other) => other !== index);
      map.set(entry[0]!, [...(map.get(entry[0]!) ?? []), ...others]);
    });
  }
  return map;
})();

/** Query terms with weights: the terms themselves (1), phrase bigrams (1) and synonym expansions (0.5). */
export function queryTerms(query: string): Map<string, number> {
  const base = terms(query);
  const weighted = new Map<string, number>();
  const add = (term: string, weight: number) => weighted.set(term, Math.max(weighted.get(term) ?? 0, weight));
  for (const term of base) {
    add(term, 1);
    for (const expansion of synonymMap.get(term) ?? []) {
      for (const part of expansion) add(part, 0.5);
      if (expansion.length > 1) for (const pair of bigrams(expansion)) add(pair, 0.5);
    }
  }
  for (const pair of bigrams(base)) add(pair, 1);
  return weighted;
}
