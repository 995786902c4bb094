// Browser side of "drop a SKILL.md or a skill folder": turns dropped entries or picked files into
// what previewSkill() takes, reading files the way the compiler's file-system layer does
// (src/node/read.ts): small text files as text, other files by size and first bytes only.
import { decodeUtf8 } from '../../core/text.ts';
import type { PreviewInput } from '../../core/preview.ts';

/** The compiler's limits (src/node/read.ts), repeated here so this module stays free of Node imports. */
const MAX_SKILL_FILE_BYTES = 1024 * 1024;
const MAX_RESOURCE_TEXT_BYTES = 256 * 1024;
const SNIFF_BYTES = 8000;
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

/** One file with its path relative to what was dropped or picked, `/`-separated. */
export interface PickedFile {
  path: string;
  file: File;
}

export interface LoadedSkill {
  input: Omit<PreviewInput, 'category'>;
  /** The skill folder's parent folder name, when what was dropped shows it (`<category>/<name>/SKILL.md`). */
  category: string | null;
  /** Where the SKILL.md came from, for the status line. */
  label: string;
  /** Why the file could not be checked (not UTF-8, too large); the editor then shows what could be decoded. */
  problem: string | null;
  /** Other SKILL.md files that were dropped too and are not shown. */
  ignored: number;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every file under a dropped entry; `readEntries` returns a folder in batches until it returns none. */
async function walkEntry(entry: FileSystemEntry, prefix: string, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    out.push({ path: `${prefix}${entry.name}`, file: await entryFile(entry as FileSystemFileEntry) });
    return;
  }
  if (!entry.isDirectory || SKIPPED_FOLDERS.has(entry.name)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader)) {
    for (const child of batch) await walkEntry(child, `${prefix}${entry.name}/`, out);
  }
}

/** Files of a drop: folders through `webkitGetAsEntry()`, plain files otherwise. */
export async function droppedFiles(transfer: DataTransfer): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  const entries: FileSystemEntry[] = [];
  const plain: File[] = [];
  // Every item must be taken before the first await: the DataTransfer is emptied afterwards.
  for (const item of transfer.items) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) plain.push(file);
    }
  }
  if (entries.length === 0 && plain.length === 0) for (const file of transfer.files) plain.push(file);
  for (const entry of entries) await walkEntry(entry, '', out);
  for (const file of plain) out.push({ path: file.name, file });
  return out;
}

/** Files of an `<input type=file>`, folder pickers included (`webkitRelativePath`). */
export function pickedFiles(list: FileList): PickedFile[] {
  return [...list]
    .map((file) => ({ path: file.webkitRelativePath || file.name, file }))
    .filter(({ path }) => !path.split('/').slice(0, -1).some((folder) => SKIPPED_FOLDERS.has(folder)));
}

const depth = (path: string) => path.split('/').length;

/** What the compiler's reader would say about a file's first bytes. */
function isBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SNIFF_BYTES).includes(0);
}

/**
 * Picks the skill out of the files: the shallowest SKILL.md (a lone Markdown file counts as one),
 * its folder's other files (skipping nested folders that hold their own SKILL.md), the folder name
 * the skill must be named after, and the category folder above it when there is one.
 */
export async function loadSkill(picked: PickedFile[]): Promise<LoadedSkill | null> {
  const skills = picked.filter(({ path }) => path.split('/').pop() === 'SKILL.md').sort((a, b) => depth(a.path) - depth(b.path) || (a.path < b.path ? -1 : 1));
  const main = skills[0] ?? (picked.length === 1 && /\.(md|markdown|txt)$/i.test(picked[0]!.path) ? picked[0] : undefined);
  if (!main) return null;
  const parts = main.path.split('/');
  const folderPath = parts.slice(0, -1).join('/');
  const folder = parts.length >= 2 ? parts[parts.length - 2]! : undefined;
  const category = parts.length >= 3 ? parts[parts.length - 3]! : null;
  const prefix = folderPath ? `${folderPath}/` : '';
  const nested = new Set(skills.filter((skill) => skill !== main && skill.path.startsWith(prefix)).map((skill) => skill.path.slice(0, -'SKILL.md'.length)));
  const resources = picked.filter(({ path }) => path !== main.path && folderPath !== '' && path.startsWith(prefix) && ![...nested].some((dir) => path.startsWith(dir)));

  let problem: string | null = null;
  let text = '';
  if (main.file.size > MAX_SKILL_FILE_BYTES) {
    problem = `${main.path} is ${main.file.size} bytes; the limit is ${MAX_SKILL_FILE_BYTES}. Move reference material into references/`;
  } else {
    const decoded = decodeUtf8(new Uint8Array(await main.file.arrayBuffer()));
    if (decoded.ok) text = decoded.text;
    else {
      problem = `${main.path}:${decoded.line}:${decoded.column}: ${decoded.message}`;
      text = new TextDecoder().decode(await main.file.arrayBuffer());
    }
  }
  const files: NonNullable<PreviewInput['files']> = [];
  for (const { path, file } of resources.sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const relative = path.slice(prefix.length);
    const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
    if (isBinary(head)) {
      files.push({ path: relative, size: file.size, binary: true });
      continue;
    }
    const entry: (typeof files)[number] = { path: relative, size: file.size };
    if (file.size <= MAX_RESOURCE_TEXT_BYTES) {
      const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
      if (decoded.ok) entry.text = decoded.text;
    }
    files.push(entry);
  }
  return {
    input: { text, ...(folder ? { folder } : {}), files, file: 'SKILL.md' },
    category,
    label: main.path,
    problem,
    ignored: skills.includes(main) ? skills.length - 1 : 0,
  };
}
