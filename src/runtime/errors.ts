/** Why a bundle was refused. */
export type BundleErrorCode = 'unreadable' | 'truncated' | 'invalid-json' | 'unsupported-format' | 'schema' | 'digest-mismatch' | 'name-conflict' | 'unexpected-digest';

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

/** Two skills answer to one name: a duplicate name, or an alias equal to another skill's name or alias. */
export class BundleNameConflictError extends BundleError {
  readonly conflict: string;

  constructor(path: string, conflict: string) {
    super('name-conflict', `Bundle is ambiguous at ${path}: "${conflict}" names two skills`, path);
    this.name = 'BundleNameConflictError';
    this.conflict = conflict;
  }
}

/** The bundle is intact but is not the one the caller pinned: another build, or a swapped file. */
export class BundleUnexpectedDigestError extends BundleError {
  readonly expected: string;
  readonly actual: string;

  constructor(expected: string, actual: string) {
    super('unexpected-digest', `Bundle digest is ${actual}, but ${expected} was expected; it is not the bundle you pinned`, 'digest');
    this.name = 'BundleUnexpectedDigestError';
    this.expected = expected;
    this.actual = actual;
  }
}
