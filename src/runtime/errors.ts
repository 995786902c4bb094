/** Why a bundle was refused. */
export type BundleErrorCode = 'unreadable' | 'truncated' | 'invalid-json' | 'unsupported-format' | 'schema' | 'digest-mismatch';

/** Every refusal of `loadBundle` is a BundleError; `code` says which kind, `path` where in the bundle. */
export class BundleError extends Error {
  readonly code: BundleErrorCode;
  readonly path: string | null;

  constructor(code: BundleErrorCode, message: string, path: string | null = null) {
    super(message);
    this.name = 'BundleError';
    this.code = code;
    this.path = path;
  }
}

/** The bundle could not be read (missing file, network error). */
export class BundleReadError extends BundleError {
  constructor(message: string) {
    super('unreadable', message);
    this.name = 'BundleReadError';
  }
}

/** The text is not a complete JSON document: cut off, or not JSON at all. */
export class BundleParseError extends BundleError {
  constructor(code: 'truncated' | 'invalid-json', message: string) {
    super(code, message);
    this.name = 'BundleParseError';
  }
}

/** The bundle declares a format this runtime does not know (usually: written by a newer compiler). */
export class BundleFormatError extends BundleError {
  readonly format: unknown;

  constructor(format: unknown, supported: number) {
    super('unsupported-format', `Bundle format ${JSON.stringify(format)} is not supported (this runtime reads format ${supported}); upgrade skillpack or rebuild the bundle`, 'format');
    this.name = 'BundleFormatError';
    this.format = format;
  }
}

/** A field is missing or has the wrong type. */
export class BundleSchemaError extends BundleError {
  constructor(path: string, expected: string) {
    super('schema', `Bundle is malformed at ${path}: expected ${expected}`, path);
    this.name = 'BundleSchemaError';
  }
}

/** Content does not match its digest: the bundle was edited or corrupted after it was built. */
export class BundleIntegrityError extends BundleError {
  constructor(path: string, what: string) {
    super('digest-mismatch', `Bundle failed verification: ${what} does not match its digest (tampered or corrupted); rebuild it`, path);
    this.name = 'BundleIntegrityError';
  }
}
