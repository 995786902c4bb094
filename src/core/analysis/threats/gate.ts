// The gate in front of the patterns `inspectText` tries on every statement.
import { NeedlePresence, prefilterOf } from '../regex-prefilter.ts';
import { DATA_WIPE, DECODER, DROPS_WHOLE_STORE, MINING, MINING_CONFIG, PRIVILEGE, ROOT_RUN_FILE_OPENED, SETUID_CHMOD, TAMPERING } from '../vocabulary.ts';
import {
  CLIENT_WIDE_TLS_OFF, CLUSTER_ADMIN_FOR_PERSON, GIT_COMMAND_OPTION_SET, GIT_SETTINGS_INCLUDED, LITERAL_PUBLIC_KEY, OPT_IN_SIGNATURE_CHECK, PROXY_ACCEPTS_EVERY_HOST,
  SERVES_HOME_FOLDER, TRUSTS_MODULE_SOURCE,
} from './configuration.ts';
import { SENT_BY_NAME } from './covert.ts';
import { DELETES_AT_AGE_ZERO, DROPS_DATABASE_OF_ROW, EXPIRES_REFLOG_NOW, FLAGS_EVERY_MESSAGE_DELETED, SDK_SNAPSHOT_DELETE, WHOLE_APP_STORAGE_HANDED } from './destructive-listings.ts';
import {
  CLEARS_APP_BY_NAME, CLIENT_CLEARS_COLUMNS_OF_EVERY_ROW, DELETES_AN_ITEM, DELETES_DNS_RECORD, DELETES_EVERY_ROW, DISCARDS_WORK, DROPS_DATABASE_BY_NAME, DROPS_NAMED_TABLE,
  DROPS_TABLE, DROPS_TABLE_BY_NAME, EMPTIES_NAMED_TABLE, EVERY_CLOUD_RESOURCE, EVERY_MODEL_ROW_DELETED, HTTP_DELETE_METHOD, OBJECT_COLLECTION_DELETED, OPENS_FOR_WRITING,
  RECURSIVE_RM_COMMAND, SENDS_HTTP_DELETE, STORE_OF_NAME_DROPPED, TRUNCATES_TABLE, TRUNCATING_OPEN, WHOLE_REPOSITORY_PATH, WILDCARD_INDEX_DELETE,
} from './destructive.ts';
import { REMOTE_BUILD_SCRIPT, REMOTE_CI_INCLUDE, REMOTE_CLASS_LOADER, SHELL_AS_DEBUGGER } from './execution.ts';
import { FORCED_EXTENSION_ELSEWHERE, LOGON_PROGRAM_WRITE } from './persistence.ts';

/**
 * The fixed strings one of which every match of a pattern contains, lower-cased: a text lower-cased holds one whenever
 * the pattern can match it. Only ASCII strings (lower-casing keeps a run of them whole) and patterns whose case-blind
 * matching is ASCII's (the i flag without u or v); a global or sticky pattern keeps its lastIndex, so it is never skipped.
 */
export function gateNeedles(pattern: RegExp): string[] | null {
  const flags = pattern.flags;
  if (/[gy]/.test(flags) || (flags.includes('i') && /[uv]/.test(flags))) return null;
  const filter = prefilterOf(flags.includes('i') ? new RegExp(pattern.source, flags.replace('i', '')) : pattern);
  const needles = filter?.needles.map((needle) => needle.text.toLowerCase()) ?? [];
  return needles.length > 0 && needles.every((needle) => /^[\x00-\x7f]+$/.test(needle)) ? needles : null;
}

/**
 * A gate in front of the patterns `inspectText` tries on every statement: most statements hold none of the words
 * their matches need, and one pass over a statement finds the needles of them all.
 */
export class PatternGate {
  private readonly needlesOf = new Map<RegExp, number[]>();
  private readonly presence: NeedlePresence;
  private readonly found: Uint8Array;
  private scanned: string | null = null;

