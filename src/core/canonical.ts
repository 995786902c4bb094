/** JSON with object keys sorted at every level: the form digests are computed over. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const entry = record[key];
    if (entry === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(entry)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * The text a skill record's digest is computed over: the canonical JSON of every field except `body`
 * and `digest`, a NUL, then the body as is. Keeping the body out of the JSON spares escaping the bulk
 * of the bundle when a runtime verifies it.
 */
export function digestInput(record: { body: string; digest?: string }): string {
  return `${digestHead(record)}${record.body}`;
}

/** digestInput without the body, for hashers that take the text in parts. */
export function digestHead(record: { body: string; digest?: string }): string {
  const { body: _body, digest: _digest, ...rest } = record;
  return `${canonicalJson(rest)}\u0000`;
}
