import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROFILES, type Profile } from '../core/profiles.ts';
import type { Preset } from '../core/rules/types.ts';
import { escapeControls } from '../core/terminal.ts';
import { isWithin, realPathOf } from './paths.ts';

export const CONFIG_FILE = 'skillpack.config.json';

/** The project's own settings (skillpack.config.json); trees without one get the default preset. */
export interface ProjectConfig {
  /** Absolute path of the catalog root (the folder of `<category>/<name>/SKILL.md`). */
  catalogRoot: string;
  /** Absolute path of the categories file. */
  categoriesFile: string;
  /** Preset for paths inside the catalog. */
  preset: Preset;
  /** Replaces the default allow-list of install scripts that may be piped into a shell. */
  allowedInstallers: string[] | null;
  /** Days after `metadata.verified` before the freshness rule calls a skill stale (default 365). */
  maxSkillAgeDays: number | null;
  /** The agent profile whose extra frontmatter fields the project's skills use. */
  profile: Profile | null;
}

/** A skillpack.config.json that is not valid, or that reaches outside its project or weakens the safety rules. */
export class ConfigError extends Error {
  constructor(problem: string) {
    super(`${CONFIG_FILE}: ${problem}`);
    this.name = 'ConfigError';
  }
}

const SETTINGS = new Set(['catalog', 'categories', 'preset', 'profile', 'allowedInstallers', 'maxSkillAgeDays']);
/** An allowed installer is an https address with a host and a path, so as a prefix it cannot match another host. */
const INSTALLER = /^https:\/\/[^/\s?#@\\]+\/\S*$/;

/**
 * The settings of the project in `cwd`. The file belongs to the tree it is in, which may be someone
 * else's: it may only name places inside its own folder (symlinks resolved), may not switch the safety
 * rules off (the spec preset is for the command line), and may only allow installers by full host.
 */
export function loadProjectConfig(cwd: string): ProjectConfig | null {
  const file = join(cwd, CONFIG_FILE);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError('must hold a JSON object');
  const settings = raw as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!SETTINGS.has(key)) throw new ConfigError(`unknown setting "${escapeControls(key)}"; the settings are ${[...SETTINGS].join(', ')}`);
  }
  const text = (key: string, fallback: string): string => {
    const value = settings[key];
    if (value === undefined) return fallback;
    if (typeof value !== 'string' || value === '') throw new ConfigError(`"${key}" must be a string`);
    return value;
  };
  const project = realPathOf(cwd);
  const catalog = text('catalog', 'skills');
  const catalogRoot = resolve(cwd, catalog);
  if (!isWithin(project, realPathOf(catalogRoot))) throw new ConfigError('"catalog" must be a folder inside the project (the folder of skillpack.config.json)');
  const categoriesFile = resolve(cwd, text('categories', join(catalog, 'categories.yaml')));
  if (!isWithin(project, realPathOf(categoriesFile))) throw new ConfigError('"categories" must be a file inside the project (the folder of skillpack.config.json)');
  const preset = text('preset', 'catalog');
  if (preset === 'spec') throw new ConfigError('"preset" "spec" would turn off the safety rules; pass --preset spec on the command line instead');
  if (preset !== 'default' && preset !== 'catalog') throw new ConfigError('"preset" must be default or catalog');
  const installers = settings.allowedInstallers;
  if (installers !== undefined && !(Array.isArray(installers) && installers.every((entry) => typeof entry === 'string' && INSTALLER.test(entry)))) {
    throw new ConfigError('"allowedInstallers" must list https:// addresses with a host and a path, such as "https://get.example.com/", so that no entry matches other hosts');
  }
  const profile = settings.profile;
  if (profile !== undefined && !(PROFILES as readonly unknown[]).includes(profile)) throw new ConfigError(`"profile" must be one of ${PROFILES.join(', ')}`);
  const maxAge = settings.maxSkillAgeDays;
  if (maxAge !== undefined && !(typeof maxAge === 'number' && Number.isInteger(maxAge) && maxAge >= 1 && maxAge <= 36_500)) {
    throw new ConfigError('"maxSkillAgeDays" must be a whole number of days between 1 and 36500');
  }
  return {
    catalogRoot,
    categoriesFile,
    preset,
    allowedInstallers: (installers as string[] | undefined) ?? null,
    profile: (profile as Profile | undefined) ?? null,
    maxSkillAgeDays: (maxAge as number | undefined) ?? null,
  };
}
