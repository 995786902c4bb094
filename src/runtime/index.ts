export { loadBundle, search, SkillBundle, type LoadOptions, type PromptListing, type PromptOptions, type SearchResult, type Selection, type SelectOptions } from './bundle.ts';
export { RELEVANCE_FLOOR, type SearchOptions } from './search.ts';
export {
  BundleError,
  BundleFormatError,
  BundleIntegrityError,
  BundleNameConflictError,
  BundleParseError,
  BundleReadError,
  BundleSchemaError,
  BundleUnexpectedDigestError,
  type BundleErrorCode,
} from './errors.ts';
export { escapeXml, toPrompt, type PromptEntry } from '../core/prompt.ts';
export type { Bundle, SkillRecord } from '../core/schema.ts';
