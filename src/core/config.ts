import type { Profile } from './profiles.ts';

/** Rule sets, each including the previous: the specification, then any tree, then this catalog's house rules. */
export type Preset = 'spec' | 'default' | 'catalog';
export const PRESETS: readonly Preset[] = ['spec', 'default', 'catalog'];

/** Install scripts that are commonly run as `curl … | sh` and published by the tool's own maintainers. */
export const DEFAULT_ALLOWED_INSTALLERS = [
  'https://sh.rustup.rs',
  'https://astral.sh/uv/',
  'https://astral.sh/ruff/',
  'https://get.pnpm.io/',
  'https://bun.sh/install',
  'https://deno.land/install.sh',
  'https://install.python-poetry.org',
  'https://raw.githubusercontent.com/Homebrew/install/',
  'https://raw.githubusercontent.com/nvm-sh/nvm/',
];

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
  /** A skill whose `metadata.verified` date is older than this many days is reported as stale. */
  maxSkillAgeDays: number;
  /** Today as `YYYY-MM-DD` (UTC), for the freshness rule; null skips its date comparisons. */
  today: string | null;
}

export const DEFAULT_LINT_CONFIG: LintConfig = {
  preset: 'default',
  profile: 'spec',
  categories: null,
  maxBodyLines: 500,
  maxBodyTokens: 5000,
  maxResourceBytes: 5 * 1024 * 1024,
  allowedInstallers: DEFAULT_ALLOWED_INSTALLERS,
  maxSkillAgeDays: 365,
  today: null,
};

/** The current UTC date as `YYYY-MM-DD`. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
