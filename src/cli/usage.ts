/** The text `skillpack --help` prints. */
export const USAGE = `Usage: skillpack <command> [options]

Commands:
  check [PATH…]   Validate skills (a tree, a skill folder or a SKILL.md; default: the catalog)
      --format pretty|json|github|sarif  Output format (default: pretty); json and sarif carry each skill's verdict
      --explain                          After the findings, one line per skill: safe, suspicious or malicious, and why
      --preset spec|default|catalog Rule set (default: catalog inside the catalog, else default)
      --profile spec|claude-code|codex|coworker  Also accept and check this client's frontmatter fields (default: spec)
      --no-cache                    Ignore and do not write the incremental cache
  build           Check the catalog, then write the bundle
      --source DIR                  Skills to compile (default: the catalog)
      --out DIR                     Output folder (default: dist/bundle)
      --no-cache                    Ignore and do not write the incremental cache
  new CATEGORY/NAME  Scaffold a catalog skill (SKILL.md and its trigger queries in evals/) to fill in
  preview PATH    Serve a skill (or a folder of skills) with the site's layout and check findings
      --port N                      Port to listen on (default: 4321)
  search QUERY    Rank the skills of a bundle for a task
      --bundle FILE                 Bundle to search (default: the project's catalog, compiled on demand)
      --limit N                     Most results (default: 10)
      --category ID                 Only skills of this category
      --format pretty|json          json prints [{"name","score"}], best first
  mcp             Serve the skills over MCP on stdin/stdout (skills extension, search_skills and get_skill tools)
      --bundle FILE                 Bundle to serve, with the files \`build\` wrote beside it (default: the project's catalog)
  prompt          Print the <available_skills> block for an agent's system prompt
      --bundle FILE                 Bundle to list (default: the project's catalog)
      --budget TOKENS               List only skills whose names and descriptions fit this many tokens
      --task TEXT                   With --budget: pick the skills most relevant to this task (default: categories take turns)
  install NAME…   Copy skills into an agent's skills folder and record them in skills-lock.json
      --from URL|PATH               A site's URL, a local site build, or a bundle (default: dist)
      --agent claude-code|codex|cursor|copilot|coworker  Whose skills folder (default: claude-code)
      --global                      The folder in your home instead of the project's
      --force                       Install even what the safety check finds malicious (recorded in the lock)
  verify [NAME…]  Compare installed skills with skills-lock.json; exit 1 on any drift (--agent, --global)
  update [NAME…]  Reinstall skills whose source offers a new version (--agent, --global, --force)
  remove NAME…    Delete installed skills and their lock entries (--agent, --global)
  --help, --version
`;

export class UsageError extends Error {}
/** A request refused for safety: reported on one line, without the usage text, with exit code 2. */
export class RefusalError extends Error {}
