// Package names one slip of the keyboard away from a package everyone installs: `reqeusts` for `requests`.
// Names like these are registered to catch the typo, and whatever they hold runs on install. Only swapped
// neighbouring letters are looked for, in names of five letters or more: it is the typo squatters' staple,
// and real packages almost never differ from a popular one that way.

/** Packages of PyPI and npm installed so widely that a near miss of their name is worth a squatter's while. */
const POPULAR = [
  'requests', 'numpy', 'pandas', 'matplotlib', 'scipy', 'django', 'flask', 'boto3', 'botocore', 'urllib3', 'setuptools',
  'certifi', 'cryptography', 'pyyaml', 'jinja2', 'pillow', 'pytest', 'sqlalchemy', 'beautifulsoup4', 'tensorflow', 'torch',
  'scikit-learn', 'jupyterlab', 'notebook', 'fastapi', 'uvicorn', 'pydantic', 'httpx', 'aiohttp', 'selenium', 'openai',
  'colorama', 'python-dateutil', 'psycopg2', 'paramiko', 'lodash', 'express', 'react', 'axios', 'chalk', 'commander',
  'webpack', 'typescript', 'eslint', 'prettier', 'moment', 'dotenv', 'jquery', 'electron', 'nodemon', 'mongoose',
];
const POPULAR_SET = new Set(POPULAR);

/** The popular package a name is a swapped-letter typo of, or null. */
export function typoOfPopular(name: string): string | null {
  const lower = name.toLowerCase();
  if (lower.length < 5 || lower.length > 40 || POPULAR_SET.has(lower)) return null;
  for (const popular of POPULAR) {
    if (popular.length !== lower.length) continue;
    let first = -1;
    let differences = 0;
    for (let i = 0; i < lower.length && differences <= 2; i++) {
      if (lower[i] === popular[i]) continue;
      if (first === -1) first = i;
      differences++;
    }
    if (differences === 2 && lower[first] === popular[first + 1] && lower[first + 1] === popular[first]) return popular;
  }
  return null;
}

/** A requirements file's lines naming a typo of a popular package: offset and length of the name, the name, the package. */
export function typosquattedRequirements(text: string): Array<{ start: number; length: number; name: string; popular: string }> {
  const found: Array<{ start: number; length: number; name: string; popular: string }> = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const requirement = /^[ \t]*([A-Za-z][\w.-]{0,99})(?=[ \t]*(?:[=<>!~;[#]|$))/.exec(line);
    const popular = requirement ? typoOfPopular(requirement[1]!) : null;
    if (requirement && popular) found.push({ start: offset + requirement.index + requirement[0].length - requirement[1]!.length, length: requirement[1]!.length, name: requirement[1]!, popular });
    if (found.length >= 5) break;
    offset += line.length + 1;
  }
  return found;
}

/** A package manifest's dependencies (`package.json`) naming a typo of a popular package, as above. */
export function typosquattedDependencies(text: string): Array<{ start: number; length: number; name: string; popular: string }> {
  const found: Array<{ start: number; length: number; name: string; popular: string }> = [];
  for (const block of text.matchAll(/"(?:dev|peer|optional)?[dD]ependencies"[ \t\r\n]*:[ \t\r\n]*\{([^{}]{0,20000})\}/g)) {
    const bodyStart = block.index + block[0].length - block[1]!.length - 1;
    for (const entry of block[1]!.matchAll(/"(@?[\w./-]{1,100})"[ \t]*:/g)) {
      const popular = typoOfPopular(entry[1]!);
      if (popular) found.push({ start: bodyStart + entry.index + 1, length: entry[1]!.length, name: entry[1]!, popular });
      if (found.length >= 5) return found;
    }
  }
  return found;
}
