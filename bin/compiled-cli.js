// In a checkout the CLI's sources are TypeScript spread over some 300 modules (our own, zod, yaml, …),
// and resolving, reading and type-stripping them is most of the time a small check takes. So the
// checkout runs the CLI from a compiled copy: one esbuild bundle per state of the sources, kept in
// node_modules/.cache/skillpack/ and rebuilt when a source file, the installed dependencies or Node
// change (detected from file sizes and modification times, like `make`). Set SKILLPACK_FROM_SOURCES=1
// to run the TypeScript sources directly; if the bundle cannot be built, they are used too.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The folders whose files make up the CLI (everything it imports from our sources). */
const SOURCE_DIRS = ['src/cli', 'src/core', 'src/node', 'src/runtime'];
/** Packages left outside the bundle: they find files beside their own modules (WebAssembly, native code, vocabularies). */
const EXTERNAL = ['web-tree-sitter', '@vscode/tree-sitter-wasm', '@bruits/*', 'gpt-tokenizer', 'shiki', '@shikijs/*', 'astro', 'esbuild'];
/** Files the compiled code reads beside itself. */
const DATA_FILES = ['src/node/token-words.json'];
/** Where the rules look for their fixed phrases already folded (see `foldedPhrase` in src/core/analysis/prose-normalize.ts). */
const FOLDED_PHRASES = Symbol.for('skillpack.foldedPhrases');
/** Where the prose rules look for their patterns' prefilters already read (see `usablePrefilter` in src/core/analysis/prose.ts). */
const PHRASE_PREFILTERS = Symbol.for('skillpack.phrasePrefilters');

/**
 * Prefilters kept flat, for a quick read: [maxLength, lookahead, testsEnd, then text, whole, before, after of each needle],
 * with -1 for Infinity (which JSON cannot hold; no bound is negative).
 */
function flatPrefilter(filter) {
  if (!filter) return null;
  const bound = (n) => (n === Infinity ? -1 : n);
  const flat = [bound(filter.maxLength), bound(filter.lookahead), filter.testsEnd];
  for (const needle of filter.needles) flat.push(needle.text, needle.whole, bound(needle.before), bound(needle.after));
  return flat;
}

function unflatPrefilter(flat) {
  if (!flat) return null;
  const bound = (n) => (n === -1 ? Infinity : n);
  const needles = [];
  for (let at = 3; at < flat.length; at += 4) needles.push({ text: flat[at], whole: flat[at + 1], before: bound(flat[at + 2]), after: bound(flat[at + 3]) });
  return { needles, maxLength: bound(flat[0]), lookahead: bound(flat[1]), testsEnd: flat[2] };
}

/**
 * Bundles the Markdown parser's JavaScript (some thirty modules Node would otherwise resolve and link one by one at
 * every start) and leaves outside only its loader of the native binary, its index.js, which finds that binary beside itself.
 */
