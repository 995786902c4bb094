import { DEFAULT_ALLOWED_INSTALLERS } from './rules/dangerous-commands.ts';
import type { Profile } from './profiles.ts';
import type { Preset } from './rules/types.ts';

/** A category of the catalog, as listed in the categories file. */
export interface Category {
  title: string;
  description: string;
}

/** What rules may consult besides the skill itself. */
export interface LintConfig {
  preset: Preset;
  /** The client whose extra frontmatter fields are accepted and checked (`spec`: none). */
  profile: Profile;
  /** Categories of the catalog; null when the tree has no categories file (foreign trees). */
  categories: Record<string, Category> | null;
  /** Body limits for the size rule. */
  maxBodyLines: number;
  maxBodyTokens: number;
  /** Resource files larger than this many bytes are reported. */
  maxResourceBytes: number;
  /** URL prefixes of install scripts that may be piped into a shell. */
  allowedInstallers: string[];
}

export const DEFAULT_LINT_CONFIG: LintConfig = {
  preset: 'default',
  profile: 'spec',
  categories: null,
  maxBodyLines: 500,
  maxBodyTokens: 5000,
  maxResourceBytes: 5 * 1024 * 1024,
  allowedInstallers: DEFAULT_ALLOWED_INSTALLERS,
};