  constructor(patterns: readonly RegExp[]) {
    const ids = new Map<string, number>();
    for (const pattern of patterns) {
      const needles = gateNeedles(pattern);
      if (!needles) continue;
      this.needlesOf.set(pattern, needles.map((needle) => {
        if (!ids.has(needle)) ids.set(needle, ids.size);
        return ids.get(needle)!;
      }));
    }
    this.presence = new NeedlePresence([...ids.keys()]);
    this.found = new Uint8Array(ids.size);
  }

  /** False only when `text` holds none of the needles of `pattern`, so that it cannot match. */
  mayMatch(pattern: RegExp, text: string): boolean {
    const needles = this.needlesOf.get(pattern);
    if (needles === undefined) return true;
    if (text !== this.scanned) {
      this.presence.scan(text.toLowerCase(), this.found);
      this.scanned = text;
    }
    for (const id of needles) if (this.found[id] === 1) return true;
    return false;
  }
}

export let textGate: PatternGate | null = null;

/** The gate of `inspectText`'s patterns, built at its first use (the patterns are defined further down). */
export function inspectedPatterns(): PatternGate {
  textGate ??= new PatternGate([
    ...TAMPERING.map(({ pattern }) => pattern), ...PRIVILEGE.map(({ pattern }) => pattern), MINING, MINING_CONFIG, DECODER, DATA_WIPE, DROPS_WHOLE_STORE,
    ROOT_RUN_FILE_OPENED, SETUID_CHMOD, REMOTE_CI_INCLUDE, REMOTE_BUILD_SCRIPT, REMOTE_CLASS_LOADER, SHELL_AS_DEBUGGER, LOGON_PROGRAM_WRITE,
    CLIENT_WIDE_TLS_OFF, EVERY_MODEL_ROW_DELETED, DELETES_AT_AGE_ZERO, WILDCARD_INDEX_DELETE, FLAGS_EVERY_MESSAGE_DELETED, EVERY_CLOUD_RESOURCE,
    DELETES_AN_ITEM, WHOLE_APP_STORAGE_HANDED, SDK_SNAPSHOT_DELETE, LITERAL_PUBLIC_KEY, FORCED_EXTENSION_ELSEWHERE, DROPS_NAMED_TABLE, DROPS_DATABASE_OF_ROW, DROPS_DATABASE_BY_NAME, STORE_OF_NAME_DROPPED, DROPS_TABLE_BY_NAME,
    RECURSIVE_RM_COMMAND, CLEARS_APP_BY_NAME, TRUNCATING_OPEN, OPENS_FOR_WRITING, SENT_BY_NAME, WHOLE_REPOSITORY_PATH, TRUNCATES_TABLE,
    SENDS_HTTP_DELETE, EXPIRES_REFLOG_NOW, EMPTIES_NAMED_TABLE, DROPS_TABLE, DISCARDS_WORK, DELETES_EVERY_ROW, DELETES_DNS_RECORD,
    CLIENT_CLEARS_COLUMNS_OF_EVERY_ROW, HTTP_DELETE_METHOD, TRUSTS_MODULE_SOURCE, GIT_COMMAND_OPTION_SET, GIT_SETTINGS_INCLUDED, OBJECT_COLLECTION_DELETED,
    CLUSTER_ADMIN_FOR_PERSON, PROXY_ACCEPTS_EVERY_HOST, SERVES_HOME_FOLDER, OPT_IN_SIGNATURE_CHECK,
  ]);
  return textGate;
}

/** `pattern.test(text)`, skipped where the gate shows it cannot match. */
export function gatedTest(pattern: RegExp, text: string): boolean {
  return inspectedPatterns().mayMatch(pattern, text) && pattern.test(text);
}

/** `pattern.exec(text)`, skipped where the gate shows it cannot match. */
export function gatedExec(pattern: RegExp, text: string): RegExpExecArray | null {
  return inspectedPatterns().mayMatch(pattern, text) ? pattern.exec(text) : null;
}
