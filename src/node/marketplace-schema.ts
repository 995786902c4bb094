import * as z from 'zod';

// The shape of a Claude Code plugin marketplace file, `.claude-plugin/marketplace.json`. Claude Code
// publishes no JSON Schema for it that can be installed from a package registry, so this schema is
// written from the fields its plugin marketplace documentation describes. It covers what
// `skillpack build` writes (relative plugin sources) and the documented fields around them; unknown
// keys are refused so that a misspelt field fails here instead of being ignored by Claude Code.

/** Plugin and marketplace identifiers: lowercase kebab-case, as `/plugin install <plugin>@<marketplace>` spells them. */
const KebabName = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens').max(64);

/** Marketplace names Claude Code keeps for official marketplaces. */
const RESERVED_NAMES = ['claude-code-marketplace', 'claude-code-plugins', 'claude-plugins-official', 'anthropic-marketplace', 'anthropic-plugins', 'agent-skills', 'life-sciences'];

/** A path inside the marketplace: starts with `./`, `/`-separated, never climbs out with `..`. */
const RelativePath = z
  .string()
  .regex(/^\.\/(?:[A-Za-z0-9._+-]+(?:\/[A-Za-z0-9._+-]+)*)?\/?$/, 'a relative path starting with ./')
  .refine((path) => !path.split('/').includes('..'), 'a path without .. parts');

/** A person or organisation: a name, optionally an e-mail address and a web page. */
const Person = z.strictObject({
  /** Display name. */
  name: z.string().min(1),
  /** Contact address. */
  email: z.email().optional(),
  /** Web page. */
  url: z.url().optional(),
});

/** Where Claude Code fetches a plugin from: a folder of this marketplace, or a repository, URL or npm package. */
const PluginSource = z.union([
  /** A folder relative to the marketplace root (the folder holding `.claude-plugin/`). */
  RelativePath,
  /** A GitHub repository, `owner/repo`, optionally at a branch or tag (`ref`) or exact commit (`sha`). */
  z.strictObject({ source: z.literal('github'), repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/), ref: z.string().optional(), sha: z.string().optional() }),
  /** Any git URL, optionally at a `ref` or `sha`. */
  z.strictObject({ source: z.literal('url'), url: z.string().min(1), ref: z.string().optional(), sha: z.string().optional() }),
  /** A folder inside a git repository (sparse checkout of `path`). */
  z.strictObject({ source: z.literal('git-subdir'), url: z.string().min(1), path: z.string().min(1), ref: z.string().optional(), sha: z.string().optional() }),
  /** An npm package, optionally at a version and from another registry. */
  z.strictObject({ source: z.literal('npm'), package: z.string().min(1), version: z.string().optional(), registry: z.url().optional() }),
]);

/** One path or a list of paths, relative to the plugin's root. */
const ComponentPaths = z.union([RelativePath, z.array(RelativePath).min(1)]);

/** A plugin entry: where to get the plugin, how to show it, and (with `strict: false`) its whole definition. */
export const MarketplacePluginSchema = z.strictObject({
  /** Plugin identifier, unique in the marketplace: `/plugin install <name>@<marketplace>`. */
  name: KebabName,
  /** Where the plugin's files come from. */
  source: PluginSource,
  /** What the plugin is for, shown in `/plugin`. */
  description: z.string().min(1).optional(),
  /** Plugin version; without one, the source's commit identifies the version. */
  version: z.string().optional(),
  /** Who wrote the plugin. */
  author: Person.optional(),
  /** Documentation page. */
  homepage: z.url().optional(),
  /** Source repository. */
  repository: z.string().optional(),
  /** SPDX license identifier. */
  license: z.string().optional(),
  /** Words to find the plugin by. */
  keywords: z.array(z.string()).optional(),
  /** Category to file the plugin under. */
  category: z.string().optional(),
  /** Tags to filter by. */
  tags: z.array(z.string()).optional(),
  /** `true` (default): the plugin's own `plugin.json` is its manifest; `false`: this entry is the whole manifest. */
  strict: z.boolean().optional(),
  /** Slash-command files or folders. */
  commands: ComponentPaths.optional(),
  /** Subagent files or folders. */
  agents: ComponentPaths.optional(),
  /** Hook configuration: a file path or an inline object. */
  hooks: z.union([RelativePath, z.record(z.string(), z.unknown())]).optional(),
  /** MCP server configuration: a file path or an inline `mcpServers` object. */
  mcpServers: z.union([RelativePath, z.record(z.string(), z.unknown())]).optional(),
  /** Skill folders (each holding a `SKILL.md`), relative to the plugin's root. */
  skills: ComponentPaths.optional(),
});

/** `.claude-plugin/marketplace.json`. */
export const MarketplaceSchema = z.strictObject({
  /** Editor hint: the URL of a JSON Schema for this file. */
  $schema: z.string().optional(),
  /** Marketplace identifier: `/plugin install <plugin>@<name>`; the names of official marketplaces are reserved. */
  name: KebabName.refine((name) => !RESERVED_NAMES.includes(name), 'a name Claude Code reserves for official marketplaces'),
  /** Who maintains the marketplace. */
  owner: Person,
  /** Optional information about the marketplace as a whole. */
  metadata: z
    .strictObject({
      /** What the marketplace offers. */
      description: z.string().optional(),
      /** Version of the marketplace. */
      version: z.string().optional(),
      /** Folder prepended to relative plugin sources. */
      pluginRoot: RelativePath.optional(),
    })
    .optional(),
  /** The plugins, each name once. */
  plugins: z.array(MarketplacePluginSchema).refine((plugins) => new Set(plugins.map((plugin) => plugin.name)).size === plugins.length, 'plugin names must be unique'),
});

export type Marketplace = z.infer<typeof MarketplaceSchema>;
export type MarketplacePlugin = z.infer<typeof MarketplacePluginSchema>;