const nativeLoaderOutside = {
  name: 'satteri-native-loader',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}satteri${sep}dist${sep}`) ? { path: pathToFileURL(resolve(args.resolveDir, args.path)).href, external: true } : undefined,
    );
  },
};

function statLines(root, dir, lines) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) statLines(root, path, lines);
    else if (entry.isFile()) {
      const stat = statSync(join(root, path));
      lines.push(`${path}\t${stat.size}\t${stat.mtimeMs}`);
    }
  }
}

/** A bundle no run has marked in use for this long is removed when another state of the sources is built. */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** How often a running CLI marks its bundle in use: well inside `STALE_AFTER_MS`. */
const IN_USE_REFRESH_MS = 60 * 1000;

/** Names the state of everything the bundle is made from. */
export function sourceStateKey(root) {
  const lines = [process.version, root];
  for (const dir of SOURCE_DIRS) statLines(root, dir, lines);
  for (const file of ['bin/compiled-cli.js', 'package.json', 'node_modules/.package-lock.json']) {
    try {
      const stat = statSync(join(root, file));
      lines.push(`${file}\t${stat.size}\t${stat.mtimeMs}`);
    } catch {
      lines.push(`${file}\tmissing`);
    }
  }
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32);
}

/**
 * The compiled CLI's `main`, built first if the sources changed; null when it cannot be had (no
 * esbuild, a build error, an unwritable cache), in which case the caller runs the sources.
 */
export async function compiledMain(root) {
  if (process.env.SKILLPACK_FROM_SOURCES === '1') return null;
  try {
    const cache = join(root, 'node_modules', '.cache', 'skillpack');
    const key = sourceStateKey(root);
    const dir = join(cache, `cli-${key}`);
    if (!existsSync(join(dir, 'manifest.json'))) await build(root, cache, dir);
    // Marked as in use for as long as this run lasts: a run that builds a newer state of the sources removes only
    // bundles no run has used for a while, and this run's workers still load their chunks from here.
    keepMarkedInUse(dir, IN_USE_REFRESH_MS);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    globalThis[FOLDED_PHRASES] ??= new Map(JSON.parse(readFileSync(join(dir, 'folded-phrases.json'), 'utf8')));
    globalThis[PHRASE_PREFILTERS] ??= JSON.parse(readFileSync(join(dir, 'phrase-prefilters.json'), 'utf8')).map(unflatPrefilter);
    globalThis[Symbol.for('skillpack.compiled')] = { id: manifest.id, root };
    return (await import(pathToFileURL(join(dir, 'main.js')).href)).main;
  } catch (error) {
    if (process.env.SKILLPACK_DEBUG) process.stderr.write(`skillpack: running from sources (${error.message})\n`);
    return null;
  }
}

/**
 * Touches a bundle now and then until the process exits (the timer does not keep it alive), so a run longer than
 * `STALE_AFTER_MS` never has its bundle removed under it. Returns the timer, or null when the cache cannot be written.
 */
export function keepMarkedInUse(dir, everyMs) {
  const touch = () => {
    const now = new Date();
    utimesSync(dir, now, now);
  };
  try {
    touch();
  } catch {
    // A cache this user may read but not write: nobody else can build into it either.
    return null;
  }
  const timer = setInterval(() => {
    try {
      touch();
    } catch {
      clearInterval(timer);
    }
  }, everyMs);
  timer.unref();
  return timer;
}

async function build(root, cache, dir) {
  const { build: esbuild } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  // Built aside and renamed into place, so a run never sees half a bundle and parallel builds do not collide.
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await writeBundle(esbuild, root, staging);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run may have put the same bundle in place first.
    if (!existsSync(join(dir, 'manifest.json'))) throw error;
  }
  // Bundles of earlier states of the sources are of no further use once no run has marked them in use for a while.
  const stale = Date.now() - STALE_AFTER_MS;
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (name.startsWith('cli-') && path !== dir && statSync(path).mtimeMs < stale) rmSync(path, { recursive: true, force: true });
  }
}

async function writeBundle(esbuild, root, outdir) {
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/node/worker.ts', phrases: 'src/core/analysis/prose.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    external: EXTERNAL,
    plugins: [nativeLoaderOutside],
    chunkNames: 'chunk-[hash]',
    // Modules that `require()` (CommonJS inside ESM) get a require bound to the bundle's own location.
    banner: { js: "import { createRequire as skillpackCreateRequire } from 'node:module'; const require = skillpackCreateRequire(import.meta.url);" },
    metafile: true,
    logLevel: 'silent',
  });
  for (const file of DATA_FILES) writeFileSync(join(outdir, file.split('/').pop()), readFileSync(join(root, file)));
  await writePhraseData(outdir);
  // Says the files are ES modules, so Node need not parse each one to find out (it would under node_modules/).
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
  const hash = createHash('sha256');
  for (const output of Object.keys(result.metafile.outputs).sort()) hash.update(output.split('/').pop()).update(readFileSync(join(root, output)));
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify({ id: hash.digest('hex') })}\n`);
}

/**
 * Folds the rules' fixed phrases once, as loading the prose rules does (about a thousand views of short texts), and
 * reads the prefilters of the patterns the rules search (a few hundred); both are kept beside the bundle, and every
 * start reads them as data instead.
 */
async function writePhraseData(outdir) {
  const folded = (globalThis[FOLDED_PHRASES] ??= new Map());
  const { rulePrefilters } = await import(pathToFileURL(join(outdir, 'phrases.js')).href);
  writeFileSync(join(outdir, 'folded-phrases.json'), JSON.stringify([...folded]));
  writeFileSync(join(outdir, 'phrase-prefilters.json'), JSON.stringify(rulePrefilters().map(flatPrefilter)));
}
