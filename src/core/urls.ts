/**
 * True for a URL relative to the skill's folder (`references/api.md`, `../x`): not empty, no scheme,
 * and not starting with `/`, `#` or `?`.
 */
export function isRelativeUrl(url: string): boolean {
  return url !== '' && /^(?![a-z][a-z0-9+.-]*:|[/#?])/i.test(url);
}
