// Gzip-compressed tar archives of skill folders: written so that the same files always give the same
// bytes (sorted entries, fixed times, owners and modes, a fixed gzip header), and read as hostile input
// (every entry checked before anything is returned; only plain files and folders are accepted), as
// are zip archives, which the discovery RFC asks clients to read too.
import { crc32, gunzipSync, gzipSync, inflateRawSync } from 'node:zlib';

const BLOCK = 512;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface ArchiveFile {
  /** `/`-separated path inside the archive. */
  path: string;
  content: Uint8Array | string;
}

/** An archive that cannot be read or holds something a skill folder may not. */
export class ArchiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveError';
  }
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, '0')}\0`;
}

function writeField(header: Uint8Array, offset: number, width: number, value: string | Uint8Array): void {
  const bytes = typeof value === 'string' ? encoder.encode(value) : value;
  if (bytes.length > width) throw new Error(`tar header field too long: ${bytes.length} > ${width}`);
  header.set(bytes, offset);
}

function header(name: Uint8Array, size: number, type: '0' | 'x', prefix: Uint8Array = new Uint8Array(0)): Uint8Array {
  const block = new Uint8Array(BLOCK);
  writeField(block, 0, 100, name);
  writeField(block, 345, 155, prefix);
  writeField(block, 100, 8, octal(0o644, 8));
  writeField(block, 108, 8, octal(0, 8));
  writeField(block, 116, 8, octal(0, 8));
  writeField(block, 124, 12, octal(size, 12));
  writeField(block, 136, 12, octal(0, 12));
  writeField(block, 156, 1, type);
  writeField(block, 257, 6, 'ustar\0');
  writeField(block, 263, 2, '00');
  writeField(block, 329, 8, octal(0, 8));
  writeField(block, 337, 8, octal(0, 8));
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeField(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/**
 * An ASCII path too long for the name field, split at a slash into ustar's prefix (≤ 155 bytes) and
 * name (≤ 100): every tar reader knows that form, while some ignore pax records. Null when no split fits.
 */
function ustarSplit(path: string): { prefix: string; name: string } | null {
  if (!/^[\x20-\x7e]*$/.test(path) || path.length > 256) return null;
  for (let slash = path.indexOf('/'); slash !== -1 && slash <= 155; slash = path.indexOf('/', slash + 1)) {
    const name = path.slice(slash + 1);
    if (name.length > 0 && name.length <= 100) return { prefix: path.slice(0, slash), name };
  }
  return null;
}

/** A pax `path` record: its length prefix counts itself. */
function paxPath(path: Uint8Array): Uint8Array {
  const body = path.length + ' path=\n'.length;
  let length = body + String(body).length;
  if (String(length).length !== String(body).length) length = body + String(length).length;
  const record = new Uint8Array(length);
  record.set(encoder.encode(`${length} path=`), 0);
  record.set(path, length - path.length - 1);
  record[length - 1] = 0x0a;
  return record;
}

const padding = (size: number) => new Uint8Array((BLOCK - (size % BLOCK)) % BLOCK);

const compareBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The tar (ustar; a long path split into prefix and name where it fits, else a pax `path` record, as
 * for non-ASCII paths) of `files`, gzip-compressed.
 * Entries are sorted by path; every file is mode 0644, owned by 0:0, dated 0; the gzip header has no
 * time and a fixed OS byte. Folders get no entries of their own (extractors create them).
 */
export function createTarGz(files: readonly ArchiveFile[]): Buffer {
  const parts: Uint8Array[] = [];
  const seen = new Set<string>();
  for (const file of [...files].sort((a, b) => compareBytes(a.path, b.path))) {
    if (seen.has(file.path)) throw new Error(`two archive entries named ${JSON.stringify(file.path)}`);
    seen.add(file.path);
    const content = typeof file.content === 'string' ? encoder.encode(file.content) : file.content;
    const name = encoder.encode(file.path);
    const plain = name.length <= 100 && /^[\x20-\x7e]*$/.test(file.path);
    const split = plain ? null : ustarSplit(file.path);
    if (split) {
      parts.push(header(encoder.encode(split.name), content.length, '0', encoder.encode(split.prefix)), content, padding(content.length));
      continue;
    }
    if (!plain) {
      const record = paxPath(name);
      parts.push(header(encoder.encode('PaxHeader'), record.length, 'x'), record, padding(record.length));
    }
    parts.push(header(plain ? name : encoder.encode(`entry-${seen.size}`), content.length, '0'), content, padding(content.length));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  const gzip = gzipSync(Buffer.concat(parts), { level: 9 });
  // Byte 9 is the gzip header's operating system field, which zlib sets from the platform it runs on.
  gzip[9] = 0xff;
  return gzip;
}

export interface ReadLimits {
  /** Most bytes the tar stream may unpack to. */
  maxBytes: number;
  /** Most file entries. */
  maxFiles: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = { maxBytes: 64 * 1024 * 1024, maxFiles: 2000 };

/** Why a path taken from an archive or an index cannot name a file inside a skill folder, or null. */
export function entryPathProblem(path: string): string | null {
  if (path === '') return 'it is empty';
  if (path.length > 1024) return 'it is longer than 1024 characters';
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) return 'it is absolute';
  const segments = path.split('/');
  if (segments.length > 32) return 'it is nested too deeply';
  for (const segment of segments) {
    if (segment === '..') return 'it contains ".."';
    if (segment === '' || segment === '.') return 'it has an empty or "." part';
    if (segment.length > 255) return 'a part is longer than 255 characters';
    for (const char of segment) {
      const code = char.codePointAt(0)!;
      if (code < 0x20 || code === 0x7f || char === '\\' || char === ':') return 'it contains a control character, "\\" or ":"';
    }
  }
  return null;
}

function cString(bytes: Uint8Array, offset: number, width: number): Uint8Array {
  const field = bytes.subarray(offset, offset + width);
  const end = field.indexOf(0);
  return end === -1 ? field : field.subarray(0, end);
}

function text(bytes: Uint8Array, what: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ArchiveError(`${what} is not valid UTF-8`);
  }
}

function parseOctal(bytes: Uint8Array, offset: number, width: number, what: string): number {
  const field = bytes.subarray(offset, offset + width);
  if ((field[0]! & 0x80) !== 0) throw new ArchiveError(`${what} uses the binary number format (too large)`);
  const digits = new TextDecoder().decode(cString(bytes, offset, width)).trim();
  if (digits === '') return 0;
  if (!/^[0-7]{1,12}$/.test(digits)) throw new ArchiveError(`${what} is not an octal number`);
  return Number.parseInt(digits, 8);
}

function parsePax(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  let offset = 0;
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset);
    if (space === -1 || space - offset > 12) throw new ArchiveError('malformed pax header');
    const length = Number.parseInt(new TextDecoder().decode(data.subarray(offset, space)), 10);
    if (!Number.isInteger(length) || length <= space - offset + 1 || offset + length > data.length || data[offset + length - 1] !== 0x0a) throw new ArchiveError('malformed pax header');
    const record = text(data.subarray(space + 1, offset + length - 1), 'a pax header');
    const equals = record.indexOf('=');
    if (equals <= 0) throw new ArchiveError('malformed pax header');
    records.set(record.slice(0, equals), record.slice(equals + 1));
    offset += length;
  }
  return records;
}

const ENTRY_TYPES: Record<string, string> = {
  '1': 'a hard link',
  '2': 'a symbolic link',
  '3': 'a character device',
  '4': 'a block device',
  '6': 'a named pipe',
  '7': 'a contiguous file',
  K: 'a long link name',
  V: 'a volume label',
  S: 'a sparse file',
  M: 'a multi-volume part',
};

/**
 * The files of an archive, collected under the rules every format shares: paths that stay inside the
 * skill folder, one entry per path (compared without case, as a case-insensitive file system would),
 * no path that is both a file and a folder, at most `limits.maxFiles` files.
 */
class Entries {
  readonly files = new Map<string, Uint8Array>();
  private readonly folders = new Set<string>();
  private readonly lowerCase = new Map<string, string>();

  private readonly limits: ReadLimits;

  constructor(limits: ReadLimits) {
    this.limits = limits;
  }

  private claim(path: string, kind: 'file' | 'folder'): void {
    const problem = entryPathProblem(path);
    if (problem) throw new ArchiveError(`entry ${JSON.stringify(path)} is refused: ${problem}`);
    const key = path.toLowerCase();
    const holder = this.lowerCase.get(key);
    if (holder !== undefined && !(kind === 'folder' && this.folders.has(holder))) throw new ArchiveError(`entry ${JSON.stringify(path)} is refused: ${JSON.stringify(holder)} already names that path`);
    this.lowerCase.set(key, path);
  }

  /** A leading `./` is dropped; a trailing `/` marks a folder. */
  static normalize(path: string): string {
    let normalized = path;
    while (normalized.startsWith('./')) normalized = normalized.slice(2);
    return normalized;
  }

  addFolder(raw: string): void {
    const path = Entries.normalize(raw).replace(/\/+$/, '');
    if (path === '' || path === '.') return;
    this.claim(path, 'folder');
    this.folders.add(path);
  }

  addFile(raw: string, content: Uint8Array): void {
    const path = Entries.normalize(raw);
    this.claim(path, 'file');
    if (this.files.size >= this.limits.maxFiles) throw new ArchiveError(`it holds more than ${this.limits.maxFiles} files`);
    this.files.set(path, content);
  }

  finish(): Map<string, Uint8Array> {
    for (const path of this.files.keys()) {
      const segments = path.split('/');
      for (let i = 1; i < segments.length; i++) {
        const parent = segments.slice(0, i).join('/');
        if (this.files.has(parent)) throw new ArchiveError(`entry ${JSON.stringify(path)} is refused: ${JSON.stringify(parent)} is a file`);
      }
    }
    return this.files;
  }
}

/**
 * The files of a gzip-compressed tar, by path. Refused with an ArchiveError, before anything is
 * returned: a bad checksum or a truncated stream; links, devices and every entry type but plain files
 * and folders; and everything `Entries` refuses.
 */
export function readTarGz(archive: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): Map<string, Uint8Array> {
  let tar: Buffer;
  try {
    tar = gunzipSync(archive, { maxOutputLength: limits.maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) throw new ArchiveError(`it unpacks to more than ${limits.maxBytes} bytes`);
    throw new ArchiveError(`it is not a valid gzip stream (${(error as Error).message})`);
  }
  const entries = new Entries(limits);
  let pendingPath: string | null = null;
  let offset = 0;
  let ended = false;
  while (offset + BLOCK <= tar.length) {
    const block = tar.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) {
      ended = true;
      break;
    }
    const stored = parseOctal(block, 148, 8, 'a header checksum');
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
    if (sum !== stored) throw new ArchiveError(`the entry header at byte ${offset} has a bad checksum`);
    const type = String.fromCharCode(block[156]!);
    const size = parseOctal(block, 124, 12, 'an entry size');
    const dataStart = offset + BLOCK;
    if (dataStart + size > tar.length) throw new ArchiveError('it is truncated');
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + size + ((BLOCK - (size % BLOCK)) % BLOCK);
    if (type === 'x') {
      pendingPath = parsePax(data).get('path') ?? pendingPath;
      continue;
    }
    if (type === 'g') continue;
    if (type === 'L') {
      pendingPath = text(cString(data, 0, data.length), 'a long entry name');
      continue;
    }
    let path = pendingPath;
    pendingPath = null;
    if (path === null) {
      const name = text(cString(block, 0, 100), 'an entry name');
      const ustar = new TextDecoder().decode(block.subarray(257, 262)) === 'ustar';
      const prefix = ustar ? text(cString(block, 345, 155), 'an entry name') : '';
      path = prefix === '' ? name : `${prefix}/${name}`;
    }
    const label = JSON.stringify(path);
    if (ENTRY_TYPES[type] || !['0', '\0', '5'].includes(type)) throw new ArchiveError(`entry ${label} is refused: it is ${ENTRY_TYPES[type] ?? `of unknown type ${JSON.stringify(type)}`}`);
    if (type === '5') entries.addFolder(path);
    else entries.addFile(path, new Uint8Array(data));
  }
  if (!ended) throw new ArchiveError('it is truncated (no end-of-archive marker)');
  return entries.finish();
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

/**
 * The files of a zip archive, by path, read from its central directory. Refused with an ArchiveError:
 * encrypted, multi-disk or zip64 archives, compression other than stored and deflate, a CRC or size
 * that does not match, symbolic links and special files (from Unix modes), more than `limits.maxBytes`
 * unpacked, and everything `Entries` refuses.
 */
export function readZip(archive: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): Map<string, Uint8Array> {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new ArchiveError('it is not a zip archive (no end of central directory)');
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (bytes.readUInt16LE(end + 4) !== 0 || bytes.readUInt16LE(end + 6) !== 0 || bytes.readUInt16LE(end + 8) !== count) throw new ArchiveError('multi-disk zip archives are not supported');
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) throw new ArchiveError('zip64 archives are not supported');
  if (directoryOffset + directorySize > end) throw new ArchiveError('its central directory lies outside the archive');
  const entries = new Entries(limits);
  let unpacked = 0;
  let offset = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== 0x02014b50) throw new ArchiveError('its central directory is malformed');
    const madeBy = bytes.readUInt16LE(offset + 4) >> 8;
    const flags = bytes.readUInt16LE(offset + 8);
    const method = bytes.readUInt16LE(offset + 10);
    const crc = bytes.readUInt32LE(offset + 16);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const size = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const next = offset + 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    const mode = madeBy === 3 ? bytes.readUInt32LE(offset + 38) >>> 16 : 0;
    const localOffset = bytes.readUInt32LE(offset + 42);
    const path = text(bytes.subarray(offset + 46, offset + 46 + nameLength), 'an entry name');
    offset = next;
    const label = JSON.stringify(path);
    if ((flags & 1) !== 0) throw new ArchiveError(`entry ${label} is refused: it is encrypted`);
    const kind = mode & S_IFMT;
    if (kind === S_IFLNK) throw new ArchiveError(`entry ${label} is refused: it is a symbolic link`);
    if (path.endsWith('/') || kind === S_IFDIR) {
      entries.addFolder(path);
      continue;
    }
    if (kind !== 0 && kind !== S_IFREG) throw new ArchiveError(`entry ${label} is refused: it is a special file`);
    if (method !== 0 && method !== 8) throw new ArchiveError(`entry ${label} is refused: compression method ${method} is not supported`);
    unpacked += size;
    if (unpacked > limits.maxBytes) throw new ArchiveError(`it unpacks to more than ${limits.maxBytes} bytes`);
    if (localOffset + 30 > directoryOffset || bytes.readUInt32LE(localOffset) !== 0x04034b50) throw new ArchiveError(`entry ${label} has no valid local header`);
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > directoryOffset) throw new ArchiveError(`entry ${label} is truncated`);
    const stored = bytes.subarray(dataStart, dataStart + compressedSize);
    let content: Buffer;
    try {
      content = method === 0 ? Buffer.from(stored) : inflateRawSync(stored, { maxOutputLength: Math.max(1, size) });
    } catch {
      throw new ArchiveError(`entry ${label} does not inflate to its stated size`);
    }
    if (content.length !== size || crc32(content) !== crc) throw new ArchiveError(`entry ${label} does not match its stated size and CRC`);
    entries.addFile(path, new Uint8Array(content));
  }
  return entries.finish();
}

/** Reads a `.tar.gz` or a `.zip`, told apart by their first bytes. */
export function readArchive(archive: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): Map<string, Uint8Array> {
  if (archive[0] === 0x50 && archive[1] === 0x4b) return readZip(archive, limits);
  return readTarGz(archive, limits);
}
