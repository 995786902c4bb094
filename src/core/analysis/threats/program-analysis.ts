// The detectors: read a program's statements in order, follow what each variable holds (a secret,
// the whole environment, fetched or decoded content, a network client) and report behaviour — a
// secret reaching the network, fetched or decoded code being run, a shell wired to a socket, a
// miner, something made to start by itself, a control switched off, data destroyed.
import type { Call, Program, Statement } from '../program.ts';
import { isWordCode } from '../regex-prefilter.ts';
import { typoOfPopular } from '../typosquat.ts';
import {
  AUTH_CONTEXT, CLIPBOARD, CODE_EXEC, CODE_NETWORK, CREDENTIAL_SERVICE, CREDENTIAL_STORE, DATA_WIPE, DECODER, DISPOSABLE, DNS_COMMANDS, DROPS_WHOLE_STORE, HOSTILE_PAYLOAD,
  JS_PROCESS_CALL, MANAGED_CONTROL_OFF, MINING, MINING_CONFIG, NAMED_ENVIRONMENT, NETWORK_CLIENT, PERSISTENCE_COMMAND, PERSISTENCE_PLACE, PRECIOUS_PATH, PRIVILEGE,
  ROOT_RUN_FILE_OPENED, SAFE_CONTEXT, SECRET_NAME, SETUID_BY_DESIGN, SETUID_CHMOD, SHELL_FETCH, SHELL_NETWORK, STDIN_INTERPRETERS, TAMPERING, WHOLE_ENVIRONMENT,
} from '../vocabulary.ts';
import {
  ASSIGNMENT_TARGET, BARE_ADDRESS, BOTO3_CLIENT, braceExpanded, chain, cliService, declaredValue, encodedIntoUrl, escapeName, FILLS_FIRST_ARGUMENT, folderOfPath,
  formatted, homeRelative, joinedPieces, kebab, LOADS_SETTINGS, PARENT_OF_PATH, queuedTaskCall, QUOTED_IDENTIFIER, QUOTED_WORD_LIST, SETTINGS_FILE_NAME, TEMPORARY_FOLDER,
  unquoted, URL_IN_TEXT, urlsIn, windowsDownload, withoutComments, withoutRemotePaths, XML_IDENTIFIERS,
} from './common.ts';
import {
  ADMISSION_POLICY, BOUND_TO_EVERY_INTERFACE, BOUND_TO_LOOPBACK, CLIENT_WIDE_TLS_OFF, CLUSTER_ADMIN_FOR_PERSON, defaultTransportSkipsVerify, deletesMatchAllSettingsEntry, DEVELOPMENT_COMMAND,
  DOAS_NOPASS_ANY_COMMAND, GIT_COMMAND_OPTION_SET, GIT_COMMAND_SETTING, GIT_SETTINGS_INCLUDED, gitConfigRedirects, gitRemoteRedirects, groupWritable, hijackedNames,
  HOSTS_ENTRY_START, HOSTS_FILE, inspectHandlerHijack, inspectScanJobDeletion, inspectScanRemoval, LITERAL_PUBLIC_KEY, namesApparmorProfiles, narrowScanExclusion, OPT_IN_SIGNATURE_CHECK, polkitScoped,
  PRODUCTION_GUARD_OFF, PROXY_ACCEPTS_EVERY_HOST, RECOVERY_OFF, SECRET_SCAN_SKIPPED, SECURITY_TRAIL, SERVES_HOME_FOLDER, SET_ID_MODE, setsGroupIdOnly, setsId,
  SHIPPED_CERTIFICATE, STAGE_SETTING, stripsQuarantine, TRUST_ANCHORS, TRUSTS_MODULE_SOURCE, trustsPrivateModuleSource, UNCHECKED_GO_MODULES, unitWide,
} from './configuration.ts';
import {
  BUILD_PROPERTY, CODE_METADATA_WRITER, COVERT_CARRIER, DYNAMIC_BUILD_PROPERTY, ENCODED_COMMAND_GIVEN, encodes, ESCAPED_BYTES, EVALUATOR_METHOD, HEX_DIGEST_OF, hidesBits,
  hidingTargets, inspectAgentSocketRelay, inspectArchiveComment, inspectCiLogPrint, inspectClientConfigHeader, inspectClientDefaultHeader, inspectCommitMessageHook,
  inspectDocumentProperties, inspectEmittedFileNames, inspectHandedOnText, inspectEncodedLookups, inspectFetchedLoader, inspectHiddenBits, inspectImageLabel, inspectImageMetadata,
  inspectNameAnnouncement, inspectPingPayload, inspectPreloadedDownload, inspectQrCode, inspectRenderedLink, inspectResourceLabelAssignment, inspectScriptUrlLauncher,
  inspectSharedRecordFields, inspectSpanAttributes, inspectSyncedName, inspectTelemetryContext, inspectTelemetryEvent, inspectTemplateSlots, inspectTestRunnerReport,
  KEYED_DIGEST, KEYED_MAC_OBJECT, MESSAGE_PUBLISH, messageFromInputCarriesSecret, METADATA_WRITER, PACKET_BUILDER, PAUSE, pausePickedBySecret, printedLabels,
  reportMetadataWrites, secretInMessageAttributes, SENT_BY_NAME, SHORT_PREFIX, spellsSplitBits, stampedBySecret, TAKES_A_PIECE,
} from './covert.ts';
import {
  afterGitOptions, ANSWER_METHOD, asksMetadataForCredentials, authenticates, BROWSER_SECRETS, CHAINED_PATH_PIECES, checksIncomingLogin, CHILD_ENVIRONMENT, CHILD_SPAWN,
  APP_SECRET_STORE, CONNECTION_ARGUMENT, CONNECTION_STRINGS_READ, CONNECTION_URL, copiesWithinOneBucket, createdWithKnownPassword, CREDENTIAL_FORMAT, CREDENTIAL_HELPER_ANSWER,
  CREDENTIAL_HELPER_OPERATION, DATA_FLAG, DATABASE_CLIENT, DYNAMIC_ENVIRONMENT, environmentSliceNames, EXCLUDED, FILE_SEARCH, HEADER_LINE, HOME_EXPRESSION_ANYWHERE,
  INCOMING_CREDENTIAL, isEnvironmentDump, KEEPS_SECRET_NAMED_ENTRIES, KEY_FILE_NAME, KEYS_ONLY_COUNTED, LISTED_NAME, LISTED_PROPERTY_NAME, LOGIN_FIELD,
  logsInToAnotherService, logsInWithOwnServiceHeader, MASK_DEFEATING, MAY_PRINT_CREDENTIALS, MAY_READ_BROWSER, namesUploadedArtifact, onlyAuthenticates, OPEN_REQUEST,
  OPENED_FOR_WRITING, outputPath, PASSES_HEADER_ON, passesIncomingLoginOn, PRINTS_CREDENTIALS, printsCiSecret, PRIVATE_SSH_KEYS, publishesCopiedSecret,
  putsEnvironmentInLogRecord, readsServerPassword, REDIS_ELSEWHERE, requestsStoredAddress, sameFile, sameFileName, SEARCH_ROOT, SECRET_KEYS_LISTED, sendsAnything,
  sendsDatabaseDump, sendsIncomingLoginOnly, sendsStandardInput, sendsToCloudFunctionOrTopic, sentToHostStoredWith, sentToOwnService, shipsLogRecords, SIGNING_SECRET,
  SIGNS_WITH, STORED_CREDENTIAL_PRINTER, STUB_ON_CHANNEL, UNC_SHARE, URL_OBJECT_FROM_ADDRESS, WHOLE_PROFILE, withoutChildEnvironment, withoutMetadataReads,
  writesToRemoteRedis, writtenFiles,
} from './credentials.ts';
import {
  asksThroughConfirmSwitch, CHANGING_CMDLET, checkedLocal, connectsToDisposable, destroysOneChangeRequestOwn, inRunWorkspace, inTestSetup, inTestSuite, PRINTED_MESSAGE,
  reachesConfiguredDatabase, reachesProduction, textsReached, READS_ANSWER, resetsTestDatabase, safe, SETS_OWN_CONFIRMATION, emptiesSchemaItNames, stopsUnlessAnswered, stopsUnlessDisposableName,
  selectedTargetIsTest, stopsUnlessDisposableWorkspace, stopsUnlessThisMachine, withoutClimbs,
} from './destructive-guards.ts';
import {
  chainCommandsMatching, climbsAboveAnchor, collectionFallsBackToParent, DEFAULT_BRANCH_LOOKUP, entryOfFolderTwoUp, DELETES_AT_AGE_ZERO, deletesOwnItem, DISK_LISTING, dropsDatabaseOfEveryRow, dropsDatabasesQueryKeeps, DROPS_DATABASE_OF_ROW, dropsEveryListed, entryOfListedParent,
  EVERY_TABLE_LISTING, excludingSelector, EXPIRES_AT_ONCE, EXPIRES_REFLOG_NOW, expiresByDefaultWithinADay, fedByListing, fedByNarrowedListing, FILE_WALK,
  FLAGS_EVERY_MESSAGE_DELETED, holdsEveryBranch, keepListFailsOpen, KEEPS_MATCHING, KEEPS_NONE_BY_DEFAULT, keepsOnlyMatches, listedByMarkingLabel, listedHomeEntry,
  listedThroughEmptyFilter, listsEveryBranch, listsEveryBranchUnsearched, listsMergedBranches, listsPersonalAmongOtherFolders, minimumAgeIsZero, narrowsListing,
  PACKAGE_LISTING, PERSONAL_HOME_FOLDER, picksLines, readsLinesInto, refFromRemoteListing, removesEveryListedVolume, SDK_SNAPSHOT_DELETE, SELECTED_CLOUD_TARGET,
  selectedByAge, selectsWithMatchAllDefault, snapshotsRetentionKeeps, walksSnapshotListing, WHOLE_APP_DATA, WHOLE_APP_STORAGE_HANDED,
} from './destructive-listings.ts';
import {
  ABOVE_VARIABLE_FOLDER, awkCommands, BACKUP_FOLDER, CLEARS_APP_BY_NAME, CLIENT_CLEARS_COLUMNS_OF_EVERY_ROW, climbsAboveScript, ROOT_WHEN_SETTING_MISSING, CLUSTER_CONNECTION_OPTION, CURRENT_USER,
  dangerousTarget, DATABASE_CATALOG, deletedPaths, DELETES_AN_ITEM, DELETES_DNS_RECORD, DELETES_EVERY_ROW, deletesBeforeItsTests, deletesPastDeadNameTest, deletesResources, DELETING_CALL,
  deletingCallee, DEVICE_SHARED_STORAGE, DISCARDS_WORK, DISK_DEVICE, DROPS_DATABASE_BY_NAME, DROPS_NAMED_TABLE, DROPS_OR_EMPTIES, DROPS_TABLE, DROPS_TABLE_BY_NAME,
  cleansHomeWorkTree, deletesByBlankContentKey, destroysEveryListedEnvironment, dropsWhatItCreated, EMPTIES_NAMED_TABLE, entryOfHome, erasesDriveFirmware, EVERY_CLOUD_RESOURCE, EVERY_MODEL_ROW_DELETED, historyOfEveryHomeRepository, holdsDataOnly,
  homeJoinedFromUnset, HTTP_DELETE_METHOD, insideFolder, inspectDeletion, inspectStackDestroy, inspectStorageWipe, inspectStoreErasure, inspectWholeCollectionActs,
  interpolatedHome, LOCAL_EMULATOR_TARGET, madeFolders, mentionsPath, mirrorsOverPartitionedBucket, namesDisk, namesKeyFolderWhole, namesRunFolder, NODE_WRITE_FLAGS,
  OBJECT_COLLECTION_DELETED, OPENS_FOR_WRITING, opensForWritingByName, PATH_BUILT_ON, PERSONAL_OR_SYSTEM_START, PROBES_NAMED_HOST, PRUNES_UNREACHABLE_NOW,
  publishesRemovalOfGivenPaths, RCLONE_PLACEHOLDER, RECURSIVE_RM_COMMAND, REWRITES_HISTORY, rootIfEmpty, rootWhenSettingUnset, SCANNED_REMOVAL, SCOPED_BY_PREFIX, SENDS_HTTP_DELETE,
  serviceHomeContent, SHARED_FOLDER, spelledName, STORE_OF_NAME_DROPPED, storeOfNameHeld, SWEPT_PERSONAL_FILES, syncsFromEmptyFolder, SYSTEM_DATA_ROOT, SYSTEM_FOLDER, TABLE_CATALOG,
  takesAccessAway, THROWS_AWAY_WORK, TRUNCATES_TABLE, TRUNCATING_OPEN, UNLESS_IT_ANSWERS, USER_HOME_CALL, WHOLE_REPOSITORY_PATH, WILDCARD_INDEX_DELETE,
  wildcardAfterSilencedSubstitution, wildcardIndexOfRefilledPrefix, withoutInputFiles, withoutLeadingOptions, withoutRemovedAffixes, WORKING_FOLDER_CONTENT,
} from './destructive.ts';
import {
  allowedFetch, BASE64_RUN, base64Text, CODE_FORGE, decodesInCode, extractionFolder, FORWARDS_LOCAL_PORT, FUNCTION_LITERAL, hostMountedImage, inlineProgramRunsFetched,
  inspectCharacterCodeCommand, installsDownloadedPackage, isDecodeCommand, isProjectInstaller, LOADS_CODE_BY_VALUE, MANIFEST_FILE, namesOneFile, PLACES_FILES,
  PYTHON_EVALUATOR_LOOKUP, READS_STANDARD_INPUT, readsProgramFromStdin, initScriptLoadsNewestPlugin, REMOTE_BUILD_SCRIPT, REMOTE_CI_INCLUDE, REMOTE_CLASS_LOADER, RUNS_OR_FETCHES_POWERSHELL, runsClone,
  runsDownloadedPlugin, runsDownloadedProgram, runsItsArgument, runsItsInput, runsOnlyWhenAnswered, runsSocketInput, runsUrl, SELF_ENCODING, SHELL_AS_DEBUGGER,
  SHOWN_DOWNLOAD_RUN, showsFile, VERIFIES_DOWNLOAD,
} from './execution.ts';
import { gatedExec, gatedTest } from './gate.ts';
import {
  connectsOnlyToPlaceholderHosts, connectsOnlyToPrivateNetwork, isLoopbackUrl, PLACEHOLDER_REMOTE_SHELL, PRIVATE_REMOTE_SHELL, PLACEHOLDER_TUNNEL, servedByNamedHost, staysOnThisMachine, tunnelsToPlaceholderHost,
} from './hosts.ts';
import { inspectPipTrustInEnvironment, inspectSentPackageSetting } from './package-settings.ts';
import {
  CRONJOB_MANIFEST, FORCED_EXTENSION_ELSEWHERE, inspectScheduler, INSTALL_HOOK, isGitHook, LEAVES_PROCESS_BEHIND, LOGON_PROGRAM_WRITE, PERSISTED_SETTING, PRELOAD_SETTING,
  SCHEDULED_LINE, SETUP_COMMAND, shadowedCommand, STARTUP_FOLDER, writesStartupPlaces,
} from './persistence.ts';
import type { AnalysisContext, Label, ThreatClass, ThreatFinding } from './types.ts';

/** An archive opened for writing by a library (`zipfile.ZipFile(p, "w")`, `tarfile.open(p, "w:gz")`, `new AdmZip()`, `archiver("zip")`). */
const ARCHIVE_OPENED = /\b(?:zipfile\.ZipFile|ZipFile|tarfile\.open|TarFile|tarfile\.TarFile|AdmZip|archiver|JSZip|py7zr\.SevenZipFile)\s*\(/;
/** The file such an archive is written to, when named as its first argument. */
const ARCHIVE_PATH = /\b(?:zipfile\.ZipFile|ZipFile|tarfile\.open|TarFile|tarfile\.TarFile|py7zr\.SevenZipFile)\s*\(\s*(?:name\s*=\s*)?["'`]([^"'`\n]{1,400})["'`]/;
/** A Go module path pinned to a version (`github.com/org/tool/cmd/tool@v1.2.3`). */
const PINNED_GO_MODULE = /\b[\w-]{1,100}(?:\.[\w-]{1,100}){1,6}\/[\w./-]{1,300}@v?\d/;
/** Every Docker volume listed, with no filter or later stage to pick some (`$(docker volume ls -q)`, after its variable is resolved). */
function listsEveryVolume(text: string): boolean {
  return [...text.slice(0, 8000).matchAll(/\bdocker\s+volume\s+(?:ls|list)\b([^)\n]{0,300})/g)].slice(0, 8).some((listing) => !/--filter\b|\s-f\s|\|/.test(`${listing[1]!} `));
}

/** A delete of the items or paths a program picked (`rm_rf(targets)`, `auth.deleteUsers(ids)`, `shutil.rmtree(p)`). */
const DELETES_PICKED = /\b(?:rm_rf|rm_r|rmtree|remove_entry(?:_secure)?|rimraf|rmSync|delete_objects?|deleteUsers?|delete_users?)\b/;
/** A filter pattern read from the environment whose default matches every name (`new RegExp(process.env.X ?? '.*')`, `re.compile(os.environ.get("X", ".*"))`). */
const MATCH_ALL_PATTERN_BY_DEFAULT = /\b(?:new\s+RegExp|RegExp|re\.compile|Regexp\.new)\(\s{0,4}(?:process\.env\.\w{1,60}\s{0,4}(?:\?\?|\|\|)\s{0,4}["'`](?:\.\*|\.\+|\^)?["'`]|os\.(?:environ\.get|getenv)\(\s{0,4}["']\w{1,60}["']\s{0,4},\s{0,4}["'](?:\.\*|\.\+|\^)?["']\s{0,4}\)|ENV\.fetch\(\s{0,4}["']\w{1,60}["']\s{0,4},\s{0,4}["'](?:\.\*|\.\+|\^)?["']\s{0,4}\))/;
/** Whether a text reached from a delete reads a folder from the environment with an empty default and globs every entry under it. */
function globsEmptyDefaultFolder(text: string): boolean {
  return /\bENV\.fetch\(\s{0,4}["']\w{1,60}["']\s{0,4},\s{0,4}["']["']\s{0,4}\)|\bos\.(?:environ\.get|getenv)\(\s{0,4}["']\w{1,60}["']\s{0,4},\s{0,4}["']["']\s{0,4}\)|\bprocess\.env\.\w{1,60}\s{0,4}(?:\?\?|\|\|)\s{0,4}["'`]["'`]/.test(text)
    && /\b(?:Dir\.glob|glob(?:\.glob|Sync)?|\.glob)\s{0,4}\([^\n]{0,200}["'`]\*["'`]/.test(text);
}

/** An API call that posts where others read: a comment, issue, review, discussion, gist or release, named as a word of its own. */
const POSTING_CALL = /(?:^|[._])(?:[Cc]omment|[Ii]ssue|[Rr]eview|[Dd]iscussion|[Gg]ist|[Rr]elease)\w{0,20}$|[a-z\d](?:Comment|Issue|Review|Discussion|Gist|Release)\w{0,20}$/;
const EXEC_WORD = /\b(?:eval|exec|system|popen|spawn|Function|(?<!\.)load\b|loadstring|instance_eval|`)/;

/** The environment filtered down to names the code lists (`{k: v for k, v in os.environ.items() if k in ("LANG", "TERM")}`): those variables only. */
const ENVIRONMENT_ALLOWLIST = /\bfor\s{1,10}([A-Za-z_]\w{0,60})\s{0,10},\s{0,10}[A-Za-z_]\w{0,60}\s{1,10}in\s{1,10}os\.environ\.items\(\)\s{1,10}if\s{1,10}\1\s{1,10}in\s{1,10}[([{]\s{0,10}["'][\w"', \t]{0,400}[)\]}]/g;
/** Folders climbed one parent at a time (`for d in [here, *here.parents]`, `d = d.parent`): a search there reaches the home folder. */
const CLIMBS_FOLDERS = /\.parents\b|\b([A-Za-z_]\w{0,60})\s{0,4}=\s{0,4}\1\.parent\b|\b([A-Za-z_$][\w$]{0,60})\s{0,4}=\s{0,4}(?:os\.)?path\.dirname\(\s{0,4}\2\s{0,4}\)/;

/** `NAME=value` and `export NAME="value"` lines of a settings file. */
const SETTINGS_ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_]\w{0,100})=["']?([^"'\n#]{1,400})/gm;
/** Items of a YAML list (`- ~/.aws/credentials`). */
const YAML_LIST_ITEM = /^[ \t]{0,40}-[ \t]{1,10}["']?([^"'#\n]{1,400})/gm;
/** A JSON or TOML array (`["./notes.md", "~/.ssh/id_ed25519"]`), without nested arrays. */
const BRACKETED_LIST = /\[([^[\]]{0,4000})\]/g;
const QUOTED_ITEM = /"([^"\n]{1,400})"|'([^'\n]{1,400})'/g;

const listedCredentials = new Map<string, boolean>();

/** Whether a settings file lists a credential store among the values of a list (the paths a tool reads). */
function listsCredentialStore(content: string): boolean {
  const text = content.slice(0, 65_536);
  let known = listedCredentials.get(text);
  if (known === undefined) {
    const items = [...text.matchAll(YAML_LIST_ITEM)].map((match) => match[1]!).concat([...text.matchAll(BRACKETED_LIST)].flatMap((list) => [...list[1]!.matchAll(QUOTED_ITEM)].map((item) => (item[1] ?? item[2])!)));
    known = items.slice(0, 500).some((item) => CREDENTIAL_STORE.test(item.trim()));
    if (listedCredentials.size > 500) listedCredentials.clear();
    listedCredentials.set(text, known);
  }
  return known;
}

/** A statement of a generator that hands out a value (`yield x`, `yield 0.2 if bit else 0.1`). */
const YIELDS = /^\s*yield\b(?!\s*$)/;

/**
 * How much of a helper's parameter a value holds: nothing of it, a client or connection configured with it (what
 * the client answers is not it), a login header or pair made from it, or the value itself.
 */
type Carried = 0 | 1 | 2 | 3;
const CARRIES_NOTHING = 0;
const CONFIGURED_CLIENT = 1;
const LOGIN_VALUE = 2;
const CARRIES_VALUE = 3;

/** The options a client takes its login in (`api_key=`, `{ apiKey }`, `aws_secret_access_key=`, `credentials`), in any case, with or without underscores. */
const CLIENT_LOGIN_OPTION = /^(?:api_?key|api_?token|access_?token|auth(?:_?token)?|bearer_?token|bot_?token|session_?token|token|secret(?:_?access)?_?key|aws_?secret_?access_?key|aws_?access_?key_?id|aws_?session_?token|access_?key(?:_?id)?|password|passwd|credentials?|client_?secret|private_?key)$/i;

/** Constructors of libraries' service clients, which keep a key to log in with (`WebClient`, `Octokit`, `createClient`). */
const LIBRARY_CLIENT = /^(?:[A-Z]\w{0,60}(?:Client|Session|Api|API|Sdk|SDK|Service|Connection)|Stripe|Octokit|Github|Gitlab|Minio|Redis|createClient|create_client)$/;

/** A method that puts its arguments into the object it is called on (`headers.update(…)`, `parts.append(…)`, `list.push(…)`). */
const FILLS_IN_PLACE = /^[A-Za-z_$][\w$]{0,100}(?:\.[A-Za-z_$][\w$]{0,100}){0,5}\.(?:update|append|extend|add|push|unshift|insert|set|setdefault|put|assign)$/;

/** A quoted string that interpolates nothing. */
const PLAIN_STRING = /(?<![\w$])"[^"{}\\\n]{0,400}"|(?<![\w$])'[^'{}\\\n]{0,400}'/g;

/**
 * Whether an argument passes a name only as a client's login: a keyword or property named for a login (`api_key=key`,
 * `{ apiKey: key }`, `{ auth }`, `credentials: { accessKeyId, secretAccessKey }`), or an authentication header or pair.
 */
function logsInWith(arg: string, name: string): boolean {
  if (authenticates(arg)) return true;
  const keyword = /^([A-Za-z_$][\w$]*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg.trim());
  if (keyword) return CLIENT_LOGIN_OPTION.test(keyword[1]!) && new RegExp(`^${escapeName(name)}$`).test(keyword[2]!.trim());
  if (!arg.trim().startsWith('{')) return false;
  const uses = [...arg.matchAll(new RegExp(`(?<![\\w$.])${escapeName(name)}(?![\\w$])`, 'g'))];
  return uses.length > 0 && uses.every((use) => {
    const before = arg.slice(Math.max(0, use.index - 120), use.index);
    const after = arg.slice(use.index + name.length);
    const shorthand = /[{,]\s*$/.test(before) && /^\s*[,}]/.test(after) && CLIENT_LOGIN_OPTION.test(name);
    const property = /(?:^|[{,\s])["']?([A-Za-z_$][\w$]*)["']?\s*:\s*$/.exec(before)?.[1];
    return shorthand || (property !== undefined && CLIENT_LOGIN_OPTION.test(property) && /^\s*[,}]/.test(after));
  });
}

/** More findings than this in one program add nothing a reviewer can use. */
const MAX_FINDINGS = 50;

interface IntrinsicLabels {
  /** The code as the labels read it (backslashes as slashes, excluded paths blanked). */
  text: string;
  labels: ReadonlySet<Label>;
  /** The names the code mentions, each once, in order. */
  words: readonly string[];
}

/**
 * The attribute an `add_argument` call stores its value in: its `dest=`, else its first long option
 * (`--key-id` is `key_id`), else its short option or positional name; null when the call does not say.
 */
function optionDestination(args: readonly string[]): string | null {
  const named = args.map((arg) => /^dest\s*=\s*["']?([A-Za-z_]\w*)["']?$/.exec(arg)?.[1]).find((name) => name !== undefined);
  if (named) return named;
  const names = args.filter((arg) => !/^[A-Za-z_]\w*\s*=(?!=)/.test(arg));
  const long = names.find((arg) => /^--[A-Za-z][\w-]*$/.test(arg));
  const chosen = long ?? names.find((arg) => /^-[A-Za-z]$/.test(arg)) ?? names.find((arg) => /^[A-Za-z_][\w-]*$/.test(arg));
  return chosen ? chosen.replace(/^-{1,2}/, '').replace(/-/g, '_') : null;
}

/**
 * Whether a text names a file by its path: the path as a whole word, so a file `.env` is not named by
 * `Deno.env.get` or `process.env`, nor `out.log` by `layout.log`.
 */
function namesPath(text: string, path: string): boolean {
  for (let at = text.indexOf(path); at !== -1; at = text.indexOf(path, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + path.length);
    const first = path.charCodeAt(0);
    if (!(isWordCode(before) && (isWordCode(first) || first === 46)) && !(isWordCode(path.charCodeAt(path.length - 1)) && isWordCode(after))) return true;
  }
  return false;
}

const standaloneNames = new Map<string, RegExp>();

/** A name standing alone in code (not part of a longer name or a member): one compiled pattern per name, asked per argument and statement. */
function standaloneName(name: string): RegExp {
  let pattern = standaloneNames.get(name);
  if (!pattern) {
    if (standaloneNames.size >= 5000) standaloneNames.clear();
    pattern = new RegExp(`(?<![\\w$.])${escapeName(name)}(?![\\w$])`);
    standaloneNames.set(name, pattern);
  }
  return pattern;
}

/** A statement that ends the program whatever happened (`exit 0`, `sys.exit(1)`, `process.exit()`, `os.Exit(0)`). */
const UNCONDITIONAL_EXIT = /^[ \t]{0,8}(?:exit\b|sys\.exit\(|process\.exit\(|os\.Exit\()/;
/**
 * A line that only prints text (`echo "then run: sudo sysctl …"`, `print(…)`, `Write-Host …`), its output neither piped
 * nor redirected, or a comment line: a command written there is a hint for the user, not a step that runs.
 */
const PRINTED_OR_COMMENT_LINE = /^[ \t]{0,8}(?:(?:echo|printf|print|Write-Host|Write-Output|console\.log|puts)\b[^|>\n]{0,2000}$|#[^\n]{0,2000}$|\/\/[^\n]{0,2000}$)/gm;

export class ProgramAnalysis {
  readonly findings: ThreatFinding[] = [];
  /** Shell commands this program assembles at run time (an awk `system(a b c)`), to be read as code in turn. */
  readonly assembled: Array<{ code: string; start: number; end: number }> = [];
  private readonly labels = new Map<string, Set<Label>>();
  /**
   * The function whose statement is being read, in languages whose functions have variables of their own
   * (Python, JavaScript, TypeScript). A name a function assigns is also kept under that function, and read from
   * there inside it, so a loop variable `key` over a form's fields is not the API key of another function's
   * `key`; every label is still kept under the plain name too, for closures and code outside functions.
   */
  private scope: string | null = null;
  /** @internal */
  readonly downloaded: Set<string>;
  /** @internal Downloads of earlier code blocks: running them may follow a review the prose between the blocks asks for. */
  readonly inherited: Set<string>;
  /** @internal Files this program (or an earlier block of the skill) wrote, with what they hold. */
  readonly files: Map<string, Set<Label>>;
  private committedSecret = false;
  /** Variables whose value a condition on a secret chooses. */
  private readonly chosenBySecret = new Set<string>();
  /** The program's own helpers that pause for a time they are given, with the position of that parameter. */
  private readonly pauseHelpers = new Map<string, number>();
  /** A secret was put into a package's manifest (its name, version or description), which a publish makes public. */
  private manifestSecret = false;
  /** @internal For each helper that sends some of its parameters, which ones, and its parameter list. */
  readonly sentParameters = new Map<string, Set<string>>();
  /** @internal */
  readonly parameterLists = new Map<string, string[]>();
  private stagedSecret = false;
  /** What exceptions the program raises carry in their messages. */
  private readonly raised = new Set<Label>();
  /** @internal Downloads saved from an allowed installer's address: running them is running that installer. */
  readonly allowedDownloads = new Set<string>();
  /** Saved downloads the skill shows the user in full before anything runs them (`less "$dir/install.sh"`). */
  private readonly shownDownloads = new Set<string>();
  private readonly localsByFunction = new Map<string, Set<string>>();
  /** @internal Parameters of shell helpers that a client posts as data (`-d "$1"`, `--data-binary "$1"`), by helper. */
  readonly postedParameters = new Map<string, Set<string>>();
  private emptyRepository = false;
  /** Every file this program writes to. */
  private readonly written = new Set<string>();
  /** @internal Files a database client dumped the database into. */
  readonly databaseDumps = new Set<string>();
  /** @internal What the program wrote into each file, when the statement that wrote it shows it (a here-document). */
  readonly writtenContent = new Map<string, string>();
  /** @internal For each variable, the variables its value was made from (a writer wraps its buffer). */
  readonly origins = new Map<string, string[]>();
  /** @internal The statement that last gave each variable its value. */
  readonly definitions = new Map<string, string>();
  /** Variables that hold an evaluator (`run = eval`). */
  private readonly executors = new Set<string>();
  /** @internal */
  readonly program: Program;
  /** @internal */
  readonly context: AnalysisContext;
  /** @internal */
  readonly whole: string;
  private guardText: string | null = null;
  private confirmation: boolean | null = null;
  /** @internal Set while the marks a listing selects by are traced, so a marking command's own listing is not traced again. */
  readingMarks = false;

  /** Option parsers of a Python program (`argparse.ArgumentParser()`, its groups and sub-parsers), each to the parser whose `parse_args` returns its options. */
  private readonly optionParsers = new Map<string, string>();
  /**
   * What each option holds, by parser and by the namespace its `parse_args` returned: an option whose default
   * reads a token makes `args.token` secret, not `args.url` beside it.
   */
  private readonly optionLabels = new Map<string, Map<string, Set<Label>>>();
  /** Whether a helper of the program uses a parameter only to log its requests in, by helper and parameter. */
  private readonly credentialOnly = new Map<string, boolean>();
  /** How much of a parameter a helper of the program hands back in its result, by helper and parameter. */
  private readonly returnedShare = new Map<string, Carried>();
  /** Helpers imported from the skill's other modules that leave some parameters out of their result, by the name they are called by here, with their parameter lists. */
  private readonly importedHelpers = new Map<string, string[]>();

  /** @internal Whether the program is a configuration read line by line (a list of names there may be a deny-list). */
  readonly configuration: boolean;

  /** @internal Every variable some statement assigns (the others come from the environment). */
  readonly defined: Set<string>;
  private readonly reported = new Set<string>();
  /** Where a signature check switched on only by a setting begins in the whole code (-1 when there is none), found at the first statement that asks. */
  private optInSignatureCheckAt: number | undefined;

  constructor(program: Program, context: AnalysisContext, wholeText: string, configuration = false) {
    this.configuration = configuration;
    this.files = context.files ?? new Map();
    this.downloaded = context.downloaded ?? new Set();
    this.inherited = new Set(this.downloaded);
    this.defined = new Set(program.statements.flatMap((statement) => statement.defines));
    this.program = program;
    this.context = context;
    this.whole = wholeText;
  }

  /** What patterns tested against the whole code found, by pattern: statement checks ask the same of it again and again. */
  private readonly wholeMatches = new Map<string, boolean>();
  /** The `wholeMatches` key of each pattern object, made once rather than joined from its often long source on every call. */
  private static readonly wholePatternKeys = new WeakMap<RegExp, string>();

  /** Whether the whole code names some address and every address it names, with a scheme or without, is this machine. */
  private namesOnlyThisMachine(): boolean {
    const urls = this.whole.match(URL_IN_TEXT) ?? [];
    return urls.length > 0 && urls.every(isLoopbackUrl) && this.whole.replace(URL_IN_TEXT, ' ').search(BARE_ADDRESS) < 0;
  }

  /**
   * Whether a control switched off by a statement is switched back on by code that really runs after it: not past an
   * `exit` that always comes first, not in a line that only prints the command as a hint or in a comment, and not with
   * a value taken from a variable the program never sets (the restore then writes nothing and fails).
   */
  private restoredAfter(statement: Statement, restoredBy: RegExp): boolean {
    let end = this.whole.length;
    // The first exit of the program itself after the statement: at the top level, outside any condition.
    const exit = this.program.statements.find((later) => later.start >= statement.end && later.inFunction === null && !later.guardedBy?.length && !later.decidedBy?.length && UNCONDITIONAL_EXIT.test(later.text));
    if (exit) end = Math.min(end, exit.start);
    const after = this.whole.slice(statement.end, end).replace(PRINTED_OR_COMMENT_LINE, ' ');
    const restores = new RegExp(restoredBy.source, `${restoredBy.flags.replace('g', '')}g`);
    for (const match of [...after.matchAll(restores)].slice(0, 20)) {
      if (!match[0].endsWith('$')) return true;
      // The value a variable saved: it counts once the program sets that variable (a command's output, `$(…)`, always does).
      const name = /^\{?([A-Za-z_]\w{0,60})/.exec(after.slice(match.index + match[0].length, match.index + match[0].length + 64))?.[1];
      if (name === undefined || this.definitions.has(name) || this.wholeHas(new RegExp(`(?:^|[\\s;(])(?:export\\s{1,4}|local\\s{1,4}|readonly\\s{1,4})?${name}=`, 'm'))) return true;
    }
    return false;
  }

  /** @internal Whether a pattern matches somewhere in the whole code; each pattern is searched for once per program, not once per statement that asks. */
  wholeHas(pattern: RegExp): boolean {
    let key = ProgramAnalysis.wholePatternKeys.get(pattern);
    if (key === undefined) {
      key = `${pattern.flags}/${pattern.source}`;
      ProgramAnalysis.wholePatternKeys.set(pattern, key);
    }
    let found = this.wholeMatches.get(key);
    if (found === undefined) {
      pattern.lastIndex = 0;
      found = pattern.test(this.whole);
      this.wholeMatches.set(key, found);
    }
    return found;
  }

  /**
   * Whether a statement's values come from a secret no service takes as a login (a private key, a cloud account's
   * secret key, a credentials file): such secrets sign requests or mint tokens, so one put in a login header or an
   * `Authorization` value is sent away, not used to log in. Read from the statement and the definitions of the
   * names it uses, two steps back.
   * @internal
   */
  carriesSigningSecret(text: string, uses: readonly string[]): boolean {
    // Signed with it (a JWT, an HMAC, a request signature): what is sent is the signature, not the key.
    if (SIGNS_WITH.test(text)) return false;
    if (SIGNING_SECRET.test(text)) return true;
    const seen = new Set<string>();
    let names = uses.filter((name) => text.includes(name));
    for (let depth = 0; depth < 2 && names.length > 0; depth++) {
      const next: string[] = [];
      for (const name of names) {
        if (seen.has(name) || seen.size >= 32) continue;
        seen.add(name);
        const definition = this.definitions.get(name);
        if (definition !== undefined && SIGNS_WITH.test(definition)) continue;
        if (definition !== undefined && SIGNING_SECRET.test(definition)) return true;
        next.push(...(this.origins.get(name) ?? []));
      }
      names = next;
    }
    return false;
  }

  /**
   * Whether every target of a setuid chmod is a program its distribution ships setuid, at its system path, and the
   * program never wrote, copied, moved or linked anything to that path (a shell copied over `/usr/bin/passwd` is not one).
   */
  private restoresSetuidByDesign(targets: readonly string[]): boolean {
    return targets.length > 0 && targets.every((target) => {
      if (!SETUID_BY_DESIGN.test(target)) return false;
      const path = unquoted(target);
      // A line naming the path through a variable (`T=/usr/bin/passwd; cp x "$T"`) names it too.
      return !this.whole.split('\n').slice(0, 2000).some((line) => (line.includes(path) || (line.includes('$') && this.resolve(line).includes(path))) && /\b(?:cp|mv|ln|install|rsync|tee|sponge|dd|curl|wget|Copy-Item|Move-Item|Set-Content|Out-File|copyfile|copy2?|rename|replace|symlink|write_bytes|WriteAllBytes|patchelf)\b|>|\bopen\(/.test(line.replace(/\bchmod\b[^\n;&|]{0,200}/, '')));
    });
  }

  /** AWS SDK clients of the program by variable, with the CLI's name for their service; read on first use. */
  private sdkClients: Map<string, string> | null = null;
  /** The AWS SDK v3 service a JavaScript program imports (`@aws-sdk/client-…`), or '' for none. */
  private sdkService: string | undefined;

  /**
   * The AWS CLI commands a statement's SDK calls amount to: boto3 (`ct = session.client("cloudtrail")` …
   * `ct.stop_logging(…)`) and the JavaScript SDK's commands (`new StopLoggingCommand(…)` from
   * `@aws-sdk/client-cloudtrail`). An SDK operation is the CLI operation of the same name, so the rules
   * written for the CLI read both.
   */
  private cloudSdkCommands(statement: Statement): string[] {
    const language = this.program.language;
    if (language === 'python') {
      if (this.sdkClients === null) {
        this.sdkClients = new Map();
        if (this.wholeHas(/\bboto3\b/)) {
          for (const candidate of this.program.statements) {
            const client = BOTO3_CLIENT.exec(candidate.text);
            if (client && this.sdkClients.size < 50) this.sdkClients.set(client[1]!, cliService(client[2]!));
          }
        }
      }
      if (this.sdkClients.size === 0) return [];
      const commands: string[] = [];
      for (const call of statement.calls) {
        const dot = call.name.lastIndexOf('.');
        const service = dot > 0 ? this.sdkClients.get(call.name.slice(0, dot)) : undefined;
        if (service && commands.length < 8) commands.push(`aws ${service} ${call.name.slice(dot + 1).replace(/_/g, '-')}`);
      }
      return commands;
    }
    if ((language !== 'javascript' && language !== 'typescript') || !statement.text.includes('Command(')) return [];
    this.sdkService ??= /@aws-sdk\/client-([a-z0-9-]{1,60})/.exec(this.whole)?.[1] ?? '';
    const service = this.sdkService;
    if (!service) return [];
    return [...statement.text.matchAll(/\bnew\s+([A-Z][A-Za-z0-9]{1,80})Command\s*\(/g)].slice(0, 8).map((command) => `aws ${cliService(service)} ${kebab(command[1]!)}`);
  }

  /** @internal The code without its comments, read only when a guard is asked for: a prompt, a checksum or `set -u` must be code, not a remark about it. */
  get guards(): string {
    this.guardText ??= withoutComments(this.whole, this.program.language !== 'javascript' && this.program.language !== 'typescript');
    return this.guardText;
  }

  /**
   * Whether the program asks before it acts or only previews what it would do. A question or a `--dry-run` printed in a
   * message asks nothing unless an answer is read; a `confirm` the program sets to yes itself is no one's answer; and
   * PowerShell's `-WhatIf`/`-Confirm` hold back only the command that changes something they are given to.
   * @internal
   */
  get confirmed(): boolean {
    if (this.confirmation !== null) return this.confirmation;
    const code = this.guards.slice(0, 65_536);
    let asked = code.replace(PRINTED_MESSAGE, (message, text: string) => message.slice(0, message.length - text.length) + ' '.repeat(text.length));
    if (SETS_OWN_CONFIRMATION.test(asked)) asked = asked.replace(/(?<!-)\bconfirm\b(?!\s{0,2}\()/gi, ' ');
    asked = asked.split('\n').map((line) => (CHANGING_CMDLET.test(line) ? line : line.replace(/(?<![\w-])-(?:WhatIf|Confirm)\b(?::\s{0,2}\$?\w{1,10})?/gi, ' '))).join('\n');
    // A dry run the caller must ask for (`add_argument("--dry-run", action="store_true")`) previews nothing when the program runs as shipped.
    asked = asked.replace(OPT_IN_DRY_RUN, ' ');
    this.confirmation = SAFE_CONTEXT.test(asked) || (SAFE_CONTEXT.test(code) && READS_ANSWER.test(asked));
    return this.confirmation;
  }

  run(): ThreatFinding[] {
    this.readLabels();
    for (const statement of this.program.statements) this.inScopeOf(statement, (read) => this.inspect(read));
    reportMetadataWrites(this);
    unitWide(this);
    const leakNamed = () => this.findings.some((finding) => finding.severity === 'error' && (finding.threat === 'exfiltration' || finding.threat === 'covert-channel'));
    // A secret written into the site or package the project publishes, unless another reading already named the act
    // (image metadata, a badge, the publishing step that ships the folder).
    for (const statement of leakNamed() ? [] : this.publishedWrites) {
      if (!this.findings.some((finding) => finding.start < statement.end && statement.start < finding.end)) this.report('exfiltration', statement, 'writes secrets into the site or package the project publishes, where anyone who fetches it can read them');
    }
    // A secret written into a file made to be handed on (an invite, a card, a picture's side text), unless a reading
    // (the published-folder one just above included) named the act.
    for (const statement of leakNamed() ? [] : this.handedOnWrites) this.report('covert-channel', statement, 'writes a secret into a file made to be handed on (a calendar invite, a contact card, a picture\'s description, a page comment), where whoever receives or views the file can read it and nobody reviewing what it shows sees it');
    return this.findings;
  }

  /**
   * What a script of the skill prints (secrets, the environment) when another text runs it: only the labels
   * are needed, so the statements are not inspected for threats.
   */
  printedLabelsOfRun(): Set<Label> {
    this.readLabels();
    return printedLabels(this);
  }

  /** Reads what every name and file holds, and hands the shell variables that carry secrets on to the next block. */
  private readLabels(): void {
    this.canonicalNames();
    this.expandAliases();
    this.expandCommandArrays();
    this.expandProgramHelpers();
    const session = this.program.language === 'bash' ? (this.context.shellVariables ??= new Map()) : null;
    if (session) for (const [name, held] of session) if (!this.defined.has(name)) this.labels.set(name, new Set(held));
    this.importSenders();
    this.sourcedSettings();
    this.markCredentialMatches();
    // Two passes over the labels so a function defined after its caller is known; the second one reports.
    for (const statement of this.program.statements) this.inScopeOf(statement, (read) => this.propagate(read));
    for (const statement of this.program.statements) this.inScopeOf(statement, (read) => this.propagate(read));
    this.exportSenders();
    this.exportLogins();
    this.exportReturns();
    if (session) {
      for (const name of this.defined) {
        const held = [...this.labelsOfName(name)].filter((label) => label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded');
        if (held.length > 0 && session.size < 500) session.set(name, new Set(held));
        else session.delete(name);
      }
    }
  }

  /** Names holding a pattern of credential formats (`re.compile(r"AKIA[0-9A-Z]{16}|ghp_…")`), and what is made from them. */
  private readonly credentialPatterns = new Set<string>();

  /**
   * What a pattern of credential formats matches is a credential: names built from such a pattern are
   * remembered, and the first parameter of a function handed to one as the replacement callback
   * (`rx.sub(keep, line)`, `re.sub(rx, keep, line)`) receives each match.
   */
  private markCredentialMatches(): void {
    if (this.program.language === 'bash' || !this.wholeHas(CREDENTIAL_FORMAT)) return;
    for (const statement of this.program.statements) {
      if (CREDENTIAL_FORMAT.test(statement.text) || statement.uses.some((name) => this.credentialPatterns.has(name) && !statement.defines.includes(name))) for (const name of statement.defines) this.credentialPatterns.add(name);
    }
    for (const statement of this.program.statements) {
      for (const call of statement.calls) {
        const dot = call.name.lastIndexOf('.');
        const method = call.name.slice(dot + 1);
        if (!/^(?:sub|subn|replace|replaceAll)$/.test(method)) continue;
        const onPattern = this.credentialPatterns.has(call.name.slice(0, dot));
        const callback = onPattern ? call.args[0] : /^re\.subn?$/.test(call.name) && this.isCredentialPattern(call.args[0] ?? '') ? call.args[1] : /^replace(?:All)?$/.test(method) && this.isCredentialPattern(call.args[0] ?? '') ? call.args[1] : undefined;
        const param = callback && /^[A-Za-z_$][\w$]*$/.test(callback) ? this.parametersOf(callback)?.[0] : undefined;
        if (param) this.hold(param, ['secret']);
      }
    }
  }

  /** A regular expression of credential formats, written out or held in a name. */
  private isCredentialPattern(arg: string): boolean {
    return CREDENTIAL_FORMAT.test(arg) || this.credentialPatterns.has(arg.replace(/^\$/, ''));
  }

  /** A search with a pattern of credential formats (`rx.findall(text)`, `re.search(KEYS, line)`, `text.match(/ghp_…/g)`): it returns credentials. */
  private findsCredentials(call: Call): boolean {
    if (this.credentialPatterns.size === 0 && !CREDENTIAL_FORMAT.test(call.args.join(' '))) return false;
    const dot = call.name.lastIndexOf('.');
    if (!/^(?:findall|finditer|search|match|fullmatch|exec|matchAll|scan)$/.test(call.name.slice(dot + 1))) return false;
    if (this.credentialPatterns.has(call.name.slice(0, dot))) return true;
    return call.args.length > 0 && this.isCredentialPattern(call.args[0]!);
  }

  /** Module families whose helpers can be imported from one another. */
  private get moduleFamily(): 'python' | 'javascript' | null {
    const language = this.program.language;
    return language === 'python' ? 'python' : language === 'javascript' || language === 'typescript' ? 'javascript' : null;
  }

  /**
   * Helpers imported from another file of the skill that send their parameters are senders here too, and those
   * that use some parameters only to log in take them as credentials here too.
   */
  private importSenders(): void {
    const family = this.moduleFamily;
    if (!family || (!this.context.exportedSenders?.size && !this.context.exportedLogins?.size && !this.context.exportedReturns?.size) || !this.wholeHas(/\b(?:import|require)\b/)) return;
    // Called by its own name or through its module (`uploader.ship`, as imports are renamed back).
    const called = new Set(this.program.statements.flatMap((statement) => statement.calls.map((call) => call.name)));
    // A helper this program defines itself is its own, whatever another file calls by that name.
    const own = new Set(this.program.statements.flatMap((statement) => (statement.inFunction ? [statement.inFunction.name] : [])));
    // `const { ship } = require("./uploader")` defines the name only to take the other module's helper.
    const required = new Set(this.program.statements.flatMap((statement) => {
      const taken = statement.text.length <= 2000 ? /^(?:const|let|var)\s*\{([^}]{1,1000})\}\s*=\s*require\(\s*["']\.{1,2}\/[\w./-]{1,200}["']\s*\)\s*;?$/.exec(statement.text) : null;
      return taken ? taken[1]!.split(',').map((part) => part.split(':').pop()!.trim()) : [];
    }));
    const callees = (name: string, language: 'python' | 'javascript'): string[] => {
      if (language !== family || (this.defined.has(name) && !required.has(name)) || own.has(name) || !new RegExp(`\\b${escapeName(name)}\\b`).test(this.whole)) return [];
      // A method of an object this program made (`client.send(…)`) is not the imported helper of that name.
      return [...called].filter((callee) => callee === name || (callee.endsWith(`.${name}`) && /^(?:\.{0,2}[A-Za-z_][\w.]{0,200}|\.{1,2}\/[\w./-]{1,200})$/.test(callee.slice(0, -name.length - 1)) && !this.defined.has(callee.slice(0, -name.length - 1))));
    };
    for (const [name, sender] of this.context.exportedSenders ?? []) {
      for (const callee of callees(name, sender.language)) {
        this.labels.set(callee, new Set(['network-function']));
        this.sentParameters.set(callee, new Set(sender.sent));
        this.parameterLists.set(callee, sender.params);
      }
    }
    // The value a call returns is read where the call is written, by the helper's own name.
    for (const [name, helper] of this.context.exportedReturns ?? []) if (callees(name, helper.language).length > 0) this.hold(name, helper.labels);
    for (const [name, helper] of this.context.exportedLogins ?? []) {
      for (const callee of callees(name, helper.language)) {
        this.importedHelpers.set(callee, helper.params);
        for (const param of helper.loginOnly) this.credentialOnly.set(`${callee}\u0000${param}`, true);
      }
    }
  }

  /** This module's top-level helpers whose result leaves some of their parameters out, for the files that import them. */
  private exportLogins(): void {
    const family = this.moduleFamily;
    if (!family) return;
    const exported = (this.context.exportedLogins ??= new Map());
    let budget = 400;
    for (const [name, params] of this.helperParameters()) {
      if (exported.size >= 200 || budget <= 0) break;
      if (name.includes('.') || exported.has(name) || this.importedHelpers.has(name)) continue;
      budget -= params.length;
      const loginOnly = new Set(params.filter((param) => this.leftOutOfResult(name, param)));
      if (loginOnly.size > 0) exported.set(name, { language: family, params, loginOnly });
    }
  }

  /** This module's top-level helpers whose returned value holds secrets or the environment, for the files that import them. */
  private exportReturns(): void {
    const family = this.moduleFamily;
    if (!family) return;
    const exported = (this.context.exportedReturns ??= new Map());
    const helpers = new Set(this.program.statements.flatMap((statement) => (statement.inFunction && statement.returns && !statement.inFunction.name.includes('.') ? [statement.inFunction.name] : [])));
    for (const name of helpers) {
      if (exported.size >= 200) break;
      const carried = [...this.labelsOfName(name)].filter((label) => label === 'secret' || label === 'environment');
      if (carried.length > 0 && !exported.has(name)) exported.set(name, { language: family, labels: new Set(carried) });
    }
  }

  /** This module's top-level helpers that send their parameters, for the files that import them. */
  private exportSenders(): void {
    const family = this.moduleFamily;
    if (!family) return;
    const exported = (this.context.exportedSenders ??= new Map());
    for (const [defined, sent] of this.sentParameters) {
      if (exported.size >= 200) break;
      // A CommonJS export defined in place (`exports.ship = (data) => …`) is imported by its last name.
      const name = family === 'javascript' ? defined.replace(/^(?:module\.)?exports\./, '') : defined;
      if (name.includes('.')) continue;
      if (!exported.has(name)) exported.set(name, { language: family, params: this.parameterLists.get(defined) ?? [], sent: new Set(sent) });
    }
  }

  /**
   * Calls through a module imported under another name (`const h = require('https')`, `import requests
   * as r`, `from subprocess import run`, `const { execSync: x } = require('child_process')`) get the
   * module's own name, so `h.get` reads as `https.get` and `run` as `subprocess.run`.
   */
  private canonicalNames(): void {
    const language = this.program.language;
    if (language !== 'python' && language !== 'javascript' && language !== 'typescript') return;
    const aliases = new Map<string, string>();
    const members = (list: string, module: string, separator: RegExp) => {
      for (const part of list.split(',')) {
        const [member = '', alias] = part.trim().split(separator).map((piece) => piece.trim());
        if (/^[\w$]+$/.test(member)) aliases.set(alias && /^[\w$]+$/.test(alias) ? alias : member, `${module}.${member}`);
      }
    };
    for (const statement of this.program.statements) {
      const text = statement.text;
      if (text.length > 2000) continue;
      if (language === 'python') {
        const plain = /^import\s+([\w.]+)\s+as\s+(\w+)\s*$/.exec(text);
        if (plain) aliases.set(plain[2]!, plain[1]!);
        // A module imported by a name in a string, and a member taken by a name in a string.
        const imported = /^(\w+)\s*=\s*(?:__import__|importlib\.import_module)\(\s*"([\w.]+)"\s*\)\s*$/.exec(text);
        if (imported) aliases.set(imported[1]!, imported[2]!);
        const member = /^(\w+)\s*=\s*getattr\(\s*([\w.]+)\s*,\s*"(\w+)"\s*\)\s*$/.exec(text);
        if (member) aliases.set(member[1]!, `${aliases.get(member[2]!) ?? member[2]!}.${member[3]!}`);
        const from = /^from\s+([\w.]+)\s+import\s+\(?([^()]{1,1000})\)?\s*$/.exec(text);
        if (from && from[2]!.trim() !== '*') members(from[2]!, from[1]!, /\s+as\s+/);
        continue;
      }
      const required = /^(?:const|let|var)\s+([\w$]+)\s*=\s*(?:await\s+)?(?:require|import)\(\s*"(?:node:)?([\w./-]+)"\s*\)\s*;?$/.exec(text) ?? /^import\s+(?:\*\s+as\s+)?([\w$]+)\s+from\s+"(?:node:)?([\w./-]+)"\s*;?$/.exec(text);
      if (required) aliases.set(required[1]!, required[2]!);
      // Several modules required in one declaration (`const f = require("fs"), h = require("https")`).
      else if (/^(?:const|let|var)\s/.test(text) && text.includes(',')) for (const each of text.matchAll(/(?:^(?:const|let|var)\s+|,\s*)([\w$]+)\s*=\s*require\(\s*"(?:node:)?([\w./-]+)"\s*\)/g)) aliases.set(each[1]!, each[2]!);
      const destructured = /^(?:const|let|var)\s*\{([^}]{1,1000})\}\s*=\s*(?:await\s+)?(?:require|import)\(\s*"(?:node:)?([\w./-]+)"\s*\)\s*;?$/.exec(text) ?? /^import\s*\{([^}]{1,1000})\}\s*from\s+"(?:node:)?([\w./-]+)"\s*;?$/.exec(text);
      if (destructured) members(destructured[1]!, destructured[2]!, destructured[0].startsWith('import') ? /\s+as\s+/ : /\s*:\s*/);
      const member = /^(?:const|let|var)\s+([\w$]+)\s*=\s*([\w$.]+)\[\s*"([\w$]+)"\s*\]\s*;?$/.exec(text);
      if (member) aliases.set(member[1]!, `${aliases.get(member[2]!) ?? member[2]!}.${member[3]!}`);
    }
    for (const [alias, module] of aliases) if (alias === module) aliases.delete(alias);
    if (aliases.size === 0) return;
    for (const statement of this.program.statements) {
      for (const call of statement.calls) {
        const head = /^[\w$]+/.exec(call.name)?.[0];
        const module = head ? aliases.get(head) : undefined;
        if (module) call.name = module + call.name.slice(head!.length);
      }
    }
  }

  /** Shell aliases (`alias ship='curl -F f=@- https://…'`): a call of the alias is a call of its command. */
  private expandAliases(): void {
    if (this.program.language !== 'bash') return;
    const aliases = new Map<string, string[]>();
    for (const statement of this.program.statements) {
      for (const call of statement.calls) {
        if (call.name !== 'alias') continue;
        for (const arg of call.args) {
          const definition = /^([\w.-]{1,100})=(.{1,2000})$/s.exec(arg);
          if (definition) aliases.set(definition[1]!, definition[2]!.replace(/^["']|["']$/g, '').split(/\s+/).filter(Boolean));
        }
      }
    }
    if (aliases.size === 0) return;
    for (const statement of this.program.statements) {
      for (const call of statement.calls) {
        const words = call.name !== 'alias' ? aliases.get(call.name) : undefined;
        if (!words || words.length === 0) continue;
        call.name = words[0]!;
        call.args = [...words.slice(1), ...call.args];
      }
    }
  }

  /** A command kept in an array (`relay=(redis-cli -h host)` … `"${relay[@]}" PUBLISH …`): a call of the array is a call of its command. */
  private expandCommandArrays(): void {
    if (this.program.language !== 'bash') return;
    const arrays = new Map<string, string[]>();
    for (const statement of this.program.statements) {
      const array = /^(?:(?:local|declare|typeset|readonly)(?:\s+-\w+)*\s+)?([A-Za-z_]\w{0,100})=\(([^()\n]{1,2000})\)\s*$/.exec(statement.text);
      if (array) arrays.set(array[1]!, array[2]!.trim().split(/\s+/).map((word) => word.replace(/^["']|["']$/g, '')));
    }
    if (arrays.size === 0) return;
    for (const statement of this.program.statements) {
      for (const call of statement.calls) {
        const words = arrays.get(/^\$\{?([A-Za-z_]\w*)(?:\[[@*]\])?\}?$/.exec(call.name)?.[1] ?? '');
        if (!words || words.length === 0) continue;
        call.name = words[0]!;
        call.args = [...words.slice(1), ...call.args];
      }
    }
  }

  /**
   * A Python helper that starts one fixed program with its parameters (`def kc(ctx, *a): subprocess.run(["kubectl",
   * "--context", ctx, *a])`): each call of it (`kc(c, "delete", "ns", name)`) is read as that program started with
   * the arguments it is given. A lambda bound to a name (`git = lambda *a: subprocess.run(["git", *a])`) is such a helper too.
   */
  private expandProgramHelpers(): void {
    if (this.program.language !== 'python') return;
    const helpers = new Map<string, { params: string[]; items: string[]; spawn: string }>();
    for (const statement of this.program.statements) {
      const fn = statement.inFunction ?? this.lambdaOf(statement);
      if (!fn || helpers.has(fn.name)) continue;
      for (const call of statement.calls) {
        const list = /^\[([^[\]\n]{1,600})\]$/.exec(call.args[0] ?? '');
        if (!/^subprocess\.(?:run|call|check_call|check_output|Popen)$/.test(call.name) || !list) continue;
        const items = list[1]!.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
        const literal = (item: string) => /^(["'])[^"'\n]{0,200}\1$/.test(item);
        if (!literal(items[0] ?? '') || !items.every((item) => literal(item) || fn.params.includes(item.replace(/^\*/, ''))) || !items.some((item) => !literal(item))) continue;
        helpers.set(fn.name, { params: fn.params, items, spawn: call.name });
      }
    }
    if (helpers.size === 0) return;
    for (const statement of this.program.statements) {
      for (const call of statement.calls) {
        const helper = helpers.get(call.name);
        if (!helper || statement.inFunction?.name === call.name) continue;
        const positional = call.args.filter((arg) => !/^[A-Za-z_]\w*\s*=(?!=)/.test(arg));
        const given = new Map(helper.params.map((param, index) => [param, helper.items.includes(`*${param}`) ? positional.slice(index) : positional.slice(index, index + 1)]));
        const items = helper.items.flatMap((item) => (/^["']/.test(item) ? [item] : given.get(item.replace(/^\*/, '')) ?? []));
        call.name = helper.spawn;
        call.args = [`[${items.join(', ')}]`];
      }
    }
  }

  private readonly useSets = new WeakMap<readonly string[], Set<string>>();

  /** The files each shell function of the program writes, as written in its body (`"dist/$2"`). */
  private shellFunctionWrites: Map<string, string[]> | null = null;

  /**
   * Files a shell function of the program writes when called with these arguments (`stage() { cp "$1" "dist/$2"; }` then
   * `stage ~/.aws/credentials notes.txt` writes `dist/notes.txt`): its positional parameters are the arguments given.
   */
  private filesWrittenByShellFunction(call: Call, statement: Statement): string[] {
    if (this.program.language !== 'bash' || statement.inFunction?.name === call.name) return [];
    if (this.shellFunctionWrites === null) {
      this.shellFunctionWrites = new Map();
      for (const other of this.program.statements) {
        if (!other.inFunction) continue;
        const writes = [...other.writes, ...other.calls.flatMap(writtenFiles)];
        if (writes.length > 0) this.shellFunctionWrites.set(other.inFunction.name, [...(this.shellFunctionWrites.get(other.inFunction.name) ?? []), ...writes].slice(0, 50));
      }
    }
    const unquoted = (text: string) => text.replace(/^["']|["']$/g, '');
    return (this.shellFunctionWrites.get(call.name) ?? [])
      .map((path) => unquoted(path).replace(/\$\{?([1-9])\}?/g, (whole, position: string) => unquoted(call.args[Number(position) - 1] ?? whole)))
      .filter((path) => !/\$\{?[1-9@*]/.test(path));
  }

  private usesOf(uses: readonly string[]): Set<string> {
    let known = this.useSets.get(uses);
    if (!known) {
      known = new Set(uses);
      this.useSets.set(uses, known);
    }
    return known;
  }

  /** Adds labels to what a name holds. */
  private hold(name: string, labels: Iterable<Label>): void {
    const local = this.localKey(name);
    for (const key of local === null ? [name] : [name, local]) {
      const known = this.labels.get(key) ?? new Set<Label>();
      for (const label of labels) known.add(label);
      this.labels.set(key, known);
    }
  }

  /** @internal */
  labelsOfName(name: string): Set<Label> {
    return this.labels.get(this.localKey(name) ?? name) ?? new Set();
  }

  /** Where the function being read keeps a name it assigns itself, or null for a name of the whole program. */
  private localKey(name: string): string | null {
    return this.scope !== null && this.localNames(this.scope).has(name) ? `${this.scope}\u0000${name}` : null;
  }

  /** Reads statements with the variables of the function each one belongs to. */
  private inScopeOf(statement: Statement, read: (statement: Statement) => void): void {
    const language = this.program.language;
    const name = statement.inFunction?.name;
    this.scope = (language === 'python' || language === 'javascript' || language === 'typescript') && name ? name : null;
    this.reading = statement;
    try {
      read(statement);
    } finally {
      this.scope = null;
      this.reading = null;
    }
  }

  /** What a text says by itself, which no later statement can change: asked for many times per statement. */
  private readonly intrinsic = new Map<string, IntrinsicLabels>();

  private listedSecretNames: boolean | null = null;

  /** Whether the program lists environment variable names of secrets as strings (`for k in ("NPM_TOKEN", "AWS_SECRET_ACCESS_KEY")`). */
  private get listsSecretNames(): boolean {
    this.listedSecretNames ??= Array.from(this.whole.matchAll(LISTED_NAME), (match) => match[1]!).some((name) => SECRET_NAME.test(name) || CONNECTION_URL.test(name));
    return this.listedSecretNames;
  }

  private credentialHelperProtocol: boolean | null = null;

  /** Whether the program answers git's credential helper operations (`$op eq 'store'`, `case "get"`) with `password=` lines. */
  private get speaksCredentialHelperProtocol(): boolean {
    this.credentialHelperProtocol ??= CREDENTIAL_HELPER_OPERATION.test(this.whole) && CREDENTIAL_HELPER_ANSWER.test(this.whole);
    return this.credentialHelperProtocol;
  }

  private listedSecretPropertyNames: boolean | null = null;

  /** Whether the program lists property names of credentials as strings (`listOf("signing.password", "ossrhToken")`). */
  private get listsSecretPropertyNames(): boolean {
    this.listedSecretPropertyNames ??= Array.from(this.whole.matchAll(LISTED_PROPERTY_NAME), (match) => match[1]!).some((name) => SECRET_NAME.test(name));
    return this.listedSecretPropertyNames;
  }

  /** @internal */
  intrinsicLabels(code: string): IntrinsicLabels {
    const known = this.intrinsic.get(code);
    if (known) return known;
    const labels = new Set<Label>();
    let text = code.includes('\\') ? code.replace(/\\+/g, '/') : code;
    // What an exclusion flag names (`rsync --exclude .env`) is the one thing the command leaves out.
    if (text.includes('--exclude') || text.includes('--ignore')) text = text.replace(EXCLUDED, ' ');
    // A path joined from quoted pieces (`Path.home().joinpath(".kube", "config")`, `home / ".aws" / "credentials"`,
    // `home.join(".docker").join("config.json")`, `home.resolve(".kube").resolve("config")`) reads as the path.
    const joinedPath = /join|combine|resolve|["']\s*\/\s*["']/i.test(text) ? text.replace(CHAINED_PATH_PIECES, '/').replace(/(["'])\s*[,/]\s*(["'])/g, '/') : text;
    // A shell brace expansion (`~/.config/{gh,hub}/hosts.yml`) names each of its paths.
    if (text.includes('{') && text.includes(',')) {
      const expanded = braceExpanded(text);
      if (expanded !== '') text = `${text} ${expanded}`;
    }
    // A command given as a list of literal words (`{ "gh", "auth", "token" }`, `listOf("op", "read", ref)`) reads as the command line it makes.
    if (text.includes(',')) {
      const commandLines = Array.from(text.matchAll(QUOTED_WORD_LIST), (match) => match[1]!.replace(/["']\s{0,10},\s{0,10}["']/g, ' ').slice(1, -1)).slice(0, 8);
      if (commandLines.length > 0) text = `${text} ${commandLines.join(' ')}`;
    }
    if (WEB_STORAGE_SECRET.test(text) || CREDENTIAL_STORE.test(text) || (joinedPath !== text && CREDENTIAL_STORE.test(joinedPath)) || CREDENTIAL_SERVICE.test(text) || INCOMING_CREDENTIAL.test(text) || (SECRET_KEYS_LISTED.test(text) && !KEYS_ONLY_COUNTED.test(text)) || CONNECTION_STRINGS_READ.test(text) || APP_SECRET_STORE.test(text) || CLIPBOARD.test(text) || (MAY_PRINT_CREDENTIALS.test(text) && PRINTS_CREDENTIALS.test(text)) || (MAY_READ_BROWSER.test(text) && BROWSER_SECRETS.test(text))) labels.add('secret');
    if (!labels.has('secret') && KEY_FILE_NAME.test(text) && FILE_SEARCH.test(text) && SEARCH_ROOT.test(text)) labels.add('secret');
    // The environment handed to a child process as its own (`env={**os.environ, "X": v}`) is not what the child prints or sends.
    const ownEnvironment = (CHILD_SPAWN.test(text) || /^\{?\s{0,10}env\s{0,10}[=:]/.test(text) ? text.replace(CHILD_ENVIRONMENT, ' ') : text).replace(ENVIRONMENT_ALLOWLIST, ' ');
    if (WHOLE_ENVIRONMENT.test(ownEnvironment)) labels.add('environment');
    NAMED_ENVIRONMENT.lastIndex = 0;
    for (let match = NAMED_ENVIRONMENT.exec(text); match; match = NAMED_ENVIRONMENT.exec(text)) {
      const name = match.slice(1).find(Boolean) ?? '';
      if (SECRET_NAME.test(name) || CONNECTION_URL.test(name) || this.context.allSecretsVariables?.has(name)) labels.add('secret');
    }
    if (environmentSliceNames(text).some((name) => SECRET_NAME.test(name) || CONNECTION_URL.test(name))) labels.add('secret');
    // The environment read by a name a loop hands out, where the program lists secret names to read.
    if (!labels.has('secret') && DYNAMIC_ENVIRONMENT.test(text) && this.listsSecretNames) labels.add('secret');
    // Entries kept by whether their name is a credential's (`all.Where(kv => Regex.IsMatch(kv.Key, "password|token"))`): the secrets of a store, picked out.
    if (!labels.has('secret') && KEEPS_SECRET_NAMED_ENTRIES.test(text)) labels.add('secret');
    // A git credential helper's standard input is the login git hands it to store or look up.
    if (!labels.has('secret') && READS_STANDARD_INPUT.test(text) && this.speaksCredentialHelperProtocol) labels.add('secret');
    // A build's project property of a credential's name (`findProperty("signing.password")`, `val ossrhToken: String? by project`),
    // or one read by a name a loop hands out where the build lists such names: the value kept in gradle.properties.
    if (!labels.has('secret') && (text.includes('roperty') || text.includes(' by '))) {
      for (const match of text.matchAll(BUILD_PROPERTY)) if (SECRET_NAME.test((match[1] ?? match[2] ?? match[3])!)) labels.add('secret');
      if (!labels.has('secret') && DYNAMIC_BUILD_PROPERTY.test(text) && this.listsSecretPropertyNames) labels.add('secret');
    }
    if (DECODER.test(text)) labels.add('decoded');
    // A program spelled out in character codes or split pieces is as hidden as a decoded one, though folding shows it here.
    for (const spelled of this.program.spelled) if (text.includes(spelled)) labels.add('decoded');
    if (NETWORK_CLIENT.test(text) || OPEN_REQUEST.test(text)) labels.add('client');
    for (const hidden of this.context.hiddenFiles) if (text.includes(hidden)) labels.add('hidden');
    // PowerShell names may carry a scope (`$env:ALL`, `$script:data`).
    const words = new Set((this.program.language === 'powershell' ? text.toLowerCase().match(/[A-Za-z_]\w*(?::[A-Za-z_]\w*)?/g) : text.match(/[A-Za-z_][\w]*/g)) ?? []);
    const result = { text, labels, words: [...words] };
    this.intrinsic.set(code, result);
    return result;
  }

  /** @internal Labels a piece of normalised code carries by itself or through the variables it names. */
  labelsOf(code: string, uses: readonly string[]): Set<Label> {
    const { text, labels, words } = this.intrinsicLabels(this.withoutDigestPrefixes(this.withPlainCommands(code)));
    const found = new Set<Label>();
    // PowerShell paths are case-insensitive (and command names arrive lower-cased).
    const caseless = this.program.language === 'powershell' ? text.toLowerCase() : text;
    for (const [path, pathLabels] of this.files) if (namesPath(caseless, this.program.language === 'powershell' ? path.toLowerCase() : path)) for (const label of pathLabels) found.add(label);
    for (const label of labels) found.add(label);
    const used = this.usesOf(uses);
    const typed = this.program.language === 'python' || this.program.language === 'javascript' || this.program.language === 'typescript';
    // Outside the shells a quoted word (`['auth', 'token']`) is a literal, not the variable of that name.
    const shell = this.program.language === 'bash' || this.program.language === 'powershell';
    let unquoted: Set<string> | null = null;
    for (const word of words) {
      if (!used.has(word)) continue;
      if (!shell) {
        unquoted ??= this.unquotedWords(code);
        if (!unquoted.has(word)) continue;
      }
      for (const label of this.labelsOfName(word)) if (label !== 'network-function' && label !== 'process-function') found.add(label);
      if (this.optionLabels.size > 0 && this.optionLabels.has(word)) for (const label of this.optionsRead(text, word)) found.add(label);
      if (!typed && (SECRET_NAME.test(word) || CONNECTION_URL.test(word) || this.context.secretVariables?.has(word)) && !this.labels.has(word) && !this.defined.has(word)) found.add('secret');
    }
    return found;
  }

  /** The names a text holds outside quotes, by text: labelsOf asks for them again with each pass over the statements. */
  private readonly unquotedWordSets = new Map<string, Set<string>>();

  private unquotedWords(code: string): Set<string> {
    let words = this.unquotedWordSets.get(code);
    if (!words) {
      words = new Set(code.replace(QUOTED_IDENTIFIER, ' ').match(/[A-Za-z_]\w*/g) ?? []);
      this.unquotedWordSets.set(code, words);
    }
    return words;
  }

  private digestNames: Set<string> | null = null;

  /** The names some statement assigns a hex digest to. */
  private get digests(): Set<string> {
    this.digestNames ??= new Set(this.program.statements.flatMap((statement) => (statement.defines.length === 1 && HEX_DIGEST_OF.test(statement.text) ? statement.defines : [])));
    return this.digestNames;
  }

  /**
   * Whether a signature is made over a piece of a value (`hmac.new(k, token[i].encode(), …)`, or inside a loop over its
   * characters): signatures of single characters spell the value out one lookup at a time.
   */
  private signsPieces(statement: Statement): boolean {
    if (TAKES_A_PIECE.test(statement.text)) return true;
    return statement.uses.some((name) => {
      const definition = this.definitions.get(name);
      return definition !== undefined && (this.isLoopVariable(name) || TAKES_A_PIECE.test(definition));
    });
  }

  /**
   * Whether a name holds the hex digest of one whole value (`h = hashlib.sha1(pw.encode()).hexdigest()`), not of a
   * piece a loop takes from it: digests of single characters spell the value out one lookup at a time.
   */
  private holdsDigest(name: string): boolean {
    if (!this.digests.has(name)) return false;
    const match = HEX_DIGEST_OF.exec(this.definitions.get(name) ?? '');
    const hashed = match?.[1] ?? match?.[2];
    if (hashed === undefined) return false;
    const hashedDefinition = this.definitions.get(hashed);
    return hashedDefinition === undefined || (hashedDefinition.includes('=') && !/^\s*for(?:each)?\b/.test(hashedDefinition) && !TAKES_A_PIECE.test(hashedDefinition));
  }

  /**
   * A text with the short prefixes of digests blanked (`h[:5]`, `h.slice(0, 5)`): the first few hex characters of a
   * hash, as a k-anonymity lookup sends them, match a large share of all values and do not give the value away.
   */
  private withoutDigestPrefixes(text: string): string {
    if (this.digests.size === 0 || (!text.includes(':') && !text.includes('.s'))) return text;
    return text.replace(SHORT_PREFIX, (whole, name: string) => (this.holdsDigest(name) ? ' ' : whole));
  }

  /** Whether a text names a variable only through a short prefix of the digest it holds. */
  private onlyDigestPrefixOf(name: string, text: string): boolean {
    return this.holdsDigest(name) && !standaloneName(name).test(this.withoutDigestPrefixes(text));
  }

  /**
   * A text where PowerShell's `-EncodedCommand` is given a command this program encodes itself from readable text it
   * holds (`ToBase64String(…GetBytes(script))`) reads as `-Command`: the encoding only gets quotes through a command
   * line, and what runs is the text a reviewer reads. A command that fetches or decodes code stays encoded.
   */
  private withPlainCommands(text: string): string {
    if (!/encodedcommand/i.test(text)) return text;
    return text.replace(ENCODED_COMMAND_GIVEN, (whole, name: string) => (this.encodesReadableText(name) ? whole.replace(/encodedcommand/i, 'Command') : whole));
  }

  /** Whether a variable holds Base64 this program made from readable text of its own that neither fetches nor decodes code. */
  private encodesReadableText(name: string): boolean {
    if ([...this.labelsOfName(name)].some((label) => label === 'fetched' || label === 'decoded' || label === 'hidden' || label === 'socket-input')) return false;
    let readable = this.encodedReadable.get(name);
    if (readable === undefined) this.encodedReadable.set(name, (readable = this.encodesReadableSource(name)));
    return readable;
  }

  /** `encodesReadableText` as the code reads, labels aside, by name: each `-EncodedCommand $b` of a long script asks again. */
  private readonly encodedReadable = new Map<string, boolean>();

  /** Whether the code's last definition of a variable encodes text it holds itself, which neither fetches nor runs code. */
  private encodesReadableSource(name: string): boolean {
    const encoding = this.program.statements.findLast((statement) => statement.defines.includes(name));
    if (!encoding || !SELF_ENCODING.test(encoding.text) || /[A-Za-z0-9+/]{40,}={0,2}/.test(encoding.text)) return false;
    // What was encoded, one definition back (`GetBytes(script)` with `script = "…"`), read in the source from where it is
    // assigned to where it is encoded, so a text spread over lines is read whole.
    const sources = (encoding.text.match(/[A-Za-z_]\w{0,100}/g) ?? []).slice(0, 20).map((word) => {
      const assigned = word === name ? undefined : this.program.statements.findLast((statement) => statement.start < encoding.start && statement.defines.includes(word));
      return assigned ? this.whole.slice(assigned.start, Math.min(encoding.start, assigned.start + 4000)) : '';
    });
    const read = `${encoding.text}\n${sources.join('\n')}`;
    return !HOSTILE_PAYLOAD.test(read) && !RUNS_OR_FETCHES_POWERSHELL.test(read);
  }

  private isFetch(call: Call): boolean {
    if (this.program.language === 'bash' || this.program.language === 'powershell') {
      if (SHELL_FETCH.has(call.name.toLowerCase())) return !(call.name === 'curl' && call.args.some((arg) => /^-(?:d|F|T)$|^--(?:data|form|upload-file|json)/.test(arg)));
      if (DNS_COMMANDS.has(call.name.toLowerCase()) && call.args.some((arg) => /^(?:TXT|-t\s*TXT|-type=txt|-q=txt)$/i.test(arg))) return true;
      if (windowsDownload(call)) return true;
    }
    return /\.(?:DownloadString|DownloadData|DownloadFile|GetStringAsync|GetByteArrayAsync)$|^(?:requests|httpx|urllib\.request|urllib2|aiohttp)\.(?:get|urlopen|urlretrieve|request)$|(?:^|\.)(?:urlopen|urlretrieve)$|^fetch$|^axios(?:\.get)?$|^got(?:\.get)?$|^(?:https?|http2|needle|superagent|undici)\.(?:get|request)$|^require\(["'](?:node:)?https?["']\)\.(?:get|request)$|(?:^|\.)Invoke-(?:WebRequest|RestMethod)$/i.test(call.name) || /^(?:iwr|irm|invoke-webrequest|invoke-restmethod|start-bitstransfer)$/i.test(call.name);
  }

  /** @internal */
  isNetwork(call: Call): boolean {
    const name = call.name.toLowerCase();
    // Output redirected into a socket (`cat f > /dev/tcp/host/port`).
    if (this.program.language === 'bash' && call.args.some((arg) => /^>>?\|?\/dev\/(?:tcp|udp)\//.test(arg))) return true;
    // A module required inline (`require("https").get(url)`), or a browser opened on an address (the browser sends it).
    if (/^require\(["'](?:node:)?(?:https?|http2|net|tls|dgram|dns)["']\)\.\w+$|^webbrowser\.open(?:_new(?:_tab)?)?$|^(?:open|shell\.openExternal)$/.test(call.name) && (this.program.language !== 'bash' || call.args.some((arg) => /^https?:\/\//.test(arg)))) return call.name !== 'open' || this.program.language === 'bash';
    if (this.program.language === 'bash' && /^(?:xdg-open|sensible-browser|start|x-www-browser)$/.test(name) && call.args.some((arg) => /^https?:\/\//.test(arg))) return true;
    // A request opened and written in one expression (`https.request(opts).end(body)`).
    if (/\.(?:end|write)$/.test(call.name) && /(?:^|[^\w$])(?:https?|http2)["']?\)?\.request\(/.test(call.name)) return true;
    if (this.program.language === 'bash' || this.program.language === 'powershell') {
      if (sendsToCloudFunctionOrTopic(name, call.args)) return true;
      if (SHELL_NETWORK.has(name)) {
        if (name === 'git') return call.args[0] === 'push' || call.args.includes('push');
        if (name === 'aws') return call.args.some((arg) => /^s3:\/\//.test(arg) || (arg.startsWith('$') && /^\s*["']?s3:\/\//.test(this.resolve(arg)))) || call.args.includes('sns') || call.args.includes('sqs');
        if (name === 'gh') return call.args[0] === 'gist' || call.args[0] === 'api' || call.args.includes('create') || call.args.includes('upload') || (!/^(?:secret|variable|auth)$/.test(call.args[0] ?? '') && (/^(?:comment|edit|review|send|message)$/.test(call.args[1] ?? '') || call.args.some((arg) => /^(?:--body|-b|--body-file|--title|-t|--field|-f|--raw-field|-F|--input|--notes)$/.test(arg))));
        // A secret or app setting written into the signed-in account's own vault or app (`az keyvault secret set`,
        // `az webapp config appsettings set`) stays in that account: the CLI can only reach resources the login may write.
        if (name === 'az') return !(call.args.some((arg) => arg === 'secret' || arg === 'appsettings') && call.args.includes('set') && !call.args.some((arg) => /^--(?:sas-token|account-key|connection-string)$/.test(arg)));
        if (name === 'ssh') return call.args.some((arg) => /@/.test(arg));
        // Most of openssl works on local data (`dgst`, `enc`, `req`); only its clients connect somewhere.
        if (name === 'openssl') return call.args.some((arg) => /^(?:s_client|s_time|ocsp)$/.test(arg));
        return true;
      }
      if (name === 'redis-cli') return writesToRemoteRedis(call);
      // The system resolver asked for a name (`getent ahosts`, `resolvectl query`) sends the name to the DNS servers.
      if (name === 'getent') return call.args.some((arg) => /^a?hosts(?:v[46])?$/.test(arg));
      if (name === 'resolvectl') return call.args.some((arg) => /^(?:query|resolve)$/.test(arg));
      // A copy onto another machine's share (`\\host\share`, WebDAV's `\\host@SSL\DavWWWRoot`): the files leave with it.
      if (/^(?:copy-item|copy|cpi|move-item|robocopy|xcopy|cp|mv)$/.test(name) && call.args.some((arg) => UNC_SHARE.test(arg.startsWith('$') ? this.resolve(arg).trim() : arg))) return true;
      if (name === 'logger') return call.args.some((arg) => /^(?:-n|--server)(?:=|$)/.test(arg));
    }
    // Python's `http.server` and `socketserver` listen and answer what is asked of them; serving sends nothing by itself.
    if (CODE_NETWORK.test(call.name)) return !/^(?:os\.environ|dict|self|this|urllib\.parse|http\.server|socketserver)\./.test(call.name);
    if (this.program.language === 'python' && this.callsRemoteStub(call.name)) return true;
    const base = call.name.split('.')[0]!.replace(/^\$/, '').toLowerCase();
    if (call.name.includes('.') && (this.labelsOfName(base).has('client') || this.labelsOfName(call.name.split('.')[0]!).has('client'))) return /\.(?:post|put|patch|get|request|send|sendall|sendto|write|end|communicate|emit|publish|publishMessage|publishJSON|basic_publish|produce|send_messages|sendMail|send_message|sendmail|connect|upload\w*|Upload\w*|Post\w*|Send\w*|Get\w*|Download\w*|debug|info|warning|warn|error|critical|exception|log|set_context|set_extra|set_tag|set_user|capture_\w+|insert|upsert|resolve|query|track|capture|identify|logEvent)$/i.test(call.name);
    if (this.labelsOfName(call.name).has('network-function')) return true;
    return false;
  }

  /**
   * Whether a call is a method of a gRPC stub made on a network channel (`Stub(channel).Report(…)`, or `stub = Stub(channel)`
   * then `stub.Report(…)`): every method of a stub is a procedure of the server, whatever it is named.
   */
  private callsRemoteStub(name: string): boolean {
    const dot = name.lastIndexOf('.');
    if (dot <= 0 || !/^[A-Z]\w{0,100}$/.test(name.slice(dot + 1))) return false;
    const receiver = name.slice(0, dot);
    const made = STUB_ON_CHANNEL.exec(receiver) ?? STUB_ON_CHANNEL.exec((this.definitions.get(receiver) ?? '').trim());
    return made !== null && this.labelsOfName(made[1]!).has('client');
  }

  /** The command a process-spawning call runs, from its first argument (`["curl", …]`, `"curl …"`). */
  /**
   * Whether a statement only keeps what a client answered (`resp = await client.get(url)`, `data = resp.json()`):
   * the answer is data, not a client, so reading a field of it (`data.get("name")`) sends nothing.
   */
  private holdsAnswerOnly(statement: Statement): boolean {
    if (NETWORK_CLIENT.test(statement.text) || OPEN_REQUEST.test(statement.text) || statement.calls.length === 0) return false;
    return statement.calls.every((call) => {
      const dot = call.name.lastIndexOf('.');
      return dot > 0 && ANSWER_METHOD.test(call.name.slice(dot + 1)) && this.labelsOfName(call.name.slice(0, dot).replace(/^(?:await\s+)?\$?/, '')).has('client');
    });
  }

  /** @internal */
  spawnedCommand(call: Call): { name: string; args: string } | null {
    const isProcessCall = /^(?:os\.system|os\.popen|subprocess\.\w+|commands\.getoutput|start-process|invoke-expression|iex)$/i.test(call.name) || JS_PROCESS_CALL.test(call.name) || /^(?:execa|shell\.exec|Bun\.spawn|Deno\.run|exec\.Command)$/.test(call.name) || (this.program.language !== 'bash' && this.labelsOfName(call.name).has('process-function'));
    if (!isProcessCall || call.args.length === 0) return null;
    // `Start-Process -FilePath pip -ArgumentList "install …"`: the program and its arguments are named, in any order.
    const filePath = /^start-process$/i.test(call.name) ? call.args.findIndex((arg) => /^-(?:FilePath|File|Path)$/i.test(arg)) : -1;
    const argumentList = filePath === -1 ? -1 : call.args.findIndex((arg) => /^-(?:ArgumentList|Args)$/i.test(arg));
    const named = filePath === -1 ? null : [call.args[filePath + 1] ?? '', ...(argumentList === -1 ? [] : call.args.slice(argumentList + 1).filter((arg, index, rest) => !rest.slice(0, index + 1).some((earlier) => /^-(?:Wait|WindowStyle|NoNewWindow|PassThru|Verb|WorkingDirectory|Redirect\w{0,30}|FilePath|Credential|LoadUserProfile|UseNewEnvironment)$/i.test(earlier))))];
    // The home folder however the script spells it (`str(Path.home())`, `os.homedir()`) is `~` to the command.
    // `const [cmd, ...rest] = ["pip", "install", url]` … `spawnSync(cmd, rest)`: the program and its arguments come from one list.
    const destructured = (this.program.language === 'javascript' || this.program.language === 'typescript') && call.args.length >= 2 ? /^(?:const|let|var)\s+\[\s*([\w$]{1,100})\s*,\s*\.\.\.([\w$]{1,100})\s*\]\s*(?::[^=\n]{0,80})?=\s*(\[[^\]\n]{0,2000}\])/.exec(this.definitions.get(call.args[0]!) ?? '') : null;
    const listed = destructured && destructured[1] === call.args[0] && destructured[2] === call.args[1] ? [destructured[3]!] : null;
    const line = (named ?? listed ?? call.args)
      .join(' ')
      .replace(HOME_EXPRESSION_ANYWHERE, '~')
      .replace(/\{\$\{\s*~\s*\}\}|\{\{\s*~\s*\}\}|\$\{\s*~\s*\}/g, '~')
      .replace(/%s(["'])\s*%\s*~/, '~$1')
      // A plus joins pieces of a command (`"pip " + url`); inside a word (`git+https://…`) it is part of the word.
      .replace(/[[\]'"`,]|(?<=[\s"'`\]])\+|\+(?=[\s"'`[])/g, ' ')
      .replace(/\s*\/\s*/g, '/')
      .replace(/\s+/g, ' ')
      .trim();
    const [first = '', ...rest] = line.split(' ');
    return { name: first.replace(/^.*\//, ''), args: rest.join(' ') };
  }

  /** The statement being read (labels or threats): where a file it taints is reported. */
  private reading: Statement | null = null;
  /** Statements that write secrets into a file made to be handed on (an invite, a card, a picture's side text), reported last. @internal */
  readonly handedOnWrites = new Set<Statement>();
  /** Statements that write secrets into a folder the project publishes, reported after the other readings. */
  private readonly publishedWrites = new Set<Statement>();

  private propagate(statement: Statement): void {
    const optionCalls = this.program.language === 'python' ? this.trackOptions(statement) : null;
    const found = this.labelsOf(withoutChildEnvironment(this.withoutCredentialArguments(statement)), statement.uses);
    // A network program started to read what the program writes into it (`p = Popen(["curl", "--data-binary", "@-", url])`)
    // is a connection: what later goes into its input (`p.communicate(data)`, `p.stdin.write(data)`) is sent.
    if (statement.defines.length > 0 && statement.calls.some((call) => {
      const spawned = this.spawnedCommand(call);
      return spawned !== null && sendsStandardInput(spawned.name, spawned.args);
    })) found.add('client');
    if (!found.has('secret') && this.buildsCredentialPath(statement)) found.add('secret');
    if (!found.has('secret') && this.loadsListedCredentials(statement)) found.add('secret');
    // A value chosen by a condition on a secret (`if bit { gap = long }`) carries the secret in which value it is; kept apart
    // from the data flow, since only a timing or a choice of what to send can leak that way.
    // The condition must read the secret piece by piece (a loop variable over it, or the secret and the loop's counter
    // together, as in `if bits[i]`), not only whether it is set.
    const decidedBy = statement.decidedBy ?? [];
    const secretName = (name: string) => this.labelsOfName(name).has('secret') || this.labelsOfName(name).has('environment');
    const pieceBySecret = decidedBy.some((name) => secretName(name) && this.isLoopVariable(name)) || (decidedBy.some(secretName) && decidedBy.some((name) => !secretName(name) && (/^\s*for(?:each)?\b/.test(this.definitions.get(name) ?? '') || (this.configuration && !this.definitions.has(name)))));
    if (pieceBySecret) for (const name of statement.defines) this.chosenBySecret.add(name);
    // Asked even of a statement that names a secret itself: a filter on key files (`p.suffix == ".pem" or p.name == ".env"`) marks the names it tests.
    if (this.program.language !== 'bash' && this.searchesKeyFiles(statement)) found.add('secret');
    // An exception raised with secrets in its message carries them to whatever catches it (`except E as exc` … `report(exc)`).
    if (this.program.language === 'python') {
      if (/^raise\s/.test(statement.text)) {
        for (const label of found) if (label === 'secret' || label === 'environment') this.raised.add(label);
      } else if (this.raised.size > 0 && statement.defines.length === 1 && /^\(?[\w.]{1,100}(?:\s*,\s*[\w.]{1,100}){0,10}\)?\s+as\s+[A-Za-z_]\w*$/.test(statement.text)) {
        for (const label of this.raised) found.add(label);
      }
    }
    for (const call of statement.calls) {
      for (const label of this.outputOf(call)) found.add(label);
      // A request or connection opened through a module kept under another name (`h.request(…)` with `h = require("https")`).
      if (/^(?:https?|http2)\.request$|^(?:net|tls)\.(?:connect|createConnection)$/.test(call.name)) found.add('client');
      if (readsServerPassword(call)) found.add('secret');
      if (decodesInCode(call)) found.add('decoded');
      // `[array]::Reverse($chars)` reverses the array in place: it now holds the decoded text.
      if (this.program.language === 'powershell' && /^\[(?:system\.)?array\]\.reverse$/i.test(call.name) && /^\$[A-Za-z_]\w*$/.test(call.args[0] ?? '')) {
        const reversedName = call.args[0]!.slice(1).toLowerCase();
        this.hold(reversedName, ['decoded']);
      }
      if (this.printsEscapesOfVariable(call)) found.add('decoded');
      // `hook=$(rev <<< "$x")`, `cmd=$(base64 -d <<< …)`: the variable holds what the decoder put out.
      if (this.program.language === 'bash' && statement.defines.length > 0 && isDecodeCommand(call)) found.add('decoded');
      if (isEnvironmentDump(this, call)) found.add('environment');
      if (this.isFetch(call)) found.add('fetched');
      const spawned = this.spawnedCommand(call);
      if (spawned && SHELL_FETCH.has(spawned.name)) found.add('fetched');
      // What a connection sends, read directly or through a file wrapped around it (`conn.makefile()`).
      if (/\.recv(?:from|_into)?$|\.read$|\.makefile$/.test(call.name) && this.labelsOfName(call.name.split('.')[0]!).has('client')) found.add('socket-input');
      this.handConnection(call);
      const started = this.program.language === 'bash' ? { ...call, ...this.effective(call) } : call;
      if (this.isFetch(started)) {
        // Saved with `-o FILE`, or with its output redirected into a file (`curl -sL URL > tool.sh`).
        const output = outputPath(started) ?? started.args.map((arg) => /^>>?\|?(.+)$/.exec(arg)?.[1]).find((path) => path !== undefined && !/^(?:&|\/dev\/)/.test(path));
        // A response thrown away (`curl --output /dev/null --head URL`, a reachability check) is no file of the skill's.
        if (output && !/^["']?\/dev\//.test(output)) {
          this.downloaded.add(output);
          if (STARTUP_FOLDER.test(this.resolve(output))) this.report('persistence', call, 'saves a download into a folder whose programs, templates or units start by themselves, so code from the network runs at every start');
          // An allowed installer saved before it is run is still that installer.
          if (allowedFetch(this, this.resolve(started.args.join(' ')))) this.allowedDownloads.add(output);
        }
      }
      // Gatekeeper's quarantine stripped (`xattr -dr com.apple.quarantine X.app`) by code that downloaded software itself: what it fetched opens unchecked.
      if (this.program.language === 'bash' && started.name === 'xattr' && stripsQuarantine(started.args) && [...this.downloaded].some((path) => !this.inherited.has(path) && !this.allowedDownloads.has(path))) {
        this.report('download-exec', call, 'downloads software and strips macOS\'s quarantine from it, so Gatekeeper never checks what it runs');
      }
      // A repository cloned from the network: every program in its folder is downloaded code.
      if (this.program.language === 'bash' && started.name === 'git' && started.args.includes('clone')) {
        const operands = started.args.slice(started.args.indexOf('clone') + 1).filter((arg, index, all) => !arg.startsWith('-') && !/^--?(?:depth|branch|b|origin|o|config|c|reference|jobs|j)$/.test(all[index - 1] ?? ''));
        const source = operands[0] ?? '';
        if (/^(?:https?|git|ssh):\/\/|^git@/.test(source) && !/^https?:\/\/(?:localhost|127\.)/.test(source)) {
          const into = operands[1] ?? source.replace(/\/+$/, '').replace(/\.git$/, '').replace(/^.*[/:]/, '');
          if (into) this.cloned.set(`${homeRelative(into).replace(/\/+$/, '')}/`, CODE_FORGE.test(source) ? 'forge' : 'elsewhere');
        }
      }
      // An archive from the network unpacked into a folder: every program in that folder is downloaded code.
      const unpackedInto = extractionFolder(call);
      if (unpackedInto && ((call.pipedFrom !== null && [call.pipedFrom, ...chain(call.pipedFrom)].some((source) => this.isFetch(source))) || call.args.some((arg) => this.downloaded.has(arg)))) this.downloaded.add(`${homeRelative(unpackedInto).replace(/\/+$/, '')}/`);
      // A downloaded file moved or copied under another name (`mv /tmp/agent.bin /tmp/agent.deb`) is still the download.
      if (this.program.language === 'bash' && /^(?:mv|cp|install)$/.test(started.name)) {
        const operands = started.args.filter((arg) => !arg.startsWith('-'));
        const saved = operands.length === 2 ? [...this.downloaded].find((path) => !path.endsWith('/') && sameFile(operands[0]!, path)) : undefined;
        if (saved !== undefined && !/\/["']?$/.test(operands[1]!)) {
          this.downloaded.add(operands[1]!);
          if (this.allowedDownloads.has(saved)) this.allowedDownloads.add(operands[1]!);
        }
      }
    }
    for (const call of statement.calls) {
      // A function that fills the object given first (`setattr(cfg, "url", v)`, `Object.assign(cfg, {…})`) fills it as its method would.
      const filledFirst = FILLS_FIRST_ARGUMENT.test(call.name) && /^\$?[A-Za-z_]\w{0,60}$/.test(call.args[0] ?? '');
      if (filledFirst) {
        const carried = [...this.labelsOf(call.args.slice(1).join(' '), statement.uses)].filter((label) => label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded');
        if (carried.length > 0) for (const target of [call.args[0]!.replace(/^\$/, ''), ...(this.origins.get(call.args[0]!) ?? [])]) this.hold(target, carried);
        continue;
      }
      const dot = call.name.lastIndexOf('.');
      if (dot <= 0 || optionCalls?.has(call) || !/^(?:read|read_file|read_string|read_dict|readfp|load|load_file|write|writestr|append|extend|add|update|put|push|insert|set|send|feed|write_text|write_bytes|Add|AppendLine|Write|WriteLine|concat|attach|set_\w+|add_\w+|set[A-Z]\w*|Set[A-Z]\w*|putpixel|putdata|paste|embed|hide|encode_into|__setitem__|__setattr__|setdefault|__ior__|merge)$/.test(call.name.slice(dot + 1))) continue;
      // A login header fills the request with a login, unless what it carries is a key that only signs (a private or cloud secret key).
      if (authenticates(statement.text) && !this.carriesSigningSecret(statement.text, statement.uses)) continue;
      const carried = [...this.labelsOf(call.args.join(' '), statement.uses)].filter((label) => label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded' || label === 'covert' || label === 'hidden-bits');
      if (carried.length === 0) continue;
      if (COVERT_CARRIER.test(call.name) && (carried.includes('secret') || carried.includes('environment')) && !authenticates(statement.text)) carried.push('covert');
      const receiver = call.name.slice(0, dot).replace(/^\$/, '');
      // Setting a member of an object (`req.Header.Set(…)`) fills the object that is later sent.
      const owner = /^[\w$]+(?=\.)/.exec(receiver)?.[0];
      for (const target of [receiver, ...(owner ? [owner] : []), ...(this.origins.get(receiver) ?? [])]) this.hold(target, carried);
    }
    const destructured = /^(?:const|let|var)?\s*\{([^}]{0,2000})\}\s*=\s*(?:process\.env|Deno\.env\.toObject\(\))\s*;?$/.exec(statement.text);
    if (destructured) {
      found.delete('environment');
      if (destructured[1]!.split(',').some((part) => SECRET_NAME.test(part.split(/[:=]/)[0]!.trim()))) found.add('secret');
    }
    const alias = /^(?:const|let|var)?\s*([\w$]+)\s*=\s*(?:(?:globalThis\.|window\.|builtins\.|__builtins__\.)?(eval|exec|Function|compile|os\.system|os\.popen|subprocess\.\w+|child_process\.\w+|execSync|Invoke-Expression)|[\w$.]+\[\s*"(eval|exec|Function|compile|system|popen|execSync|spawnSync)"\s*\]|getattr\(.{0,200},\s*"(eval|exec|compile|system|popen|run|call|check_output|Popen)"\s*\)|(?:\[\]|\{\}|""|\(\s*\)\s*=>\s*\{\s*\}|[\w$]+)\.constructor\.constructor|Function\.prototype\.constructor|Object\.getPrototypeOf\(\s*(?:async\s+)?function\s*\*?\s*\(\s*\)\s*\{\s*\}\s*\)\.constructor)\s*;?$/.exec(statement.text.replace(/^\$/, ''));
    if (alias) this.executors.add(alias[1]!.replace(/^\$/, '').toLowerCase());
    // A function made from a string whose body runs code or a command (`run = new Function("c", "…execSync(c)…")`): calling it runs what it is given.
    const built = /^(?:const|let|var)?\s*([\w$]+)\s*=\s*(?:new\s+)?Function\(([^\n]{1,2000})\)\s*;?$/.exec(statement.text);
    if (built && EXEC_WORD.test(built[2]!)) this.executors.add(built[1]!.toLowerCase());
    // An evaluator's name spelled in pieces (`$n = -join ("i","e","x")`, `f = "ev" + "al"`).
    const spelled = /^\$?([\w$]+)\s*=\s*([^\n]{1,200})$/.exec(formatted(statement.text.replace(/^(?:const|let|var)\s+/, '')));
    if (spelled && /["']/.test(spelled[2]!) && /^(?:iex|invoke-expression|eval|exec|execsync|system|function|invoke-command)$/.test(spelled[2]!.replace(/-join|\.join|\bjoin\b|["'`(),+\s\[\]]/gi, '').toLowerCase())) this.executors.add(spelled[1]!.toLowerCase());
    // A configuration written with a secret beside another host's address (`--remote_header=x-tag=${key}` next to
    // `--remote_cache=grpcs://…`): the tool that reads it sends the secret there on every run. Lines that log in
    // (a password, a token or an Authorization field for that host) are what configurations are for.
    const remote = (text: string) => urlsIn(text).some((url) => !/^https?:\/\/(?:localhost|127\.)/.test(url)) || /\b(?:grpcs?|wss?):\/\/[\w-]{1,63}\.[\w.-]{1,253}/.test(text);
    if (this.program.language === 'bash' && statement.writes.some((path) => !/^&|^\d+$|^-$|^\/dev\//.test(path)) && statement.uses.length > 0 && remote(statement.text)) {
      const leaking = statement.text.split('\n').filter((line) => {
        const names = Array.from(line.matchAll(/\$\{?([A-Za-z_]\w*)/g), (match) => match[1]!);
        return names.some((name) => this.labelsOfName(name).has('secret') || this.labelsOfName(name).has('environment')) && !authenticates(line) && !LOGIN_FIELD.test(line);
      });
      if (leaking.length > 0 && !sentToOwnService(this, leaking.join(' '), { ...statement.calls[0]!, args: [statement.text] })) this.report('exfiltration', statement, 'writes a secret into a configuration next to another host\'s address, so the tool that reads it sends the secret there');
    }
    // A PowerShell alias for an evaluator, however its name is spelled (`Set-Alias run ("Invoke-" + "Expression")`).
    for (const call of statement.calls) {
      if (this.program.language !== 'powershell' || !/^(?:set-alias|new-alias|sal|nal)$/.test(call.name)) continue;
      const named = (flag: RegExp) => call.args[call.args.findIndex((arg) => flag.test(arg)) + 1];
      const positional = call.args.filter((arg, index) => !arg.startsWith('-') && !/^-/.test(call.args[index - 1] ?? ''));
      const alias = call.args.some((arg) => /^-Name$/i.test(arg)) ? named(/^-Name$/i) : positional[0];
      const target = call.args.some((arg) => /^-Value$/i.test(arg)) ? named(/^-Value$/i) : positional[1];
      if (alias && target && /^(?:iex|invoke-expression|invoke-command|icm)$/.test(target.replace(/-join|["'`(),+\s]/gi, '').toLowerCase())) this.executors.add(alias.replace(/["']/g, '').toLowerCase());
    }
    for (const call of statement.calls) {
      // A file added to an archive the program opened (`z.write(p, name)`, `tar.add(p)`, `zip.addLocalFile(p)`): the archive,
      // and the file it is written to, hold what was added; the added file is the source, not the target.
      const archive = /^([\w$]+)\.(?:write|writestr|add|addfile|addLocalFile|addLocalFolder|addFile|file|directory|append)$/.exec(call.name)?.[1];
      if (archive && call.args.length >= 1 && ARCHIVE_OPENED.test(this.definitions.get(archive) ?? '')) {
        const carried = [...this.labelsOf(call.args.join(' '), statement.uses)].filter((label) => label === 'secret' || label === 'environment');
        if (carried.length > 0) {
          this.hold(archive, carried);
          const path = ARCHIVE_PATH.exec(this.definitions.get(archive) ?? '')?.[1];
          if (path) this.taintFile(path, new Set(carried));
        }
        continue;
      }
      // An object saved or serialised into a file (`img.save(out, exif=…)`, `json.dump(data, fh)`): the file holds what went in.
      const dump = /^(?:json|pickle|yaml|plistlib|marshal|toml|piexif)\.dump$/.test(call.name);
      const saved = !dump && /\.(?:save|write|writeto|to_file|tofile|export)$/.test(call.name) && call.args.length >= 1 ? { target: call.args[0]!, data: [call.name.slice(0, call.name.lastIndexOf('.')), ...call.args.slice(1)] } : dump && call.args.length >= 2 ? { target: call.args[1]!, data: [call.args[0]!] } : null;
      if (saved) {
        const carried = [...this.labelsOf(saved.data.join(' '), statement.uses)].filter((label) => label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded' || label === 'covert' || label === 'hidden-bits');
        if (carried.length > 0 && /^[\w$]+$/.test(saved.target)) {
          this.hold(saved.target, carried);
          // A handle opened on a file (`with open("out.pdf", "wb") as out`): the file holds it too.
          const opened = /\bopen\(\s*["']?([^"',()\s]{1,400})/.exec(this.definitions.get(saved.target) ?? '');
          if (opened) this.taintFile(opened[1]!, new Set(carried));
        } else if (carried.length > 0 && /\.\w{2,5}$/.test(saved.target) && !/\s/.test(saved.target)) this.taintFile(saved.target, new Set(carried));
      }
      // A handle opened for writing (`open("/tmp/x", "w").write(data)`, `fh = open(p, "a")` … `fh.write(data)`): the file holds the data.
      const handle = /^(.{1,400})\.(?:write|writelines)$/.exec(call.name)?.[1];
      if (handle && call.args.length >= 1) {
        const opened = OPENED_FOR_WRITING.exec(handle) ?? OPENED_FOR_WRITING.exec(this.definitions.get(handle.replace(/^\$/, '')) ?? '');
        if (opened) this.taintFile(opened[1]!, this.labelsOf(call.args.join(' '), statement.uses));
      }
      // A logger given a handler that ships records to another host sends whatever is logged through it.
      const logger = /^([\w$]+)\.addHandler$/.exec(call.name)?.[1];
      if (logger && this.labelsOf(call.args.join(' '), statement.uses).has('client')) this.labels.set(logger, new Set([...this.labelsOfName(logger), 'client']));
      // Metadata embedded into an image file (`piexif.insert(exif_bytes, "shot.jpg")`): the image now carries it.
      if (/^piexif\.insert$/.test(call.name) && call.args.length >= 2) this.taintFile(call.args[1]!.replace(/^["']|["']$/g, ''), this.labelsOf(call.args[0]!, statement.uses));
      // A file copied by a script's own API (`shutil.copy2(src, tmp)`, `fs.copyFileSync(src, dst)`) holds what the source held.
      if (/^(?:shutil\.(?:copy|copy2|copyfile|copytree|move)|(?:fs\.|fs\.promises\.|fsp\.)?(?:copyFileSync|copyFile|cpSync|cp)|Deno\.copyFile(?:Sync)?)$/.test(call.name) && call.args.length >= 2) {
        const carried = this.labelsOf(call.args[0]!, statement.uses);
        const target = call.args[1]!;
        const kept = [...carried].filter((label) => label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded');
        if (/^[\w$]+$/.test(target)) this.hold(target, kept);
        else this.taintFile(target, carried);
        // A copy into a temporary folder the program holds (`os.path.join(stage, name)`, `work / "ssh"`): that staging
        // folder, and what is made of it (an archive, a listing), holds the copy. A lasting folder (a repository) is not staged for sending.
        const folder = folderOfPath(target);
        if (folder && folder !== target && this.defined.has(folder) && TEMPORARY_FOLDER.test(this.definitions.get(folder) ?? '')) this.hold(folder, kept);
        // The same folder written out in full, where the program's constants were put in (`f"{out}/x"` read as `/tmp/bundle/x`).
        const spelled = folder ? undefined : this.folderHolding(target, statement.uses);
        if (spelled && TEMPORARY_FOLDER.test(spelled.folder)) {
          this.hold(spelled.name, kept);
          this.taintFile(spelled.folder, carried);
        }
      }
      // Content written to a file stays what it was: a download, a decoded blob, a secret.
      // `Set-Content -Path $file -Value $code`: the named parameters say which operand is the file.
      const pathAt = this.program.language === 'powershell' && /^(?:set-content|add-content|out-file)$/.test(call.name) ? call.args.findIndex((arg) => /^-(?:Path|FilePath|LiteralPath)$/i.test(arg)) : -1;
      if (pathAt !== -1 && call.args[pathAt + 1]) this.taintFile(call.args[pathAt + 1]!, this.labelsOf(call.args.filter((_, index) => index !== pathAt && index !== pathAt + 1).join(' '), statement.uses));
      // A response piped into a file stream in the request's own statement (`https.get(url, (r) => r.pipe(fs.createWriteStream(p)))`).
      if (this.program.language !== 'python' && /(?:^|\.)createWriteStream$/.test(call.name) && call.args[0] && statement.calls.some((other) => other !== call && this.isFetch(other))) {
        const target = call.args[0].replace(/^\$/, '');
        if (/^[\w$]+$/.test(target)) this.hold(target, ['fetched']);
        else this.taintFile(target, new Set<Label>(['fetched']));
      }
      // `Path(p).write_bytes(data)`, `shutil.copyfileobj(response, out)`: the file is the receiver, or what the handle was opened on.
      const receiverFile = this.program.language === 'python' && call.args.length === 1 ? /^(?:(?:pathlib\.)?Path\(\s*([\w.]{1,100})\s*\)|([\w.]{1,100}))\.(?:write_bytes|write_text)$/.exec(call.name) : null;
      // A path written out (`Path("notes.txt").write_text(data)`, `(Path(repo) / "notes.txt").write_text(data)`): that file now holds the data.
      const literalReceiver = this.program.language === 'python' && call.args.length === 1 ? /^\(?\s*(?:(?:pathlib\.)?Path\(\s*)?["']([^"'\n]{1,300})["']\s*\)?\s*\)?\.(?:write_bytes|write_text)$/.exec(call.name)?.[1] : undefined;
      const copiedInto = this.program.language === 'python' && /^shutil\.copyfileobj$/.test(call.name) && call.args.length >= 2 ? /\bopen\(\s*([\w.]{1,100})\s*,\s*["'][wa]b?\+?["']/.exec(this.definitions.get(call.args[1]!) ?? '')?.[1] : undefined;
      const fileArgs = receiverFile ? [receiverFile[1] ?? receiverFile[2]!, call.args[0]!] : copiedInto ? [copiedInto, call.args[0]!] : call.args;
      if (pathAt === -1 && (receiverFile || copiedInto) && fileArgs.length >= 2) {
        const carried = this.labelsOf(fileArgs.slice(1).join(' '), statement.uses);
        // The body of a request made in the same expression (`write_bytes(requests.get(url).content)`).
        if (statement.calls.some((other) => other !== call && this.isFetch(other) && fileArgs[1]!.includes(other.name))) carried.add('fetched');
        this.hold(fileArgs[0]!, [...carried].filter((label) => label !== 'client'));
      } else if (literalReceiver !== undefined) {
        this.taintFile(literalReceiver, this.labelsOf(call.args[0]!, statement.uses));
      } else if (/(?:^|\.)(?:writeFile|writeFileSync|appendFile|appendFileSync|write_text|write_bytes|WriteAllText|WriteAllBytes|set-content|out-file|add-content|urlretrieve)$/i.test(call.name) && call.args.length >= 2) {
        const carried = this.labelsOf(call.args.slice(1).join(' '), statement.uses);
        if (/urlretrieve/.test(call.name)) carried.add('fetched');
        const target = call.args[0]!.replace(/^\$/, '');
        if (/^[\w$]+$/.test(target)) this.hold(target, [...carried].filter((label) => label !== 'client'));
        else this.taintFile(target, carried);
      }
    }
    // Reading the login a request came with (`req.getHeader("Authorization")`) takes it, it does not log in with it.
    if (found.has('secret') && authenticates(statement.text) && !found.has('environment') && !this.carriesSigningSecret(statement.text, statement.uses) && !asksMetadataForCredentials(statement.text) && !(INCOMING_CREDENTIAL.test(statement.text) && !PASSES_HEADER_ON.test(statement.text))) {
      found.delete('secret');
      found.add('auth');
    }
    // The answer of a server asked to check the caller's login (`local res = http:request_uri(introspect, { body = token })`) is what the server said, not the login.
    if (found.has('secret') && !found.has('environment') && statement.defines.length > 0 && sendsIncomingLoginOnly(this, statement) && statement.calls.some((call) => this.isNetwork(call))) found.delete('secret');
    // The same login passed on under its own header (`fetch(url, { headers: { cookie } })`) logs in as the caller.
    if (found.has('secret') && !found.has('environment') && passesIncomingLoginOn(this, statement.text)) {
      found.delete('secret');
      found.add('auth');
    }
    // A keyed digest of a whole message (an HMAC signature) cannot be turned back into the key that made it.
    if (found.has('secret') && !found.has('environment') && statement.defines.length === 1 && (KEYED_DIGEST.test(statement.text) || KEYED_MAC_OBJECT.test(statement.text)) && !this.signsPieces(statement)) found.delete('secret');
    // Secrets put into a header, a cookie, metadata or pixels travel hidden inside something that looks harmless.
    // (A browser's `Cookies` database named as a file is where secrets come from, not a carrier.)
    // A signing key put in a login header is not hidden there: it is handed over openly, as a login, and read as sent away.
    const signingKeyAsLogin = found.has('secret') && !found.has('environment') && authenticates(statement.text) && this.carriesSigningSecret(statement.text, statement.uses);
    // The login the request being served came with, read into a variable (`cookie = request.headers.get("Cookie")`), is not put into a carrier by the variable's name.
    const incomingLogin = found.has('secret') && !found.has('environment') && INCOMING_CREDENTIAL.test(statement.text) && !PASSES_HEADER_ON.test(statement.text);
    // A service's credential handed to the login header named for that service (`.header("X-Vault-Token", token())`) is a login, not hidden there.
    const ownServiceLogin = found.has('secret') && !found.has('environment') && logsInWithOwnServiceHeader(this, statement.text, statement);
    if ((found.has('secret') || found.has('environment')) && !signingKeyAsLogin && !incomingLogin && !ownServiceLogin && !asksMetadataForCredentials(statement.text) && (COVERT_CARRIER.test(withoutMetadataReads(statement.text).replace(/\bCookies\b(?!\s*[=:])/g, ' ')) || PACKET_BUILDER.test(statement.text) || (HEADER_LINE.test(statement.text) && !AUTH_CONTEXT.test(statement.text)))) found.add('covert');
    if ((found.has('secret') || found.has('environment')) && encodes(statement.text)) found.add('encoded');
    if (statement.calls.some((call) => this.findsCredentials(call))) found.add('secret');
    if ((found.has('secret') || found.has('environment')) && (hidesBits(statement.text) || spellsSplitBits(this, statement))) found.add('hidden-bits');
    inspectHandedOnText(this, statement, found);
    for (const target of statement.writes) this.written.add(target);
    for (const call of statement.calls) {
      for (const target of writtenFiles(call)) {
        this.written.add(target);
        const before = this.writtenContent.get(target) ?? '';
        if (before.length < 8000) this.writtenContent.set(target, `${before}\n${statement.text}`);
      }
    }
    for (const call of statement.calls) {
      const inCode = this.program.language !== 'bash' && CODE_METADATA_WRITER.test(call.name);
      if (!METADATA_WRITER.test(call.name) && !inCode) continue;
      const carried = this.inflow(call, statement);
      if (!carried.has('secret') && !carried.has('environment')) continue;
      carried.add('covert');
      // In code the file is a path among the arguments (`os.setxattr("report.pdf", …)`).
      const targets = inCode ? call.args.filter((arg) => /^[\w~.-]{0,200}[./][\w.\/-]{1,200}$/.test(arg) && !/^\.|\.$/.test(arg)) : hidingTargets(call);
      for (const target of targets) this.taintFile(target, carried);
    }
    // A database client logs in with its connection URL; what it writes is the data, not the URL (see upstreamLabels).
    const dumps = statement.calls.length > 0 && statement.calls.every((call) => DATABASE_CLIENT.test(call.name));
    if (dumps) for (const call of statement.calls) for (const target of [...statement.writes, ...writtenFiles(call)]) this.databaseDumps.add(target);
    const fileLabels = dumps ? this.labelsOf(statement.calls.map((call) => `${call.name} ${call.args.filter((arg) => !CONNECTION_ARGUMENT.test(arg)).join(' ')}`).join('\n'), statement.uses) : found;
    if (fileLabels.has('secret') || fileLabels.has('environment') || fileLabels.has('fetched') || fileLabels.has('decoded')) {
      for (const target of statement.writes) this.taintFile(target, fileLabels);
      for (const call of statement.calls) {
        for (const target of [...writtenFiles(call), ...this.filesWrittenByShellFunction(call, statement)]) this.taintFile(target, fileLabels);
      }
    }
    for (const name of statement.updates ?? []) {
      // An option added to a parser belongs to that option (`trackOptions`), not to the whole parser.
      if (optionCalls && this.optionParsers.has(name)) continue;
      this.hold(name, [...found].filter((label) => label !== 'client'));
      // A view of an object the program made (`pixels = img.load()`) changes that object: secrets put in reach it too.
      for (const origin of this.origins.get(name) ?? []) {
        if (this.defined.has(origin)) this.hold(origin, [...found].filter((label) => label === 'secret' || label === 'environment' || label === 'covert' || label === 'hidden-bits'));
      }
    }
    // A command picked from the program's own table by what a peer sent (`argv = JOBS.get(job["name"])`) is one of the
    // table's entries: the peer chooses among them, it does not write them.
    if (found.has('socket-input') && this.picksFromOwnTable(statement)) found.delete('socket-input');
    const answerOnly = this.holdsAnswerOnly(statement);
    const paired = this.program.language === 'python' || this.program.language === 'javascript' || this.program.language === 'typescript' ? pairedValues(statement) : null;
    for (const name of statement.defines) {
      // In `url, token = env["URL"], env["TOKEN"]` each name takes what its own value carries: the address holds no secret.
      const own = paired?.get(name);
      const carried = own === undefined ? null : this.labelsOf(own, statement.uses);
      this.hold(name, [...found].filter((label) => !(answerOnly && label === 'client') && (carried === null || !PAIRED_FLOW_LABELS.has(label) || carried.has(label))));
      this.origins.set(name, statement.uses.filter((used) => used !== name && !statement.defines.includes(used)));
      this.definitions.set(name, statement.text);
    }
    const fn = statement.inFunction ?? this.lambdaOf(statement);
    // A helper without parameters stands for its first returned value (`target = cache_root()`), so a path it builds can be followed to where it is deleted.
    if (fn && statement.returns && statement.inFunction && statement.inFunction.params.length === 0 && this.program.language === 'python' && !this.definitions.has(fn.name)) this.definitions.set(fn.name, statement.text.replace(/^\s*return\b/, ''));
    if (fn) {
      const known = this.labels.get(fn.name) ?? new Set<Label>();
      // A generator hands out what it yields: `gap = pattern()` … `next(gap)` gets those values.
      if (statement.returns || YIELDS.test(statement.text)) for (const label of found) if (label !== 'client') known.add(label);
      // A parameter that only logs the call in (`upload(path, api_key=key)`, an Authorization header) is not what the helper sends.
      const sent = this.sentParameters.get(fn.name) ?? new Set<string>();
      for (const call of statement.calls) {
        if (!this.isNetwork(call)) continue;
        // A parameter sent as it is, or through a value made from it (`curl_setopt($ch, …, $payload)` … `curl_exec($ch)`).
        // Not in shell scripts: `$1` of every function is one name to the analysis, so what it was made from mixes helpers.
        const madeFrom = this.program.language === 'bash' && !this.configuration ? new Set<string>() : this.derivedFrom(statement.uses.filter((name) => !fn.params.includes(name) && !statement.defines.includes(name) && !this.onlyDigestPrefixOf(name, statement.text)), this.localNames(fn.name));
        for (const param of fn.params) {
          const named = new RegExp(`(?:^|[^\\w$])\\$?\\{?${escapeName(param)}\\b`);
          // Passed on to another helper of the program: sent only where that helper sends the argument it lands in.
          const calleeSent = this.sentParameters.get(call.name);
          const calleeParams = this.parameterLists.get(call.name);
          const passedOn = (arg: string, at: number) => calleeSent === undefined || calleeParams === undefined || calleeSent.has(calleeParams[at] ?? '') || /^\*|^\.\.\./.test(arg);
          if (call.args.some((arg, at) => named.test(arg) && !authenticates(arg) && passedOn(arg, at)) || (madeFrom.has(param) && !authenticates(statement.text))) sent.add(param);
          if (this.program.language === 'bash' && call.args.some((arg, at) => named.test(arg) && DATA_FLAG.test(call.args[at - 1] ?? ''))) this.postedParameters.set(fn.name, new Set([...(this.postedParameters.get(fn.name) ?? []), param]));
        }
      }
      if (sent.size > 0) {
        known.add('network-function');
        this.sentParameters.set(fn.name, sent);
        this.parameterLists.set(fn.name, fn.params);
      }
      // A helper that runs its parameter as a command (`const run = (cmd) => execSync(cmd)`): its calls start processes.
      const runsParameter = this.program.language !== 'bash' && statement.calls.some((call) => call.name !== fn.name && this.spawnedCommand(call) !== null && fn.params.some((param) => new RegExp(`^\\$?\\{?${escapeName(param)}\\}?$`).test(call.args[0] ?? '')));
      if (runsParameter) known.add('process-function');
      this.labels.set(fn.name, known);
    }
  }

  /**
   * `printf "$p"` (or `echo -e`, `print`) whose variable, or the list a loop took it from, holds hex or
   * octal escapes (`parts=('\x63\x75…')`): the escapes are decoded into text nobody reviewing can read.
   */
  private printsEscapesOfVariable(call: Call): boolean {
    if (this.program.language !== 'bash' || !/^(?:printf|echo|print)$/.test(call.name)) return false;
    if (call.name === 'echo' && !call.args.some((arg) => /^-\w*e/.test(arg))) return false;
    const seen = new Set<string>();
    const pending = call.args.flatMap((arg) => [...arg.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((match) => match[1]!));
    while (pending.length > 0 && seen.size < 8) {
      const name = pending.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      if (ESCAPED_BYTES.test(this.definitions.get(name) ?? '')) return true;
      pending.push(...(this.origins.get(name) ?? []));
    }
    return false;
  }

  /**
   * Whether a statement assigns a path put together from pieces kept elsewhere (`$store = Join-Path
   * $folder 'credentials'`, `p = os.path.join(base, "config.json")`, `dir="${base}h"`) that, with the
   * pieces filled in, names a credential store.
   */
  private buildsCredentialPath(statement: Statement): boolean {
    const text = statement.text;
    if (statement.defines.length !== 1 || text.length > 400 || !statement.uses.some((used) => this.definitions.has(used))) return false;
    const assigned = text.replace(/^(?:(?:const|let|var|local|export|declare|my)\s+)?\$?[\w.:]+\s*(?::[^=]{0,80})?=(?!=)\s*/, '').trim().replace(/;$/, '');
    // The folder of a path (`cfg.parent`, `os.path.dirname(cfg)`) is that path without its last piece.
    const parentOf = PARENT_OF_PATH.exec(assigned);
    if (!parentOf && !/[\\/]|join|combine/i.test(text)) return false;
    const value = parentOf ? (parentOf[1] ?? parentOf[2])! : assigned;
    // Only a value that is a path expression itself: names, quoted pieces, separators, `Join-Path`.
    if (!/^[\w$.{}~:/\\ "'`+-]+$/.test(value)) return false;
    const resolved = this.resolve(value).replace(/["'`(),]/g, ' ').replace(/\\+/g, '/');
    // `Join-Path A B` nests as a prefix expression: read from the right, each one joins the two values after it.
    const stack: string[] = [];
    for (const token of resolved.split(/\s+/).reverse()) {
      if (token === '' || /^-(?:Path|ChildPath|AdditionalChildPath)$/i.test(token)) continue;
      if (/^join-path$/i.test(token) && stack.length >= 2) stack.push(`${stack.pop()}/${stack.pop()}`);
      else stack.push(token);
    }
    const joined = stack.reverse().join(' ').replace(/\s*\/\s*/g, '/').replace(/\s*\+\s*/g, '').replace(/\/{2,}/g, '/');
    const path = parentOf ? joined.replace(/\/[^/\s]{1,200}$/, '/') : joined;
    return CREDENTIAL_STORE.test(path);
  }

  /**
   * Whether a statement parses a settings file of the skill (`cfg = yaml.safe_load(open("sources.yaml"))`,
   * `JSON.parse(readFileSync("targets.json"))`) whose lists name credential stores: the code reads and handles
   * the listed paths, so what it loads stands for them. A file the code names outside the skill (`~/.tool.yaml`,
   * the user's copy of the template) is read as the skill's file of that kind.
   */
  private loadsListedCredentials(statement: Statement): boolean {
    const dataFiles = this.context.dataFiles;
    if (!dataFiles?.size || statement.defines.length === 0 || !LOADS_SETTINGS.test(statement.text)) return false;
    const named = [...this.resolve(statement.text).matchAll(SETTINGS_FILE_NAME)].map((match) => match[0].toLowerCase()).slice(0, 20);
    if (named.length === 0) return false;
    const shipped = [...dataFiles.keys()].filter((name) => named.includes(name.toLowerCase()));
    const candidates = shipped.length > 0 ? shipped : [...dataFiles.keys()].filter((name) => named.some((file) => file.endsWith(/\.\w+$/.exec(name.toLowerCase())?.[0] ?? '\u0000')));
    return candidates.some((name) => listsCredentialStore(dataFiles.get(name)!));
  }

  /** Variables a settings file the shell program sources (`. ./upload.env`) sets to a credential store hold that store's path. */
  private sourcedSettings(): void {
    if (this.program.language !== 'bash' || !this.context.dataFiles?.size) return;
    for (const [name, content] of this.context.dataFiles) {
      if (name.length < 5 || !this.sources(name)) continue;
      for (const assigned of content.slice(0, 65_536).matchAll(SETTINGS_ASSIGNMENT)) {
        if (!this.defined.has(assigned[1]!) && CREDENTIAL_STORE.test(assigned[2]!)) this.hold(assigned[1]!, ['secret']);
      }
    }
  }

  /**
   * A search of the home folder (or the whole disk) for private keys and key stores by their extension
   * (`walk(home, { exts: [".pem", ".key"] })`, `Path.home().rglob("*.p12")`, `if f.endswith(".pfx")` over
   * `os.walk(~)`), or of folders climbed from the working one up to it: what it finds is secret. A filter over names
   * found earlier marks those names.
   */
  private searchesKeyFiles(statement: Statement): boolean {
    if (!KEY_FILE_NAME.test(statement.text) || !FILE_SEARCH.test(statement.text) && !statement.uses.some((used) => FILE_SEARCH.test(this.definitions.get(used) ?? ''))) return false;
    if (!SEARCH_ROOT.test(this.resolve(statement.text)) && !this.wholeHas(CLIMBS_FOLDERS)) return false;
    if (statement.defines.length > 0) return true;
    for (const used of statement.uses) {
      if (!this.definitions.has(used)) continue;
      this.hold(used, ['secret']);
    }
    return false;
  }

  /** The names a function's own statements assign: names elsewhere in the program are other variables. */
  private localNames(fn: string): Set<string> {
    let names = this.localsByFunction.get(fn);
    if (!names) {
      names = new Set(this.statementsOf(fn).flatMap((statement) => statement.defines));
      this.localsByFunction.set(fn, names);
    }
    return names;
  }

  /** The program's statements by the function they belong to, in order; grouped in one pass on first use. */
  private functionBodies: Map<string, Statement[]> | null = null;

  /** @internal The statements of the program's functions of that name, in order: asked for each helper and parameter, so not searched for each time. */
  statementsOf(fn: string): readonly Statement[] {
    if (!this.functionBodies) {
      this.functionBodies = new Map();
      for (const statement of this.program.statements) {
        const name = statement.inFunction?.name;
        if (name === undefined) continue;
        const body = this.functionBodies.get(name);
        if (body) body.push(statement);
        else this.functionBodies.set(name, [statement]);
      }
    }
    return this.functionBodies.get(fn) ?? [];
  }

  /** The names the given local variables were made from, a few definitions back, within the same function. */
  private derivedFrom(names: readonly string[], locals: ReadonlySet<string>): Set<string> {
    const found = new Set<string>();
    const pending = names.filter((name) => locals.has(name));
    while (pending.length > 0 && found.size < 64) {
      const name = pending.pop()!;
      // A value that only logs in (`url = …?token=${token}`, a header named for the credential) does not pass its parts on as data.
      if (!locals.has(name) || authenticates(this.definitions.get(name) ?? '')) continue;
      for (const origin of this.origins.get(name) ?? []) {
        if (found.has(origin)) continue;
        found.add(origin);
        pending.push(origin);
      }
    }
    return found;
  }

  /**
   * Follows a Python program's command-line options option by option: a parser made, its groups and
   * sub-parsers, each `add_argument` with what its default holds, and the namespace `parse_args` returns.
   * Returns the `add_argument` calls it read, whose labels belong to their option instead of the whole parser.
   */
  private trackOptions(statement: Statement): Set<Call> | null {
    let read: Set<Call> | null = null;
    for (const call of statement.calls) {
      const dot = call.name.lastIndexOf('.');
      const receiver = call.name.slice(0, dot);
      const method = call.name.slice(dot + 1);
      const target = statement.defines.length >= 1 ? statement.defines[0]! : null;
      if (/^(?:argparse\.ArgumentParser|optparse\.OptionParser|ArgumentParser|OptionParser)$/.test(call.name) && target && statement.defines.length === 1) {
        this.optionParsers.set(target, target);
        continue;
      }
      const root = dot > 0 ? this.optionParsers.get(receiver) : undefined;
      if (root === undefined) continue;
      if (/^(?:add_subparsers|add_parser|add_argument_group|add_mutually_exclusive_group)$/.test(method) && target && statement.defines.length === 1) this.optionParsers.set(target, root);
      else if (/^(?:parse_args|parse_known_args|parse_intermixed_args)$/.test(method) && target) {
        const options = this.optionLabels.get(root) ?? new Map<string, Set<Label>>();
        this.optionLabels.set(root, options);
        this.optionLabels.set(target, options);
      } else if (/^(?:add_argument|add_option)$/.test(method)) {
        const option = optionDestination(call.args);
        if (option === null) continue;
        const carried = [...this.labelsOf(call.args.join(' '), statement.uses)].filter((label) => label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded');
        const options = this.optionLabels.get(root) ?? new Map<string, Set<Label>>();
        this.optionLabels.set(root, options);
        if (carried.length > 0) options.set(option, new Set([...(options.get(option) ?? []), ...carried]));
        (read ??= new Set()).add(call);
      }
    }
    return read;
  }

  /**
   * What the uses of an options namespace in a text read: `args.token` what that option holds, the namespace
   * as a whole (`vars(args)`, `getattr(args, name)`, `args.__dict__`) what any of its options holds.
   */
  private optionsRead(text: string, name: string): Set<Label> {
    const options = this.optionLabels.get(name)!;
    const found = new Set<Label>();
    if (options.size === 0) return found;
    const uses = new RegExp(`(?<![\\w$.])${escapeName(name)}\\b(?:\\s*\\.\\s*([A-Za-z_]\\w*)|(\\s*=(?!=)))?`, 'g');
    for (const use of text.matchAll(uses)) {
      // The name assigned (`args = parser.parse_args()`) is not read.
      if (use[2] !== undefined) continue;
      const option = use[1];
      const held = option !== undefined && !option.startsWith('_') ? [options.get(option) ?? []] : options.values();
      for (const labels of held) for (const label of labels) found.add(label);
    }
    return found;
  }

  /**
   * The statement's text without the arguments a helper of the program leaves out of its result (`fetch_report(id,
   * api_key)` where the helper puts `api_key` in an authentication header or a client it asks): the helper returns
   * what the server answered, which is not that credential.
   */
  private withoutCredentialArguments(statement: Statement): string {
    if (this.program.language === 'bash' || this.program.language === 'powershell' || statement.defines.length === 0) return statement.text;
    let text = statement.text;
    for (const call of statement.calls) {
      call.args.forEach((arg, at) => {
        const target = this.parameterAt(call, arg, at);
        if (target !== null && this.leftOutOfResult(target.helper, target.param)) text = text.replace(arg, ' ');
      });
    }
    return text;
  }

  /** The helper of the program a call's argument lands in, and the parameter it becomes (by keyword or by position). */
  private parameterAt(call: Call, arg: string, at: number): { helper: string; param: string } | null {
    // A helper handed to a thread pool with its arguments (`pool.submit(fetch_page, url, token)`) is called with the rest.
    const submitted = /\.submit$/.test(call.name) && this.helperParameters().has(call.args[0] ?? '');
    if (submitted && at === 0) return null;
    const helper = submitted ? call.args[0]! : call.name.replace(/^(?:self|this|cls)\./, '');
    const params = this.helperParameters().get(helper);
    if (!params) return null;
    if (submitted) return this.parameterAt({ ...call, name: helper, args: call.args.slice(1) }, arg, at - 1);
    const keyword = /^([A-Za-z_$][\w$]*)\s*=(?!=)/.exec(arg)?.[1];
    if (keyword !== undefined) return params.includes(keyword) ? { helper, param: keyword } : null;
    // A method called on its object does not pass `self` itself; a parameter list beyond a `*rest` is not positional.
    const positional = /^(?:self|cls)$/.test(params[0] ?? '') && helper !== call.name ? params.slice(1) : params;
    const param = positional[at];
    return param !== undefined && call.args.slice(0, at).every((earlier) => !/^\*|^\.\.\.|^[A-Za-z_$][\w$]*\s*=(?!=)/.test(earlier)) ? { helper, param } : null;
  }

  private helpers: Map<string, string[]> | null = null;

  /** The program's own functions and the helpers it imports from the skill's other modules, with their parameter lists. */
  private helperParameters(): Map<string, string[]> {
    if (!this.helpers) {
      this.helpers = new Map();
      for (const statement of this.program.statements) if (statement.inFunction && !this.helpers.has(statement.inFunction.name)) this.helpers.set(statement.inFunction.name, statement.inFunction.params);
      for (const [name, params] of this.importedHelpers) if (!this.helpers.has(name)) this.helpers.set(name, params);
    }
    return this.helpers;
  }

  /**
   * Whether a helper uses a parameter only to log in: every statement of the helper that names it authenticates
   * with it (a header, `api_key=`) or passes it on as a parameter of the same kind, and none returns it, sends it
   * as data or assigns it anew.
   */
  private authenticatesOnly(helper: string, param: string, depth = 0): boolean {
    const key = `${helper}\u0000${param}`;
    const known = this.credentialOnly.get(key);
    if (known !== undefined) return known;
    if (depth > 4) return false;
    // A helper that passes the parameter back to itself is judged without that call.
    this.credentialOnly.set(key, false);
    const named = standaloneName(param);
    let logsIn = false;
    let only = true;
    for (const statement of this.program.statements) {
      if (statement.inFunction?.name !== helper || !statement.uses.includes(param)) continue;
      if (statement.returns || statement.defines.includes(param)) {
        only = false;
        break;
      }
      const mentions = statement.calls.flatMap((call) => call.args.flatMap((arg, at) => (named.test(arg) ? [{ call, arg, at }] : [])));
      const statementLogsIn = authenticates(statement.text);
      const each = mentions.every(({ call, arg, at }) => {
        if (authenticates(arg) || (statementLogsIn && /^[\w$.]{1,200}$/.test(arg))) return true;
        const target = this.parameterAt(call, arg, at);
        return target !== null && target.helper !== helper && this.authenticatesOnly(target.helper, target.param, depth + 1);
      });
      // Named outside any call (`headers = {"Authorization": f"Bearer {token}"}`): only a value that logs in.
      if (!each || (mentions.length === 0 && !statementLogsIn)) {
        only = false;
        break;
      }
      logsIn = true;
    }
    const result = only && logsIn;
    this.credentialOnly.set(key, result);
    return result;
  }

  /**
   * Whether a helper's result leaves a parameter out: the parameter only logs in, or the helper's own statements
   * never carry it to what it returns (used in a check, a log line, or to configure the client whose answer it returns).
   */
  private leftOutOfResult(helper: string, param: string): boolean {
    return this.helperHandsBack(helper, param, 0) <= CONFIGURED_CLIENT;
  }

  /**
   * How much of a parameter a helper hands back. One imported from another module of the skill (no body here) is
   * judged by that module's reading: nothing when it only logs in with the parameter, else the value.
   */
  private helperHandsBack(helper: string, param: string, depth: number): Carried {
    if (this.parametersOf(helper) === undefined) return this.authenticatesOnly(helper, param) ? CARRIES_NOTHING : CARRIES_VALUE;
    return this.returnedShareOf(helper, param, depth);
  }

  /**
   * How much of a parameter a helper of the program hands back, following the parameter through the helper's own
   * statements: what a value made from it holds, a client configured with it (whose answers are not it), a login
   * header made from it, or the value. A helper whose body is not in this program hands it back.
   */
  private returnedShareOf(helper: string, param: string, depth = 0): Carried {
    const key = `${helper}\u0000${param}`;
    const known = this.returnedShare.get(key);
    if (known !== undefined) return known;
    if (depth > 4) return CARRIES_VALUE;
    // A helper that passes the parameter back to itself is judged as handing it back.
    this.returnedShare.set(key, CARRIES_VALUE);
    const body = this.statementsOf(helper).slice(0, 300);
    const locals = this.localNames(helper);
    const params = body[0]?.inFunction?.params ?? [];
    // Read by a function written inside the helper (a closure it may return): the value goes along with it.
    // Only a function the helper itself names (calls or hands back): another function of the program that happens to
    // use a variable of the same name is not one.
    const named = new Set(body.flatMap((statement) => [...statement.uses, ...statement.calls.map((call) => call.name)]));
    const captured = [...named].some((fn) => fn !== helper && this.statementsOf(fn).some((statement) => statement.uses.includes(param) && !statement.inFunction!.params.includes(param) && !this.localNames(fn).has(param)));
    let result: Carried = body.length === 0 || captured ? CARRIES_VALUE : CARRIES_NOTHING;
    const held = new Map<string, Carried>([[param, CARRIES_VALUE]]);
    // Twice, so a value made in a loop reaches statements of that loop above it.
    for (let pass = 0; pass < 2 && result < CARRIES_VALUE; pass++) {
      for (const statement of body) {
        if (!statement.uses.some((name) => held.has(name))) continue;
        const share = this.statementShare(statement, held, helper, depth);
        if (share === CARRIES_NOTHING) continue;
        if (statement.returns || YIELDS.test(statement.text)) result = Math.max(result, share) as Carried;
        // An object filled in place (`session.headers.update({...})`, `items.append(key)`) holds what was put in.
        const filled = statement.calls.flatMap((call) => (FILLS_IN_PLACE.test(call.name) ? [/^[A-Za-z_$][\w$]*/.exec(call.name)![0]] : []));
        for (const name of [...statement.defines, ...(statement.updates ?? []), ...filled]) if ((held.get(name) ?? -1) < share) held.set(name, share);
        // Kept in a member of the instance, a global or a caller's object: the caller can reach it there.
        if ((statement.updates ?? []).some((name) => !locals.has(name) || params.includes(name))) result = Math.max(result, share === LOGIN_VALUE ? CARRIES_VALUE : share) as Carried;
      }
    }
    // A login header handed back is the value itself to whoever receives it.
    const share: Carried = result === LOGIN_VALUE ? CARRIES_VALUE : result;
    this.returnedShare.set(key, share);
    return share;
  }

  /**
   * Whether a call makes a library's client from a value passed as it is (`new Stripe(key)`, `WebClient(token)`,
   * `createClient(url, key)`): a client of a class the program writes itself may hand the value back.
   */
  private makesLibraryClient(call: Call, arg: string): boolean {
    // A default export is called by its module's name (`import Stripe from "stripe"` … `new Stripe(key)` reads `stripe`).
    const constructor = call.name.replace(/^new\s+/, '').split('.').pop()!;
    return LIBRARY_CLIENT.test(constructor.charAt(0).toUpperCase() + constructor.slice(1)) && /^[A-Za-z_$][\w$]*$/.test(arg.trim()) && !new RegExp(`\\bclass\\s+${escapeName(constructor)}\\b`).test(this.whole);
  }

  /** How much of the held values one statement of a helper puts into what it assigns or returns. */
  private statementShare(statement: Statement, held: ReadonlyMap<string, Carried>, helper: string, depth: number): Carried {
    // A member of a client or module set to log in (`stripe.api_key = key`, `client.token = token`).
    const member = /^[A-Za-z_$][\w$]{0,100}(?:\.[A-Za-z_$][\w$]{0,100}){1,6}\s{0,4}=(?![=>])/.exec(statement.text)?.[0];
    if (member && CLIENT_LOGIN_OPTION.test(member.replace(/\s*=$/, '').split('.').pop()!)) return CONFIGURED_CLIENT;
    const heldIn = (text: string) => [...held.keys()].filter((name) => text.includes(name) && standaloneName(name).test(text));
    let text = statement.defines.length > 0 || statement.updates?.length ? statement.text.replace(ASSIGNMENT_TARGET, ' ') : statement.text;
    let share: Carried = CARRIES_NOTHING;
    for (const call of statement.calls) {
      const receiver = /^[A-Za-z_$][\w$]*(?=\.)/.exec(call.name)?.[0];
      const receiverShare = receiver === undefined ? undefined : held.get(receiver);
      const onClient = receiverShare === CONFIGURED_CLIENT || receiverShare === LOGIN_VALUE;
      // A request, or a question put to a client made with the key: what comes back is the answer.
      const asks = (onClient || this.isNetwork(call)) && !FILLS_IN_PLACE.test(call.name);
      call.args.forEach((arg, at) => {
        const names = heldIn(arg);
        if (names.length === 0 || !text.includes(arg)) return;
        let argShare: Carried;
        if (names.every((name) => logsInWith(arg, name)) || this.makesLibraryClient(call, arg)) argShare = asks ? CARRIES_NOTHING : CONFIGURED_CLIENT;
        else {
          const target = this.parameterAt(call, arg, at);
          if (target !== null && target.helper !== helper) argShare = Math.min(this.helperHandsBack(target.helper, target.param, depth + 1), Math.max(...names.map((name) => held.get(name)!))) as Carried;
          // A configured client or a login header handed to a request (`requests.get(url, headers=headers)`).
          else if (asks && /^(?:[A-Za-z_$][\w$]*\s*[=:]\s*)?[A-Za-z_$][\w$]*$/.test(arg.trim()) && names.every((name) => held.get(name)! < CARRIES_VALUE)) argShare = CARRIES_NOTHING;
          else return;
        }
        share = Math.max(share, argShare) as Carried;
        text = text.replace(arg, ' ');
      });
      if (onClient) text = text.replace(new RegExp(`(?<![\\w$.])${escapeName(receiver!)}\\s{0,4}\\.(?=[\\w$.\\s]{0,300}\\()`, 'g'), ' ');
    }
    const logsIn = authenticates(text);
    // A word inside a plain string (`model="claude-3-haiku"`) is no use of the name.
    text = text.replace(PLAIN_STRING, '""');
    for (const name of heldIn(text)) {
      const level = held.get(name)!;
      // A member read off a client (`client.api_key`) may be the key itself.
      const readsMember = level < CARRIES_VALUE && new RegExp(`(?<![\\w$.])${escapeName(name)}\\s{0,4}\\.\\s{0,4}[A-Za-z_$]`).test(text);
      share = Math.max(share, readsMember ? CARRIES_VALUE : level === CARRIES_VALUE && logsIn ? LOGIN_VALUE : level) as Carried;
    }
    return share;
  }

  /** A function written as a value (`const run = (cmd) => …`, `run = lambda cmd: …`): its name and parameters. */
  private lambdaOf(statement: Statement): { name: string; params: string[] } | null {
    // A CommonJS export defined in place (`exports.ship = (data) => …`) defines no variable, but a function all the same.
    if (statement.defines.length === 0 && !/^(?:module\.)?exports\.[\w$]+\s*=/.test(statement.text)) return null;
    const arrow = /^(?:export\s+)?(?:const|let|var)?\s*((?:module\.)?(?:exports\.)?[\w$]+)\s*(?::[^=]{0,200})?=\s*(?:async\s+)?(?:\(([^()]{0,300})\)|([\w$]+))\s*(?::[^=]{0,100})?=>/.exec(statement.text);
    const lambda = /^([\w$]+)\s*=\s*lambda\s+([^:]{0,300}):/.exec(statement.text);
    const name = arrow?.[1] ?? lambda?.[1];
    const list = arrow ? arrow[2] ?? arrow[3] ?? '' : lambda?.[2] ?? '';
    if (!name) return null;
    const params = list.split(',').map((part) => part.trim().replace(/^(?:\.\.\.|\*{1,2})/, '').split(/[\s:=]/)[0]!).filter((part) => /^[\w$]+$/.test(part));
    return { name, params };
  }

  /** Remembers that a file (and the folder it was put in, when that is a variable) now holds secrets. */
  /** Whether a statement only looks a value up in a table the program wrote out itself (`TABLE.get(key)`, `TABLE[key]`). */
  private picksFromOwnTable(statement: Statement): boolean {
    const table = /^[A-Za-z_]\w*\s*=\s*([A-Za-z_]\w*)(?:\.get\(|\[)[^\n]{0,400}$/.exec(statement.text)?.[1];
    return table !== undefined && /^[A-Za-z_]\w*\s*=\s*\{/.test(this.definitions.get(table) ?? '') && !this.labelsOfName(table).has('socket-input');
  }

  /** The parameters of each function of the program, by name, as its first statement records them; found in one pass on first use. */
  private functionParameters: Map<string, string[]> | null = null;

  /** The parameters of the program's function of that name (the first one defined), or undefined. */
  private parametersOf(name: string): string[] | undefined {
    if (!this.functionParameters) {
      this.functionParameters = new Map();
      for (const statement of this.program.statements) {
        const inner = statement.inFunction;
        if (inner && !this.functionParameters.has(inner.name)) this.functionParameters.set(inner.name, inner.params);
      }
    }
    return this.functionParameters.get(name);
  }

  /**
   * A connection handed to one of the program's own functions (`handle(conn)`, `Thread(target=handle, args=(conn,))`):
   * inside that function the parameter is the connection, so what it reads there is what the peer sent.
   */
  private handConnection(call: Call): void {
    if (this.program.language !== 'python') return;
    const threaded = /^(?:threading\.)?Thread$/.test(call.name);
    const target = threaded ? /^target=([A-Za-z_]\w*)$/.exec(call.args.find((arg) => arg.startsWith('target=')) ?? '')?.[1] : call.name;
    const passed = threaded ? (/^args=\(([^()]{0,400})\)$/.exec(call.args.find((arg) => arg.startsWith('args=')) ?? '')?.[1] ?? '').split(',').map((arg) => arg.trim()) : call.args;
    const params = target ? this.parametersOf(target) : undefined;
    if (!params) return;
    passed.forEach((arg, index) => {
      const param = params[index];
      if (param && /^[A-Za-z_]\w*$/.test(arg) && this.labelsOfName(arg).has('client')) this.hold(param, ['client']);
    });
  }

  /** @internal */
  taintFile(written: string, found: Set<Label>): void {
    // Paths are compared with forward slashes (labelsOf reads `C:\a\b` as `C:/a/b`).
    const target = written.includes('\\') ? written.replace(/\\+/g, '/') : written;
    // A name that starts with a dash is an option (a usage line's `<VALUE> --output-file` read as a redirection), not a file a later step reads.
    if (target.length < 4 || target.startsWith('-') || /^\/dev\/(?:null|stdout|stderr)$/.test(target)) return;
    // PowerShell builds the path with a command: `(Join-Path $stage $name)` is a file in `$stage`.
    const folder = /^(\$\{?[A-Za-z_]\w*\}?)\//.exec(target)?.[1] ?? (this.program.language === 'powershell' ? /^\(?\s*Join-Path\s+(?:-Path\s+)?(\$[A-Za-z_]\w*)(?![\w:])/i.exec(target)?.[1] : undefined);
    // `$bundle` and `${bundle}` name the same file.
    const spellings = (path: string) => {
      const variable = /^\$\{?([A-Za-z_]\w*)\}?(\/?)$/.exec(path);
      return variable ? [`$${variable[1]}${variable[2]}`, `\${${variable[1]}}${variable[2]}`] : [path];
    };
    // Code a script downloads and writes to a file is a downloaded file, whichever statement runs it.
    if (found.has('fetched') && this.program.language !== 'bash') this.downloaded.add(target);
    // A secret written into what the project publishes (its site or package folder) is handed to whoever fetches it.
    // A secret written inside an address is the address readings' to judge: a browser key in its own API's script tag
    // is made to be public, a token in another host's stylesheet address is a covert channel.
    const writer = this.reading;
    if ((found.has('secret') || found.has('environment')) && writer && PUBLISHED_FOLDER.test(this.resolve(target).trim()) && !/https?:\/\//.test(writer.text)) this.publishedWrites.add(writer);
    if (writer) inspectHandedOnText(this, writer, found, target);
    for (const path of (folder ? [target, folder] : [target]).flatMap(spellings)) {
      const known = this.files.get(path) ?? new Set<Label>();
      for (const label of found) if (label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded' || label === 'covert' || label === 'hidden-bits') known.add(label);
      this.files.set(path, known);
    }
  }

  /**
   * The folder a path written out in full lies in, as a variable the statement uses holds it
   * (`out = "/tmp/bundle"` … a copy to `f"{out}/x"`, read here as `/tmp/bundle/x`).
   */
  private folderHolding(path: string, uses: readonly string[]): { name: string; folder: string } | undefined {
    for (const name of uses) {
      const folder = /^(?:[\w$]+\s{0,4}(?::[^=\n]{0,80})?=\s{0,4})?["'`]([^"'`\s$]{2,300})["'`];?$/.exec((this.definitions.get(name) ?? '').trim())?.[1]?.replace(/\/$/, '');
      // An interpolated piece arrives as `{{"/tmp/bundle"}}/x`.
      if (folder && path.replace(/\{\{"|"\}\}/g, '').replace(/^["'`]/, '').startsWith(`${folder}/`)) return { name, folder };
    }
    return undefined;
  }

  /** Code run as it was downloaded from these addresses: only a warning when they are the project's own installer. */
  private reportDownloadRun(call: Call, sources: string[]): void {
    const own = sources.length > 0 && sources.every((url) => isProjectInstaller(this, url));
    this.report('download-exec', call, own ? 'runs an install script from the project\'s own site without checking it; pin a version or verify a checksum' : 'runs code downloaded from the network without checking it', own ? 'warning' : 'error');
  }

  /** @internal */
  report(threat: ThreatClass, at: { start: number; end: number }, why: string, severity: 'error' | 'warning' = 'error'): void {
    const key = `${threat} ${at.start}`;
    if (this.reported.has(key)) {
      // An error outranks a warning given earlier for the same place.
      const earlier = this.findings.find((finding) => finding.threat === threat && finding.start === at.start);
      if (earlier && earlier.severity === 'warning' && severity === 'error') Object.assign(earlier, { severity, end: at.end, why });
      return;
    }
    if (this.findings.length >= MAX_FINDINGS) return;
    this.reported.add(key);
    this.findings.push({ threat, severity, start: at.start, end: at.end, why });
  }

  /** @internal Labels of what flows into a call: its arguments, and whatever is piped into it. */
  inflow(call: Call, statement: Statement): Set<Label> {
    // What is piped in is everything upstream in the statement, the pipeline's own members included.
    const args = this.program.language === 'bash' && call.name === 'ssh' ? call.args.map(withoutRemotePaths) : call.args;
    const found = this.labelsOf(`${call.name} ${args.join(' ')}`, statement.uses);
    for (const label of this.upstreamLabels(call, statement)) found.add(label);
    for (const label of this.loopInput(call, statement)) found.add(label);
    if (isEnvironmentDump(this, call)) found.add('environment');
    // `curl -d "$(env | base64)"`: a command inside an argument hands its output over.
    if (call.end - call.start > 2) for (const inner of this.callsWithin(call, statement)) if (isEnvironmentDump(this, inner)) found.add('environment');
    // `git commit --trailer "Build: $(fingerprint)"`: a shell function of the program run inside an argument hands over what it prints, reshaped as its body reshapes it.
    if (this.program.language === 'bash' && call.end - call.start > 2) {
      for (const inner of this.callsWithin(call, statement)) {
        if (!this.labels.has(inner.name) || this.statementsOf(inner.name).length === 0) continue;
        const printed = [...this.labelsOfName(inner.name)];
        if (!printed.includes('secret') && !printed.includes('environment')) continue;
        for (const label of printed) if (label === 'secret' || label === 'environment' || label === 'encoded') found.add(label);
      }
    }
    return found;
  }

  /** @internal What the body of `… | while read line; do …; done` works on: what was piped into the loop. */
  loopInput(call: Call, statement: Statement): Label[] {
    const reader = statement.calls.find((other) => other.pipedFrom !== null && other.start < call.start && /^(?:read|mapfile|readarray)$/.test(other.name));
    return reader ? [...this.upstreamLabels(reader, statement)].filter((label) => label !== 'client') : [];
  }

  private readonly starts = new WeakMap<Statement, Call[]>();

  /** @internal The calls nested inside a call (its `$(…)` and arguments), found by binary search over start offsets. */
  callsWithin(call: Call, statement: Statement): Call[] {
    let sorted = this.starts.get(statement);
    if (!sorted) {
      sorted = [...statement.calls].sort((a, b) => a.start - b.start);
      this.starts.set(statement, sorted);
    }
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start < call.start) low = middle + 1;
      else high = middle;
    }
    const inside: Call[] = [];
    for (let i = low; i < sorted.length && sorted[i]!.start < call.end && inside.length < 64; i++) {
      const other = sorted[i]!;
      if (other !== call && other.end <= call.end) inside.push(other);
    }
    return inside;
  }

  private readonly prefixes = new WeakMap<Statement, { ends: number[]; labels: Array<Set<Label>> }>();

  /**
   * What the commands before a piped call hold (`{ cat key; env; } | nc …`): the union of the labels of
   * every call of its statement that ends before it starts, from prefix sums so long statements stay linear.
   * @internal
   */
  upstreamLabels(call: Call, statement: Statement): Set<Label> {
    // PowerShell pipelines pass objects along: `Get-Content f | Invoke-RestMethod …` sends the file.
    const powershellPipe = this.program.language === 'powershell' && call.start > statement.start && this.whole.slice(statement.start, call.start).includes('|');
    if (!call.pipedFrom && !powershellPipe) return new Set();
    let prefix = this.prefixes.get(statement);
    if (!prefix) {
      const byEnd = [...statement.calls].sort((a, b) => a.end - b.end);
      const labels: Array<Set<Label>> = [];
      let running = new Set<Label>();
      for (const other of byEnd) {
        // A database client's connection URL logs it in; what it prints is the data, not the URL.
        const args = DATABASE_CLIENT.test(other.name) ? other.args.filter((arg) => !CONNECTION_ARGUMENT.test(arg)) : other.args;
        const own = this.labelsOf(`${other.name} ${args.join(' ')}`, statement.uses);
        for (const label of this.outputOf(other)) own.add(label);
        if (isEnvironmentDump(this, other)) own.add('environment');
        if (this.isFetch(other)) own.add('fetched');
        if ([...own].some((label) => !running.has(label))) running = new Set([...running, ...own]);
        labels.push(running);
      }
      prefix = { ends: byEnd.map((other) => other.end), labels };
      this.prefixes.set(statement, prefix);
    }
    let low = 0;
    let high = prefix.ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (prefix.ends[middle]! <= call.start) low = middle + 1;
      else high = middle;
    }
    const found = low === 0 ? new Set<Label>() : new Set(prefix.labels[low - 1]);
    // A here-string or here-document feeds the call what it spells out (`curl -d @- <<< "$TOKEN"`), as a pipe would; one
    // fed to a remote shell is the script it runs there, and one that is a login header logs in.
    const fed = call.pipedFrom;
    if (fed && !statement.calls.includes(fed) && !/^(?:ssh|sshpass|autossh)$/.test(call.name)) {
      const text = fed.args.join(' ');
      for (const label of this.labelsOf(text, statement.uses)) if (label !== 'secret' || !authenticates(text)) found.add(label);
    }
    return found;
  }

  /** What a shell function prints: the data its commands hold (`snapshot() { env; }; snapshot | curl …`). */
  private outputOf(call: Call): Label[] {
    if (this.program.language !== 'bash') return [];
    // A script of the skill run here (`python3 scripts/collect.py`): what it prints is what this command puts out.
    const script = this.context.scriptOutput ? this.skillScriptRun(call) : null;
    const printed = script ? [...this.context.scriptOutput!(script)] : [];
    if (!this.labels.has(call.name)) return printed;
    return [...printed, ...[...this.labelsOfName(call.name)].filter((label) => label === 'secret' || label === 'environment' || label === 'fetched' || label === 'decoded')];
  }

  /** The path of a script file a command runs (`python3 x.py`, `bash x.sh`, `./x.sh`, `node x.mjs`), as written. */
  private skillScriptRun(call: Call): string | null {
    const effective = this.effective(call);
    if (/\.(?:py|sh|bash|js|mjs|cjs|ts|rb|pl|ps1)$/.test(effective.name) && (effective.path ?? '').length > 0) return effective.path!;
    if (!/^(?:python\d?(?:\.\d+)?|bash|sh|zsh|node|deno|bun|ruby|perl|pwsh|uv|tsx)$/.test(effective.name)) return null;
    const script = effective.args.find((arg) => !arg.startsWith('-') && arg !== 'run');
    return script && /\.(?:py|sh|bash|js|mjs|cjs|ts|rb|pl|ps1)$/.test(script) ? script : null;
  }

  /** @internal Whether a call writes its arguments to standard output (`echo`, `print`, `console.log`, `Write-Output`). */
  printsArguments(call: Call, statement: Statement): boolean {
    return this.program.language === 'bash'
      ? statement.writes.length === 0 && /^(?:echo|printf)$/.test(call.name) && !call.args.some((arg) => /^>/.test(arg))
      : /^(?:print|pprint|sys\.stdout\.write|console\.log|console\.info|process\.stdout\.write|write-output|write-host|echo|puts|fmt\.Print(?:ln|f)?)$/i.test(call.name);
  }

  /**
   * A secret written into an image's metadata (a PNG text chunk, a JPEG comment, EXIF or XMP tags): nobody
   * looks there, and the image carries it wherever it is committed, published or sent.
   * @internal
   */
  readonly metadataWrites: Call[] = [];
  /**
   * The same for a document's or a font's own properties (a PDF's keywords, a Word file's comments, a font's name
   * table) and for a secret drawn as a QR code, each with what it does.
   * @internal
   */
  readonly hiddenInFileWrites: { at: { start: number; end: number }; why: string }[] = [];

  /**
   * A CI secret reshaped (hex, Base64, XOR, reversed) and printed by a script the pipeline runs: log masking
   * only hides the secret as it is, so the reshaped one stays readable in the run's log.
   * @internal
   */
  ciSecretNamed: boolean | null = null;

  private isExecution(call: Call): boolean {
    const name = call.name.toLowerCase();
    if (this.program.language === 'bash') {
      if (name === 'eval' || name === 'source' || name === '.') return true;
      if (STDIN_INTERPRETERS.has(name) || name === 'sudo' || name === 'env' || name === 'xargs') return true;
      // `$code` alone on a line runs the command the variable holds; a function whose body is an interpreter reading its input is that interpreter.
      const held = /^\$\{?([A-Za-z_]\w{0,100})\}?$/.exec(call.name);
      if (held && [...this.labelsOfName(held[1]!)].some((label) => label === 'decoded' || label === 'fetched')) return true;
      if (runsItsInput(this, call.name)) return true;
      // `timeout 10 bash -c …`, `nohup sh -c …`: the wrapper runs an interpreter.
      if (/^(?:timeout|nohup|nice|setsid)$/.test(name)) {
        const wrapped = this.effective(call).name.toLowerCase();
        return wrapped !== name && (STDIN_INTERPRETERS.has(wrapped) || wrapped === 'eval');
      }
      return false;
    }
    // `& (Get-Alias $r) …` with `$r = 'i' + 'e' + 'x'`: the evaluator looked up by a name kept elsewhere.
    if (this.program.language === 'powershell' && /^\((?:get-alias|gal|get-command|gcm)\s/.test(name) && /\b(?:iex|invoke-expression)\b/i.test(formatted(this.resolve(call.name)))) return true;
    // `& "$env:TEMP\s.ps1"`, `& $path`: a script or program run by its path.
    if (this.program.language === 'powershell' && /\.(?:ps1|exe|bat|cmd|vbs|com|scr)["']?$/i.test(name)) return true;
    // `& $path`, `. $path`: the call operators run the script or program a variable names; `Import-Module` runs the module's code.
    if (this.program.language === 'powershell') return /^(?:iex|invoke-expression|invoke-command|start-process|add-type|powershell|pwsh|cmd|&|import-module|ipmo)$/.test(name) || /^\$[\w:]{1,100}$/.test(call.name) || /Reflection\.Assembly\]?(?:::|\.)(?:load|loadfrom|loadfile|unsafeloadfrom)$/i.test(call.name) || /\.(?:Create|Invoke|InvokeScript|AddScript)$/i.test(call.name) || this.executors.has(name.replace(/^[&.]?\s*\$/, ''));
    // A timer given a function runs that function; only a string handed to it is evaluated as code. Its later
    // arguments are a delay and the callback's arguments, so a name that holds nothing downloaded or decoded
    // (`setTimeout(done, retryAfter)`) is a callback, whatever the delay was read from.
    const timerCallback = call.args[0] ?? '';
    if (/^(?:(?:window|globalThis|self)\.)?(?:setTimeout|setInterval)$/.test(call.name) && (FUNCTION_LITERAL.test(timerCallback) || (/^[\w$]{1,60}$/.test(timerCallback) && this.labelsOfName(timerCallback).size === 0))) return false;
    return CODE_EXEC.test(call.name) || JS_PROCESS_CALL.test(call.name) || this.executors.has(call.name.replace(/^\$/, '').toLowerCase()) || /^\(\s*0\s*,\s*(?:eval|Function)\s*\)$|^(?:globalThis|window|global|self|this)\.(?:eval|Function)$|^(?:globalThis|window|global|self|this|builtins|__builtins__|vm)\[["'`](?:eval|Function|exec|execSync|runInThisContext|runInNewContext)["'`]\]$/.test(call.name) || (this.program.language === 'python' && PYTHON_EVALUATOR_LOOKUP.test(call.name)) || /^\$?\w+\(.*\)$/.test(call.name) && this.executors.has(call.name.replace(/^\$/, '').split('(')[0]!.toLowerCase());
  }

  /**
   * What a PowerShell started with `-EncodedCommand` (directly, or through `Start-Process`, `subprocess`,
   * `spawn`) is given: a blob no reviewer can read (`hidden`), a command this program encodes itself from
   * readable text that fetches or hides code (`hostile`), or one that is harmless once read (null).
   */
  private encodedCommand(name: string, args: string[], spawned: { name: string; args: string } | null): 'hidden' | 'hostile' | null {
    const isPowerShell = (program: string) => /^(?:.*[\\/])?(?:powershell|pwsh)(?:\.exe)?$/i.test(program);
    const words = isPowerShell(name) ? args : spawned && isPowerShell(spawned.name) ? spawned.args.split(' ') : [];
    const flag = words.findIndex((word) => /^-(?:e|en|enc|enco|encodedcommand|ec)$/i.test(word));
    if (flag === -1) return null;
    const value = words[flag + 1] ?? '';
    const resolved = this.resolve(value);
    // Encoded here from text the program holds (`[Convert]::ToBase64String(…GetBytes($cmd))`): the text is what runs.
    if (/ToBase64String|b64encode|btoa\(|toString\(\s*["']base64["']\s*\)/.test(resolved) && !/[A-Za-z0-9+/]{40,}={0,2}/.test(resolved)) return HOSTILE_PAYLOAD.test(resolved) || /\b(?:iex|Invoke-Expression|irm|iwr|Invoke-RestMethod|Invoke-WebRequest|Start-BitsTransfer)\b/i.test(resolved) ? 'hostile' : null;
    return 'hidden';
  }

  /** @internal For a shell command run through `sudo`/`env`/`xargs`, the program actually started and its arguments. */
  effective(call: Call): { name: string; args: string[]; path?: string } {
    let name = call.name;
    let args = call.args;
    let path = call.path;
    for (let hops = 0; hops < 4 && /^(?:kubectl|docker|podman|nerdctl|timeout|watch|strace|chroot|nsenter|runuser|unshare|firejail|flatpak-spawn|npx|uv)$/.test(name) && args.includes('--'); hops++) {
      const rest = args.slice(args.indexOf('--') + 1);
      if (rest.length === 0) break;
      path = rest[0]!.includes('/') ? rest[0] : undefined;
      name = rest[0]!.replace(/^.*\//, '');
      args = rest.slice(1);
    }
    // `timeout [-s SIG] [-k T] 10 cmd …` runs the command after its duration.
    if (name === 'timeout' && !args.includes('--')) {
      let index = 0;
      while (index < args.length && args[index]!.startsWith('-')) index += /^-[sk]$|^--(?:signal|kill-after)$/.test(args[index]!) ? 2 : 1;
      if (index + 1 < args.length && /^(?:[\d.]+[smhd]?|\$\{?\w+\}?)$/.test(args[index]!)) {
        path = args[index + 1]!.includes('/') ? args[index + 1] : undefined;
        name = args[index + 1]!.replace(/^.*\//, '');
        args = args.slice(index + 2);
      }
    }
    for (let hops = 0; hops < 4 && /^(?:sudo|env|xargs|nohup|exec|command|time|doas|nice|setsid)$/.test(name); hops++) {
      const index = args.findIndex((arg) => !arg.startsWith('-') && !/^\w+=/.test(arg) && !/^[0-9]+$/.test(arg));
      if (index === -1) break;
      path = args[index]!.includes('/') ? args[index] : undefined;
      name = args[index]!.replace(/^.*\//, '');
      args = args.slice(index + 1);
    }
    return { name, args, ...(path ? { path } : {}) };
  }

  private inspect(statement: Statement): void {
    const text = statement.text;
    inspectTemplateSlots(this, statement);
    inspectClientConfigHeader(this, statement);
    inspectClientDefaultHeader(this, statement);
    inspectTestRunnerReport(this, statement);
    inspectDocumentProperties(this, statement);
    inspectScanJobDeletion(this, statement);
    inspectSpanAttributes(this, statement);
    inspectTelemetryContext(this, statement);
    inspectEmittedFileNames(this, statement);
    inspectTelemetryEvent(this, statement);
    inspectResourceLabelAssignment(this, statement);
    inspectPreloadedDownload(this, statement);
    inspectCharacterCodeCommand(this, statement);
    inspectPipTrustInEnvironment(this, statement);
    inspectSentPackageSetting(this, statement);
    for (const call of statement.calls) {
      const flow = this.inflow(call, statement);
      const effective = this.program.language === 'bash' ? this.effective(call) : { name: call.name, args: call.args };
      const spawned = this.spawnedCommand(call);
      // A program started only to print a credential it stores (`["gh", "auth", "token"]`) reads it; it sends nothing.
      const printsStoredCredential = spawned !== null && STORED_CREDENTIAL_PRINTER.test(`${spawned.name} ${spawned.args}`.replace(/["',[\]]/g, ' ').trim());
      const network = !printsStoredCredential && (this.isNetwork(call) || (effective.name !== call.name && this.isNetwork({ ...call, name: effective.name, args: effective.args })) || (spawned !== null && SHELL_NETWORK.has(spawned.name)));
      const name = effective.name.toLowerCase();
      inspectRenderedLink(this, call, statement);
      inspectHiddenBits(this, call, statement);
      inspectImageMetadata(this, call, statement);
      inspectCommitMessageHook(this, call, statement);
      inspectCiLogPrint(this, call, statement);
      inspectNameAnnouncement(this, call, statement);
      inspectPingPayload(this, call, statement);
      inspectImageLabel(this, call, statement);
      inspectAgentSocketRelay(this, call);
      inspectSyncedName(this, call, statement);
      inspectQrCode(this, call, statement);
      inspectEncodedLookups(this, call, statement);
      inspectSharedRecordFields(this, call, statement);
      inspectArchiveComment(this, call, statement);
      inspectScanRemoval(this, call, statement);
      inspectFetchedLoader(this, call, statement);
      inspectScriptUrlLauncher(this, call);
      // Data posted to an address the code decodes as it runs: no reviewer can read where it goes.
      if (network && this.program.language === 'bash' && effective.args.some((arg, at) => DATA_FLAG.test(effective.args[at - 1] ?? '')) && effective.args.some((arg) => /^["']?\$\{?[A-Za-z_]/.test(arg) && this.labelsOf(arg, statement.uses).has('decoded'))) {
        this.report('exfiltration', call, 'sends data to an address it decodes as it runs, so nobody reviewing the skill can see where the data goes');
      }
      if (this.program.language === 'bash' && showsFile(effective)) for (const path of this.downloaded) if (effective.args.some((arg) => sameFile(arg, path))) this.shownDownloads.add(path);
      // A manifest a script rewrites with a secret in it (`pkg.version = …token…`), published by another step of the skill.
      if (this.context.publishes && this.program.language !== 'bash' && /(?:^|\.)(?:writeFileSync|writeFile|write_text|WriteAllText|dump)$/.test(call.name)) {
        // A serialiser writes its first argument into the file opened as its second (`json.dump(data, open("package.json", "w"))`).
        const dumped = /(?:^|\.)dump$/.test(call.name);
        const target = (dumped ? OPENED_FOR_WRITING.exec(call.args.slice(1).join(' '))?.[1] ?? '' : /write_text$/.test(call.name) ? this.resolve(call.name.slice(0, -'.write_text'.length)) : call.args[0] ?? '').replace(/["'`]/g, '');
        const carried = this.labelsOf(dumped ? call.args[0] ?? '' : call.args.slice(/write_text$/.test(call.name) ? 0 : 1).join(' '), statement.uses);
        if (MANIFEST_FILE.test(target.trim()) && (carried.has('secret') || carried.has('environment'))) this.report('covert-channel', call, 'writes a secret into the package manifest that another step of the skill publishes, where anyone can read it');
      }

      // A dump of the database sent to an address the skill itself fixes: the user's data goes to whoever holds that address.
      if (network && this.program.language === 'bash' && this.databaseDumps.size > 0 && !flow.has('secret') && !flow.has('environment') && [...this.databaseDumps].some((path) => effective.args.some((arg) => sameFile(arg, path)))) {
        const fixed = urlsIn(this.resolve(effective.args.join(' '))).some((url) => /^\w+:\/\/[\w-]/.test(url) && !isLoopbackUrl(url));
        if (fixed) this.report('exfiltration', call, 'sends a dump of the database to an address the skill fixes, out of the user\'s hands');
      }
      // A login header kept in a variable (`headers = {"Authorization": …}`) and handed to a request for another service's host.
      if (network && flow.has('auth') && logsInToAnotherService(this, call)) this.report('exfiltration', call, 'logs in with a service\'s credential at a host that is none of that service\'s, handing the credential to whoever runs it');
      if (network && sendsDatabaseDump(this, call, effective)) this.report('exfiltration', call, 'streams a dump of the database to an address the skill fixes, out of the user\'s hands');
      if (network && (flow.has('secret') || flow.has('environment')) && !onlyAuthenticates(this, call, statement) && !sentToHostStoredWith(this, call, statement) && !requestsStoredAddress(this, call, statement) && !staysOnThisMachine(this, effective.args) && !copiesWithinOneBucket(this, effective) && !checksIncomingLogin(this, statement, flow)) {
        const dns = DNS_COMMANDS.has(name) || /gethostbyname|getaddrinfo|\.resolve\w*$|\.lookup$/.test(call.name) || (/^\w+\.query$/.test(call.name) && /\bResolver\(/.test(this.definitions.get(call.name.slice(0, call.name.indexOf('.'))) ?? ''));
        const ping = (name === 'ping' && effective.args.includes('-p')) || (spawned?.name === 'ping' && spawned.args.split(' ').includes('-p')) || (/\.send(?:async)?$/i.test(call.name) && /NetworkInformation\.Ping\b/i.test(this.definitions.get(call.name.slice(0, call.name.lastIndexOf('.')).replace(/^\$/, '')) ?? ''));
        // A log line sent to a remote collector (`logger -n host`), a comment, issue or release posted through an API client.
        const logged = name === 'logger';
        // The word stands on its own in the name (`create_comment`, `createIssue`), not inside another (`checkRegistry`, `getPreview`).
        const posted = this.program.language !== 'bash' && POSTING_CALL.test(call.name);
        // Secrets packed into the fields of a hand-built packet (`struct.pack(…) + key` sent as a datagram).
        const packed = PACKET_BUILDER.test(text);
        const header = effective.args.some((arg, index) => (/^(?:-H|--header|-Headers|-A|--user-agent|-UserAgent|-b|--cookie|-e|--referer)$/i.test(effective.args[index - 1] ?? '') || /^[\w-]{2,40}:\s/.test(arg) || /user-agent|cookie/i.test(arg)) && [...this.labelsOf(arg, statement.uses)].some((label) => label === 'secret' || label === 'environment') && !AUTH_CONTEXT.test(arg) && !passesIncomingLoginOn(this, arg));
        const image = [...this.files].some(([path, labels]) => /\.(?:png|jpe?g|gif|bmp|webp|ico|svg|tiff?)$/i.test(path) && labels.size > 0 && effective.args.some((arg) => arg.includes(path)));
        // A packet built by hand (`IP(dst=…)/ICMP()/Raw(load=…)`), an issue or pull-request comment.
        const query = effective.args.some((arg) => encodedIntoUrl(arg, this.labelsOf(arg, statement.uses)));
        const crafted = /\bICMP\b|\bRaw\(|\bDNSQR\(/.test(call.args.join(' ')) || (name === 'gh' && /^(?:issue|pr)$/.test(effective.args[0] ?? ''));
        // Secrets in the attributes of a published message (`topic.publishMessage({ data, attributes: { cfg } })`), beside a payload that looks harmless.
        const attributes = MESSAGE_PUBLISH.test(call.name) && effective.args.some((arg) => secretInMessageAttributes(this, arg, statement));
        if (dns || ping || logged || posted || packed || header || image || crafted || query || attributes || flow.has('covert')) this.report('covert-channel', call, dns ? 'puts secrets or the environment into DNS lookups, which carry data out past most firewalls' : ping ? 'hides secrets in the payload of ping packets' : attributes ? 'hides secrets in the attributes of the messages it publishes, metadata beside a payload that looks harmless' : logged ? 'ships secrets off the machine inside log lines' : posted ? 'posts secrets in a comment, issue or release where others read them' : packed ? 'packs secrets into the fields of a hand-built network packet' : image ? 'hides secrets inside an image and uploads it' : query ? 'encodes secrets into the address of a request, where they leave looking like an ordinary parameter' : 'hides secrets in request headers, metadata or packet fields sent off the machine');
        else this.report('exfiltration', call, flow.has('environment') ? 'sends the environment variables off the machine' : 'sends credentials or private files off the machine');
      }
      if (this.isExecution(call) || (spawned && STDIN_INTERPRETERS.has(spawned.name))) {
        const piped = call.pipedFrom !== null && readsProgramFromStdin(this, call);
        // What a pipe or a here-string feeds the interpreter (`echo "$code" | sh`, `sh <<< "$code"`).
        const fed = new Set<Label>();
        if (piped) for (const source of chain(call)) for (const label of this.labelsOf(source.args.join(' '), statement.uses)) fed.add(label);
        const inner = call.end - call.start > 2 ? this.callsWithin(call, statement) : [];
        // An inline program (`python3 -c '…'`) is read as code of its own; a decoder in it is not run here.
        const inline = /^(?:python\d?(?:\.\d+)?|perl|ruby|node|php|pwsh|powershell)$/.test(name) ? effective.args.findIndex((arg) => /^-(?:c|e|Command)$/.test(arg)) : -1;
        // `-EncodedCommand` is judged by what it is given, below.
        // An interpreter given a script runs the script; the arguments after it are the script's data (`python3 fuzz.py seeds.txt`).
        // `-` names standard input (a here-document) as the program: what follows it is data too.
        const script = inline === -1 && /^(?:python\d?(?:\.\d+)?|perl|ruby|node|php|(?:ba|z|da|k)?sh)$/.test(name) ? effective.args.findIndex((arg) => arg === '-' || (!arg.startsWith('-') && !arg.startsWith('>') && !arg.startsWith('<'))) : -1;
        const running = script !== -1 ? [effective.name, ...effective.args.slice(0, script + 1)] : [call.name, ...(inline === -1 ? call.args : effective.args.filter((_, index) => index !== inline + 1))];
        const own = this.labelsOf(running.filter((arg) => !/^-EncodedCommand$/i.test(arg)).join(' '), statement.uses);
        if (inner.some((other) => this.decodes(other)) || inner.some(decodesInCode)) own.add('decoded');
        // An inline program held in a variable (`powershell -Command $p`) is whatever the variable holds.
        const inlineHeld = inline !== -1 ? /^\$\{?([A-Za-z_][\w:]{0,100})\}?$/.exec(effective.args[inline + 1] ?? '') : null;
        if (inlineHeld && this.labelsOfName(this.program.language === 'powershell' ? inlineHeld[1]!.toLowerCase() : inlineHeld[1]!).has('decoded')) own.add('decoded');
        // Code run inside the callback of a download (`https.get(url, (r) => … new Function(body) …)`) runs what was downloaded.
        const inCallback = this.program.language !== 'bash' && this.program.language !== 'powershell' && call.args.some((arg) => !/^["'`]/.test(arg) && /[A-Za-z_$]/.test(arg)) && statement.calls.some((other) => other !== call && other.start < call.start && other.end >= call.end && this.isFetch(other));
        // A downloaded script held in a variable and piped into `Invoke-Expression` (`$s | iex`).
        const pipesIntoExpression = this.program.language === 'powershell' && /^(?:iex|invoke-expression)$/.test(name) && call.args.length === 0 && /\|\s*(?:iex|invoke-expression)\b/i.test(text);
        const pipesDownloadIntoExpression = pipesIntoExpression && this.labelsOf(text, statement.uses).has('fetched');
        if (pipesIntoExpression && this.labelsOf(text, statement.uses).has('decoded')) fed.add('decoded');
        // In command mode PowerShell reads `iex (New-Object Net.WebClient).DownloadString('…')` as arguments, not a call.
        const fetched = flow.has('fetched') || inCallback || (this.program.language === 'powershell' && call.args.some((arg) => /\.(?:DownloadString|DownloadData|GetStringAsync|GetByteArrayAsync)\b|^\(\s*(?:iwr|irm|invoke-webrequest|invoke-restmethod|curl|wget)\b/i.test(arg))) || (piped && chain(call).some((source) => this.isFetch(source))) || pipesDownloadIntoExpression || inner.some((other) => this.isFetch(other)) || fed.has('fetched');
        // A program that only places a file (`sudo install -m 755 tool /usr/local/bin/`) does not run the file it is given.
        const runsPath = (path: string) => call.name.replace(/^["']|["']$/g, '').toLowerCase() === path.replace(/^["']|["']$/g, '').toLowerCase() || (!PLACES_FILES.test(effective.name) && effective.args.some((arg) => arg === path || arg.endsWith(`/${path.replace(/^\.\//, '')}`) || (/^[\w$]+$/.test(path) && new RegExp(`(?:^|[^\\w$])${escapeName(path)}(?![\\w$])`).test(arg)))) || call.name === path || call.name.endsWith(`/${path}`);
        const runsDownload = [...this.downloaded].some((path) => !this.inherited.has(path) && !this.allowedDownloads.has(path) && runsPath(path));
        const runsEarlierDownload = !runsDownload && [...this.inherited].some(runsPath);
        if (runsEarlierDownload && !allowedFetch(this, text)) this.report('download-exec', call, 'runs a script an earlier step downloaded; make sure it was reviewed or checked first', 'warning');
        if ((fetched && (piped || !this.program.language.startsWith('bash') || /\$\(|<\(/.test(effective.args.join(' ')) || name === 'eval' || name === 'source' || name === '.' || (/-c$/.test(effective.args[0] ?? '') && inlineProgramRunsFetched(this, effective.args[1] ?? '', statement)))) || runsDownload) {
          if (!allowedFetch(this, text)) {
            // A saved download is run by its file name; where it came from is said where it was fetched.
            const sources = urlsIn(text).length > 0 || !runsDownload ? urlsIn(text) : urlsIn(this.whole);
            const ranPaths = [...this.downloaded].filter((path) => !this.inherited.has(path) && !this.allowedDownloads.has(path) && runsPath(path));
            const shown = runsDownload && ranPaths.every((path) => this.shownDownloads.has(path)) && sources.length > 0 && sources.every(servedByNamedHost);
            // A saved download the program checks against a checksum before it is run (`Get-FileHash`, `hashlib.sha256(…) != expected`).
            // Only a file is checked that way: the run is given the saved file's name, written out (`["unzip", "tool.zip"]`), not code held in a variable.
            const namesSavedFile = runsDownload || (call.args.length > 0 && !/[A-Za-z_$]/.test(call.args.join(' ').replace(/"[^"\n]{0,400}"|'[^'\n]{0,400}'/g, '').replace(/\b\w{1,40}=(?:True|False|\d{1,6})\b/g, '')));
            const verified = namesSavedFile && !piped && !inner.some((other) => this.isFetch(other)) && VERIFIES_DOWNLOAD.test(this.guards);
            if (shown) this.report('download-exec', call, SHOWN_DOWNLOAD_RUN, 'warning');
            else if (verified) this.report('download-exec', call, 'runs a program downloaded from the network; make sure the checksum check covers it', 'warning');
            else this.reportDownloadRun(call, sources);
          }
        } else if (own.has('decoded') || own.has('hidden') || fed.has('decoded') || (piped && [...chain(call), ...statement.calls.filter((other) => other.end <= call.start)].some((source) => this.decodes(source) || DECODER.test(`${source.name} ${source.args.join(' ')}`)))) {
          this.report('obfuscated-exec', call, flow.has('hidden') && !flow.has('decoded') ? 'runs code from a hidden file, out of a reviewer\'s sight' : 'decodes hidden code and runs it, so nobody reviewing the skill can read what it does');
        } else if (flow.has('socket-input')) {
          this.report('reverse-shell', call, 'runs commands received over a network connection: a remote shell');
        }
      }
      // Secrets that decide how long to wait between requests leave through their timing.
      const pauseHelper = this.pauseHelpers.get(call.name);
      if ((PAUSE.test(call.name) || pauseHelper !== undefined) && call.args.length > 0 && sendsAnything(this)) {
        // PowerShell names the length with its unit (`Start-Sleep -Milliseconds (100 + $b)`): the value is what follows.
        const length = pauseHelper !== undefined ? call.args[pauseHelper] ?? '' : /^setTimeout$/i.test(call.name) ? call.args.at(-1)! : this.program.language === 'powershell' ? call.args.filter((arg) => !/^-[A-Za-z]/.test(arg)).join(' ') : call.args[0]!;
        // A helper that pauses for the time it is given (`const wait = (ms) => new Promise((r) => setTimeout(r, ms))`) is itself a pause.
        const fn = statement.inFunction ?? this.lambdaOf(statement);
        const lengthWords: string[] = length.match(/[A-Za-z_$][\w$]*/g) ?? [];
        // (Also one that hands that time on to such a helper: `def pause(s): nap(s)`.)
        if (fn && fn.name !== call.name && !this.pauseHelpers.has(fn.name)) {
          const param = fn.params.findIndex((name) => lengthWords.includes(name));
          if (param !== -1) this.pauseHelpers.set(fn.name, param);
        }
        const delay = this.labelsOf(length, statement.uses);
        if (pausePickedBySecret(this, statement, text) || delay.has('secret') || delay.has('environment') || lengthWords.some((word) => this.chosenBySecret.has(word) && statement.uses.includes(word))) this.report('covert-channel', call, 'waits for a time that depends on a secret between network requests, sending the secret through the timing of the traffic');
      }
      const callee = call.name.replace(/^[&.]?\s*\$/, '').toLowerCase();
      const calleeName = this.program.language === 'powershell' ? callee : call.name.replace(/^\$/, '');
      const looksUp = /getattr|__import__|Get-Command|globals\(\)|Reflect\.get|\bwindow\[|\bglobalThis\[|\s-f\s|import_module|\bconstructor\b/.test(this.definitions.get(calleeName) ?? '');
      const importedFile = this.program.language === 'python' && /^(?:importlib\.import_module|__import__)$/.test(call.name) ? (call.args[0] ?? '').replace(/^["']|["']$/g, '') : '';
      // A module loaded from a file by its path (`spec_from_file_location(name, path)`, `SourceFileLoader(name, path)`).
      const loadsFile = this.program.language === 'python' && /^(?:importlib\.util\.spec_from_file_location|importlib\.machinery\.SourceFileLoader|SourceFileLoader|spec_from_file_location|imp\.load_source)$/.test(call.name) && ([...this.downloaded].some((path) => call.args[1] === path || call.args[1] === path.replace(/^["']|["']$/g, '')) || this.labelsOfName(call.args[1] ?? '').has('fetched'));
      const importsDownload = /^[\w.]{1,100}$/.test(importedFile) && [...this.files].some(([path, held]) => held.has('fetched') && path.replace(/^["']|["']$/g, '').endsWith(`/${importedFile.replace(/\./g, '/')}.py`));
      // A downloaded archive or folder put on the import path (`sys.path.insert(0, path)`, `zipimport.zipimporter(path)`): the next import runs it.
      const onImportPath = this.program.language === 'python' && /^(?:sys\.path\.(?:insert|append|extend)|site\.addsitedir|zipimport\.zipimporter)$/.test(call.name) && this.labelsOf(call.args.join(' '), statement.uses).has('fetched');
      if ((/^(?:import|require|importlib\.import_module|__import__|runpy\.run_path)$/.test(call.name) && this.labelsOf(call.args.join(' '), statement.uses).has('fetched')) || importsDownload || onImportPath || loadsFile) {
        this.report('download-exec', call, 'loads code it downloaded, without checking it');
      }
      if ((looksUp && this.labelsOfName(calleeName).has('decoded')) || (/^(?:require|import|register|module\.register|__import__|importlib\.import_module|getattr|Reflect\.get)$/.test(call.name) && this.labelsOf(call.args.join(' '), statement.uses).has('decoded'))) {
        this.report('obfuscated-exec', call, 'calls something whose name is decoded at run time, hiding what actually runs');
      }
      if (/^(?:perl|ruby|php|lua|node|python\d?|awk|gawk)$/.test(name) && effective.args.some((arg) => EXEC_WORD.test(arg) && DECODER.test(arg))) {
        this.report('obfuscated-exec', call, 'decodes hidden code and runs it, so nobody reviewing the skill can read what it does');
      }
      const installsFromUrl = runsUrl(this, name, effective.args) || (spawned !== null && runsUrl(this, spawned.name, spawned.args.split(' ')));
      // The command as started: its own arguments, or those of the command it spawns when they name the address.
      const installLine = urlsIn(effective.args.join(' ')).length === 0 && spawned !== null ? spawned.args : effective.args.join(' ');
      if (installsFromUrl && !allowedFetch(this, installLine)) {
        const own = urlsIn(installLine).every((url) => isProjectInstaller(this, url) || /^https:\/\/(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(url));
        this.report('download-exec', call, own ? 'installs or runs code straight from a URL instead of a registry; pin a version and check it' : 'runs or installs code straight from a URL, bypassing any registry or review', own ? 'warning' : 'error');
      }
      const encoded = this.program.language !== 'bash' ? this.encodedCommand(name, effective.args, spawned) : null;
      if (encoded === 'hidden') this.report('obfuscated-exec', call, 'runs a Base64-encoded PowerShell command that a reviewer cannot read');
      else if (encoded === 'hostile') this.report('obfuscated-exec', call, 'encodes a command that fetches or hides code and runs it as an encoded PowerShell command, out of sight of logs and reviewers');
      if (this.program.language === 'bash' && /^(?:pwsh|powershell)(?:\.exe)?$/.test(name) && effective.args.some((arg) => /^-(?:e|en|enc|encodedcommand|ec)$/i.test(arg))) {
        this.report('obfuscated-exec', call, 'runs a Base64-encoded PowerShell command that a reviewer cannot read');
      }
      if (name === 'git' && effective.args.includes('config') && effective.args.some((arg) => /^gpg(?:\.\w+)?\.program$/.test(arg))) {
        const program = homeRelative(effective.args.at(-1) ?? '');
        if (/^(?:\/(?:usr\/)?bin\/)?(?:true|echo|cat|:)$/.test(program) || [...this.written].some((path) => homeRelative(path) === program)) this.report('security-tampering', call, 'replaces the signing program with one the skill wrote, so commits look signed without a real signature');
      }
      // Git's own options come before its command (`git -C repo commit …`, `git -c user.name=x push`).
      // Git started from a script (`subprocess.run(["git", "-C", work, "add", …])`) stages, commits and pushes the same way.
      const git = name === 'git' ? effective.args : this.program.language !== 'bash' && spawned?.name === 'git' ? spawned.args.split(' ') : null;
      const gitArgs = git ? afterGitOptions(git) : effective.args;
      // Started from code, a push another rule of the program already reported is not reported twice.
      const gitSeenFromCode = git !== null && name !== 'git' && this.findings.some((finding) => finding.threat === 'exfiltration' || finding.threat === 'covert-channel');
      // The work tree a `git -C folder …` acts on: files written below it are its files.
      const gitFolderAt = git ? git.findIndex((arg) => /^-C(?:\/|$)/.test(arg)) : -1;
      const gitFolder = gitFolderAt === -1 ? '' : (git![gitFolderAt] === '-C' ? git![gitFolderAt + 1] ?? '' : git![gitFolderAt]!.slice(2)).replace(/^["']|["']$/g, '').replace(/^\.$|\/+$/, '');
      // A trailer made from a secret is written into a commit message, which travels with every push.
      if (name === 'git' && gitArgs[0] === 'interpret-trailers' && [...this.labelsOf(statement.text, statement.uses)].some((label) => label === 'secret' || label === 'environment')) this.report('covert-channel', call, 'adds a trailer made from a secret to a commit message, which travels with every push');
      // Commit and tag messages, notes and branch names all travel with a push.
      if (git && /^(?:commit|tag|notes|branch|checkout|switch)$/.test(gitArgs[0] ?? '') && (flow.has('secret') || flow.has('environment') || (gitArgs[0] === 'commit' && this.stagedSecret) || stampedBySecret(this, call, statement) || messageFromInputCarriesSecret(this, gitArgs, statement))) {
        this.committedSecret = true;
        // Pushed by another step of the skill (`python3 trailer.py` then `git push`): the commit is where the secret goes in.
        if (this.context.pushes && !this.wholeHas(/\bpush\b/) && !gitSeenFromCode) this.report('covert-channel', call, 'puts secrets into a commit, tag or branch name that another step of the skill pushes to a remote repository');
        // Encoded first, the secret is disguised as an opaque trailer or id; a commit or tag is made to be shared, though no step here pushes it.
        else if (!this.context.pushes && !this.wholeHas(/\bpush\b/) && (flow.has('encoded') || encodes(gitArgs.join(' '))) && (flow.has('secret') || flow.has('environment')) && !gitSeenFromCode) this.report('covert-channel', call, 'encodes secrets into a commit or tag message, disguised as an opaque id that travels with the history wherever it is pushed or shared');
      }
      // A release or deploy named after an encoded secret (`sentry-cli releases new "app@1.2+$(base64 .env)"`): the
      // service shows the name to everyone who sees its releases, disguised as a build id.
      if (effective.args.some((arg) => /^(?:releases?|deploys?)$/.test(arg)) && effective.args.some((arg) => /^(?:new|create|deploys)$/.test(arg)) && (flow.has('encoded') || encodes(effective.args.join(' '))) && (flow.has('secret') || flow.has('environment'))) this.report('covert-channel', call, 'names a release or deploy after an encoded secret, disguised as a build id that the service shows to everyone who sees its releases');
      // Staging everything, or a file, after secrets were copied into the working tree.
      if (git && gitArgs[0] === 'add' && (flow.has('secret') || flow.has('environment') || (git.some((arg) => /^(?:-A|--all|\.|\*|:\/)$/.test(arg)) && [...this.files].some(([path, labels]) => (gitFolder ? path.replace(/^(?:pathlib\.)?Path\((\w{1,100})\)\//, '$1/').startsWith(`${gitFolder}/`) : !/^(?:\/|~|\$|[A-Za-z]:)/.test(path) || insideFolder(this, path)) && (labels.has('secret') || labels.has('environment'))) || gitArgs.slice(1).some((arg) => [...this.files].some(([path, labels]) => (labels.has('secret') || labels.has('environment')) && sameFileName(arg, path)))))) this.stagedSecret = true;
      if (name === 'git' && gitArgs[0] === 'init') this.emptyRepository = true;
      // Approved by the skill itself, then merged with admin rights: branch protection's required review is nobody's.
      if (name === 'gh' && effective.args[0] === 'pr' && effective.args[1] === 'merge' && effective.args.includes('--admin') && this.context.approvesReviews) this.report('agent-manipulation', call, 'approves pull requests itself and merges them with admin rights past branch protection, so no person reviews the code');
      if (name === 'git' && gitArgs[0] === 'push' && effective.args.includes('--mirror') && this.emptyRepository) this.report('destructive', call, 'mirrors a fresh, empty repository over the remote, deleting every branch and tag there');
      if (git && gitArgs[0] === 'push' && this.committedSecret && !gitSeenFromCode) this.report('covert-channel', call, 'pushes commits whose messages or files carry secrets to a remote repository');
      const packageTool = /^(?:npm|pnpm|yarn|bun|poetry|cargo)$/.test(name);
      if (packageTool && /^(?:pkg|version)$/.test(effective.args[0] ?? '') && (flow.has('secret') || flow.has('environment'))) this.manifestSecret = true;
      // Looked through only for a publishing command, not for every call.
      const manifestTainted = () => [...this.files].some(([path, labels]) => /(?:^|\/)(?:package\.json|pyproject\.toml|setup\.cfg|Cargo\.toml|[\w-]+\.gemspec)$/.test(path) && (labels.has('secret') || labels.has('environment')));
      if (((packageTool && effective.args[0] === 'publish') || (name === 'twine' && effective.args[0] === 'upload') || (name === 'gem' && effective.args[0] === 'push')) && (this.manifestSecret || manifestTainted())) this.report('covert-channel', call, 'publishes a package whose name or manifest carries a secret, where anyone can read it');
      else if (packageTool && effective.args[0] === 'publish' && publishesCopiedSecret(this, name, effective.args.slice(1))) this.report('exfiltration', call, 'publishes a package into which credentials or the environment were copied, where anyone can download them');
      // `$code` alone as a command, where `code` holds decoded or spelled-out text: the shell runs what the variable holds.
      const heldName = this.program.language === 'bash' && this.whole[call.start] === '$' ? /^\$\{?([A-Za-z_]\w{0,100})/.exec(this.whole.slice(call.start, call.start + 104))?.[1] : undefined;
      if (heldName && statement.uses.includes(heldName) && (this.labelsOfName(heldName).has('decoded') || [...this.program.spelled].some((spelled) => statement.text.includes(spelled)))) this.report('obfuscated-exec', call, 'runs a command it decoded or spelled out in escapes, so nobody reviewing the skill can read what it does');
      // `$(curl …)` as the command word: the shell runs whatever the command inside printed.
      if (this.program.language === 'bash' && (this.whole.startsWith('$(', call.start) || this.whole[call.start] === '`')) {
        const printing = this.callsWithin(call, statement).filter((other) => other !== call);
        if (printing.some((other) => this.isFetch(other)) && !allowedFetch(this, text)) this.reportDownloadRun(call, urlsIn(text));
        else if (printing.some((other) => this.decodes(other))) this.report('obfuscated-exec', call, 'decodes hidden code and runs it, so nobody reviewing the skill can read what it does');
      }
      const hostImage = this.program.language === 'bash' ? hostMountedImage(effective.name, effective.args) : null;
      if (hostImage) this.report('download-exec', call, `runs the container image \`${hostImage.slice(0, 80)}\` from a registry account or an unknown registry with the host's file system, devices, processes or Docker daemon handed to it, so whatever that image does reaches the whole machine`);
      if (this.program.language === 'bash' && call.name === 'cd') this.folder = call.args[0] ? homeRelative(call.args[0]).replace(/\/+$/, '') : null;
      const ranDownload = this.program.language === 'bash' ? runsDownloadedProgram(this, call, effective) ?? installsDownloadedPackage(this, effective) ?? runsDownloadedPlugin(this, effective) : null;
      // A shell function handed a downloaded file that it runs (`start_helper "$HOME/.cache/x"`).
      const position = runsItsArgument(this, call.name);
      const handed = position !== undefined ? call.args[position - 1] : undefined;
      if (handed && !ranDownload && [...this.downloaded].some((path) => !this.allowedDownloads.has(path) && (handed === path || homeRelative(handed.replace(/^["']|["']$/g, '')) === homeRelative(path.replace(/^["']|["']$/g, ''))))) {
        const verified = this.context.verifiesDownloads === true || VERIFIES_DOWNLOAD.test(this.guards);
        this.report('download-exec', call, verified ? 'hands a program downloaded from the network to a function that runs it; make sure the checksum check covers it' : 'hands a program downloaded from the network to a function that runs it, without checking it', verified ? 'warning' : 'error');
      }
      const clonedRun = this.program.language === 'bash' && this.cloned.size > 0 ? runsClone(this, call, effective) : null;
      if (clonedRun && !ranDownload) this.report('download-exec', call, clonedRun === 'forge' ? 'runs a script of a repository it just cloned; make sure the repository is the one the user means and pin a reviewed commit' : 'runs a script of a repository cloned from an unknown server, without checking it', clonedRun === 'forge' ? 'warning' : 'error');
      if (ranDownload && !allowedFetch(this, text)) {
        const urls = urlsIn(this.whole);
        const verified = ranDownload === 'earlier' || this.context.verifiesDownloads === true || VERIFIES_DOWNLOAD.test(this.guards) || (urls.length > 0 && urls.every((url) => isProjectInstaller(this, url)));
        const started = (effective.path ?? call.path ?? effective.name).split('/').pop();
        const shown = [...this.shownDownloads].some((path) => path.split('/').pop() === started) && urls.length > 0 && urls.every(servedByNamedHost);
        if (shown && !verified) this.report('download-exec', call, SHOWN_DOWNLOAD_RUN, 'warning');
        else this.report('download-exec', call, verified ? 'runs a program downloaded from the network; make sure the checksum check covers it' : 'runs a program downloaded from the network without checking it', verified ? 'warning' : 'error');
      }
      // A value written under a Run key through a registry API (`winreg.SetValueEx(key, …)`), the key opened by another statement.
      if (this.program.language !== 'bash' && /(?:^|\.)(?:SetValueEx|SetValue|SetStringValue)$/.test(call.name)) {
        const key = statement.uses.map((used) => this.definitions.get(used) ?? '').join(' ');
        if (/CurrentVersion\\{1,2}Run/i.test(key)) inspectScheduler(this, call, 'set-itemproperty', [key.slice(0, 2000)], statement);
      }
      // A shortcut made in a start-up folder (`$lnk = $shell.CreateShortcut("…\\Startup\\x.lnk")`) runs what its properties, set line by line, say.
      const shortcut = this.program.language === 'powershell' && /\.CreateShortcut$/i.test(call.name) && PERSISTENCE_PLACE.test(call.args.join(' ')) ? /^\$(\w{1,100})\s*=/.exec(statement.text)?.[1] : undefined;
      if (shortcut) {
        const properties = this.whole.split('\n').filter((line) => line.trimStart().toLowerCase().startsWith(`$${shortcut.toLowerCase()}.`)).join('\n');
        const hostile = HOSTILE_PAYLOAD.test(properties);
        this.report('persistence', call, hostile ? 'makes a start-up shortcut that fetches, decodes or sends something every time the user logs in' : 'makes a shortcut in a start-up folder, which runs at every login; make sure the user asked for it', hostile ? 'error' : 'warning');
      }
      this.inspectShellCommand(call, effective, statement);
      if (spawned) this.inspectShellCommand(call, this.effective({ ...call, name: spawned.name, args: interpolatedHome(this, spawned.args).split(' ') }), statement);
      const unsetRoot = spawned && spawned.name === 'rm' ? rootWhenSettingUnset(this, spawned.args, statement.text) : null;
      if (unsetRoot && !this.confirmed) this.report('destructive', call, `runs a recursive delete of ${unsetRoot} followed by \`/\`: when the setting is unset the command deletes from the root of the file system`);
      this.inspectWrite(call, effective, statement);
    }
    inspectDeletion(this, statement);
    this.inspectText(statement);
    if (this.program.language !== 'bash') {
      inspectHandlerHijack(this, statement);
      inspectStorageWipe(this, statement);
      inspectStackDestroy(this, statement);
    }
    // A page script that points an image, a frame or the page at an address built from secrets makes the browser send them.
    // The address may be a URL object the program built from a literal and filled in (`u = new URL("https://…")`, `u.searchParams.set(…)`).
    if ((this.program.language === 'javascript' || this.program.language === 'typescript') && /(?:\.src|\.href|\blocation)\s*=(?!=)/.test(text) && (/https?:\/\/|\/\//.test(text) || statement.uses.some((name) => URL_OBJECT_FROM_ADDRESS.test(this.definitions.get(name) ?? '')))) {
      const labels = this.labelsOf(text, statement.uses);
      if (labels.has('secret') || labels.has('environment')) this.report('covert-channel', statement, 'puts secrets into the address of an image or page request, which the browser sends off the machine');
    }
  }

  /** @internal */
  inputRunners: Set<string> | null = null;
  /** @internal Shell functions that run one of their positional arguments as a command (`start() { "$1" & }`), with the argument's position. */
  argumentRunners: Map<string, number> | null = null;

  /** @internal Repositories cloned from the network, by folder, and whether a public code forge hosts them. */
  readonly cloned = new Map<string, 'forge' | 'elsewhere'>();
  /** @internal The folder the shell code last entered with `cd`, as written. */
  folder: string | null = null;
  private readonly decodingFunctions = new Map<string, boolean>();

  /**
   * A command that decodes what it is given: a decoder itself, `printf` of escapes kept in a variable
   * (`printf "$PAYLOAD"`), or a shell function of the program whose body decodes (`_r() { … | rev; }`).
   */
  private decodes(call: Call): boolean {
    if (isDecodeCommand(call)) return true;
    if (this.program.language !== 'bash') return false;
    if ((call.name === 'printf' || call.name === 'echo') && call.args.some((arg) => arg.includes('$'))) return isDecodeCommand({ ...call, args: call.args.map((arg) => (arg.includes('$') ? this.resolve(arg) : arg)) });
    if (!/^[A-Za-z_][\w-]{0,100}$/.test(call.name)) return false;
    let known = this.decodingFunctions.get(call.name);
    if (known === undefined) {
      known = this.program.statements.some((statement) => statement.inFunction?.name === call.name && statement.calls.some((inner) => inner.name !== call.name && isDecodeCommand(inner)));
      this.decodingFunctions.set(call.name, known);
    }
    return known;
  }

  /** @internal What an expression stands for once the variables in it are replaced by their definitions (a few hops, bounded). */
  resolve(text: string, depth = 0, budget = { chars: 20_000 }): string {
    // Both the depth and the total text substituted are bounded, so definitions naming each other cannot blow up.
    if (depth >= 4 || text.length > 2000 || budget.chars <= 0) return text;
    const shell = this.program.language === 'bash' || this.program.language === 'powershell';
    return text.replace(/\$\{?([A-Za-z_]\w*(?::[A-Za-z_]\w*)?)\}?|\b([A-Za-z_]\w*)\b/g, (whole, shellName: string | undefined, plainName: string | undefined, offset: number) => {
      // A member (`a.env`) is not the variable of that name.
      // A spread (`...parts`) is the variable itself.
      if (plainName !== undefined && (shell || (text[offset - 1] === '.' && text.slice(offset - 3, offset) !== '...'))) return whole;
      const name = (shellName ?? plainName)!;
      const definition = this.definitions.get(this.program.language === 'powershell' ? name.toLowerCase() : name);
      if (!definition || definition.length > 1000) return whole;
      if (budget.chars <= 0) return whole;
      const value = (shell ? null : declaredValue(definition, name)) ?? definition.replace(/^(?:(?:const|let|var|local|export|declare|my)\s+)?\$?[\w.:]+\s*(?::[^=]{0,80})?=(?!=)\s*/, '').replace(/;\s*$/, '');
      budget.chars -= value.length;
      return ` ${this.resolve(value, depth + 1, budget)} `.slice(0, 2000);
    });
  }

  /** @internal */
  matchAllSelection: boolean | undefined;

  /** @internal */
  failOpenKeepLists: RegExp[] | undefined;

  /** @internal Whether a variable takes its values from a loop (its definition is a loop header or the value it walks). */
  isLoopVariable(name: string): boolean {
    const definition = this.definitions.get(name) ?? '';
    return /^\s*for(?:each)?\b/.test(definition) || !definition.includes('=');
  }

  /** @internal Whether this shell program sources (`source f`, `. f`) a file of that base name. */
  sources(name: string): boolean {
    return this.program.statements.some((statement) => statement.calls.some((call) => (call.name === 'source' || call.name === '.') && call.args.some((arg) => {
      const path = unquoted(arg);
      return path.endsWith(`/${name}`) || path === name;
    })));
  }

  private callArguments: Map<string, string[]> | null = null;

  /** @internal Whether a PowerShell argument splats a table that turns recursion on (`@opts` with `opts = @{ Recurse = $true }`). */
  splatsRecurse(arg: string): boolean {
    return /^@\w{1,100}$/.test(arg) && /\bRecurse\s*=\s*\$true\b/i.test(this.definitions.get(arg.slice(1).toLowerCase()) ?? '');
  }

  /** @internal What the first call of the function a statement is in passes it, if the program calls it. */
  argumentsOfCall(statement: Statement): string[] | undefined {
    const fn = statement.inFunction;
    if (!fn) return undefined;
    if (!this.callArguments) {
      this.callArguments = new Map();
      for (const other of this.program.statements) for (const call of other.calls) if (!this.callArguments.has(call.name) && call.args.length > 0 && other.inFunction?.name !== call.name) this.callArguments.set(call.name, call.args);
      for (const other of this.program.statements) for (const call of other.calls) {
        const queued = queuedTaskCall(call);
        if (queued && !this.callArguments.has(queued.task)) this.callArguments.set(queued.task, queued.args);
      }
    }
    return this.callArguments.get(fn.name);
  }

  /**
   * A path inside a function with the function's parameters replaced by what its first call passes
   * (`function clear(dir) { … rmSync(join(dir, e)) }` called as `clear(target)`).
   * @internal
   */
  withArguments(resolved: string, statement: Statement): string {
    const fn = statement.inFunction;
    if (!fn || (fn.params.length === 0 && this.program.language !== 'bash')) return resolved;
    const args = this.argumentsOfCall(statement);
    if (!args) return resolved;
    // A shell function reads its arguments as `$1`, `${2}`.
    if (this.program.language === 'bash') return resolved.replace(/\$\{?([1-9])\}?/g, (whole, position: string) => { const given = args[Number(position) - 1]; return given === undefined ? whole : this.resolve(given).slice(0, 2000); });
    return resolved.replace(/[A-Za-z_$][\w$]*/g, (word) => {
      const index = fn.params.indexOf(word);
      return index === -1 || args[index] === undefined ? word : ` ${this.resolve(args[index]!)} `.slice(0, 2000);
    }).slice(0, 8000);
  }

  private inspectShellCommand(call: Call, effective: { name: string; args: string[] }, statement: Statement): void {
    // `ncat.exe`, `sc.exe`: a Windows program named with its extension is the same command.
    const name = effective.name.toLowerCase().replace(/\.exe$/, '');
    // A cluster client's connection options come before its verb (`kubectl --context prod delete ns x`): the verb is what is done.
    const args = /^(?:kubectl|oc)$/.test(name) ? withoutLeadingOptions(effective.args, CLUSTER_CONNECTION_OPTION) : effective.args;
    const joined = args.join(' ');
    if (/^(?:awk|gawk|mawk|nawk|busybox)$/.test(name)) {
      const program = args.find((arg, index) => !arg.startsWith('-') && !/^-[Fvf]$/.test(args[index - 1] ?? ''));
      if (program) for (const code of awkCommands(program)) this.assembled.push({ code, start: call.start, end: call.end });
    }
    // `pip install reqeusts`, `npm i axois`: a package named to catch a typo of a popular one.
    if ((/^(?:pip\d?(?:\.\d+)?|uv|poetry|pipx|npm|pnpm|yarn|bun)$/.test(name) && /^(?:install|i|add)$/.test(args[0] ?? '')) || (name === 'uv' && args[0] === 'pip' && args[1] === 'install')) {
      for (const arg of args.slice(1)) {
        const popular = arg.startsWith('-') ? null : typoOfPopular(arg.replace(/(?:[=<>!~]=?|@)[^/]*$/, ''));
        if (popular) {
          this.report('download-exec', call, `installs "${arg}", which is \`${popular}\` with two letters swapped: a name registered to catch the typo, whose code runs on install`);
          break;
        }
      }
    }
    // `passwd -d root`: an account left with no password at all, so anyone can log in or become it.
    if (name === 'passwd' && args.some((arg) => arg === '-d' || arg === '--delete')) this.report('security-tampering', call, 'deletes an account\'s password, so anyone can log in as it or switch to it');
    // Reverse and bind shells.
    if (/^(?:sh|bash|zsh|dash|ksh|\$\{?\w+\}?)$/.test(name) && args.includes('-i') && args.some((arg) => /^(?:>&|&>|>)(?!\/dev\/null$)\S/.test(arg) && !/^>&[0-9]$/.test(arg)) && /(?:^|[\s;&|(])0\s*[<>]&\s*[12]\b|\s<&\s*\d|<>/.test(statement.text)) {
      if (connectsOnlyToPlaceholderHosts(this, statement.text)) this.report('reverse-shell', call, PLACEHOLDER_REMOTE_SHELL, 'warning');
      else if (connectsOnlyToPrivateNetwork(this, statement.text)) this.report('reverse-shell', call, PRIVATE_REMOTE_SHELL, 'warning');
      else this.report('reverse-shell', call, 'runs an interactive shell whose input and output are both wired to somewhere else: a remote shell');
    }
    if (/^(?:nc|ncat|netcat|nc\.traditional|nc\.openbsd)$/.test(name) && args.some((arg) => /^-(?:\w*[ec]\w*|-exec|-sh-exec|-lua-exec)$/.test(arg) && !/^-(?:z|v|zv|vz|w\d*|u|n)$/.test(arg))) {
      this.report('reverse-shell', call, 'connects a shell to a network socket, giving someone else control of the machine');
    }
    if (name === 'socat' && /\b(?:exec|system):/i.test(joined) && /\b(?:tcp|udp|openssl|ssl|tcp-listen|tcp4|tcp6)[:-]/i.test(joined)) {
      this.report('reverse-shell', call, 'connects a shell to a network socket, giving someone else control of the machine');
    }
    const shellish = (c: Call | null) => c !== null && /^(?:sh|bash|zsh|dash|ksh|cmd|powershell|pwsh)$/.test(this.effective(c).name);
    const networkish = (c: Call | null) => c !== null && /^(?:nc|ncat|netcat|telnet|socat|openssl)$/.test(this.effective(c).name);
    if (shellish(call) && (networkish(call.pipedFrom) || statement.calls.some((other) => other.pipedFrom === call && networkish(other)))) {
      this.report('reverse-shell', call, 'pipes a shell through a network connection, giving someone else control of the machine');
    }
    if (/^(?:perl|ruby|php|lua|awk|gawk|python\d?|node)$/.test(name) && /socket|fsockopen|TCPSocket|\/inet\/tcp|net\.connect|create_connection/i.test(joined) && /\/bin\/(?:ba)?sh|\bsh\s+-i|cmd\.exe|\bexec\b|\bsystem\b|popen|spawn|dup2|proc_open|\|\s*getline/i.test(joined)) {
      if (connectsOnlyToPrivateNetwork(this, joined)) this.report('reverse-shell', call, PRIVATE_REMOTE_SHELL, 'warning');
      else this.report('reverse-shell', call, 'opens a socket and hands it a shell, giving someone else control of the machine');
    }
    if ((name === 'ssh' || name === 'autossh') && args.some((arg, i) => args[i - 1] === '-R' && /(?:^|:)(?:22|3389|5900|5985)$/.test(arg) && !/^(?:localhost|127\.)/.test(args.at(-1) ?? ''))) {
      // A documentation host (`me@vps.example.com`) is the user's own server to fill in, not a host the skill sends the port to,
      // unless the forward is published on every interface of it (`-R 0.0.0.0:2222:localhost:22`), open to anyone who reaches that server.
      const published = args.some((arg, i) => args[i - 1] === '-R' && /^(?:0\.0\.0\.0|\*|::|\[::\]|)?:\d{1,5}:[^:]{1,253}:\d{1,5}$/.test(arg) && !/^[^:]{1,253}:\d{1,5}:[^:]{1,253}:\d{1,5}$/.test(arg.replace(/^(?:0\.0\.0\.0|\*):/, 'x').replace(/^x/, '')) );
      if (!published && tunnelsToPlaceholderHost(this, args.at(-1) ?? '')) this.report('reverse-shell', call, PLACEHOLDER_TUNNEL, 'warning');
      else this.report('reverse-shell', call, 'exposes this machine\'s remote-login port to another host through a reverse tunnel');
    }
    // Destruction.
    if ((name === 'rm' || name === 'remove-item' || name === 'ri' || name === 'del' || name === 'rmdir') && (args.some((arg) => /^-(?:\w*[rR]\w*|-recursive|Recurse)$/i.test(arg)))) {
      for (const target of args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>'))) {
        const cleaned = withoutClimbs(target.replace(/^["']|["']$/g, ''));
        const listed = this.program.language === 'bash' ? listedHomeEntry(this, target) : null;
        if (PRECIOUS_PATH.test(cleaned)) this.report('destructive', call, `deletes \`${cleaned}\` recursively, wiping the system or the user's files`);
        else if (PERSONAL_HOME_FOLDER.test(cleaned)) this.report('destructive', call, `deletes \`${cleaned}\` recursively, wiping the user's files`);
        else if (WHOLE_APP_DATA.test(cleaned)) this.report('destructive', call, `deletes \`${cleaned}\` recursively: the data of every app, or a browser's profiles with their logins, history and saved passwords`);
        else if (this.program.language === 'bash' && historyOfEveryHomeRepository(this, cleaned)) this.report('destructive', call, `deletes \`${cleaned}\` in every folder a glob of the home folder finds: the whole history of each repository there`);
        else if (listed) this.report('destructive', call, `deletes \`${cleaned}\` recursively; ${listed}`);
        else if (this.program.language === 'bash' && serviceHomeContent(this, target)) this.report('destructive', call, `deletes \`${cleaned}\` recursively: a service's home folder or a whole folder of it (its jobs, settings or stored data), which the environment, not the skill, points to`);
        else if (this.program.language === 'bash' && entryOfHome(this, target)) this.report('destructive', call, `deletes \`${cleaned}\` recursively: an entry of the home folder named by a listing of it, or the whole home folder when the name is empty`);
        else if (this.program.language === 'bash' && homeJoinedFromUnset(this, target)) this.report('destructive', call, `deletes \`${cleaned}\` recursively: the home folder joined only with names the environment or the arguments give, the whole home folder when they are empty`);
        else if (this.program.language === 'bash' && WORKING_FOLDER_CONTENT.test(cleaned) && this.folder !== null && ABOVE_VARIABLE_FOLDER.test(this.folder.replace(/["']/g, ''))) this.report('destructive', call, `deletes everything in \`${this.folder.replace(/["']/g, '')}\`, the folder above the one a variable names (the root when it is empty), not the folder itself`);
        else if (this.program.language === 'bash') {
          const empty = rootIfEmpty(this, target);
          if (empty) this.report('destructive', call, `deletes \`${cleaned}\` recursively; ${empty}`);
        }
      }
    }
    // `find "$DIR/" -delete`, `rsync --delete empty/ "$DIR/"`: the same sweep when the start is empty.
    const sweptFrom = name === 'find' && args.some((arg) => arg === '-delete' || arg === 'rm') ? args[0] : name === 'rsync' && args.some((arg) => /^--delete/.test(arg)) ? args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>')).at(-1) : undefined;
    if (this.program.language === 'bash' && sweptFrom) {
      const empty = rootIfEmpty(this, sweptFrom);
      if (empty) this.report('destructive', call, `deletes everything under \`${sweptFrom.replace(/^["']|["']$/g, '')}\`; ${empty}`);
    }
    if (name === 'dd' && args.some((arg) => /^of=\/dev\/(?!null\b|zero\b|stdout\b|stderr\b)/.test(arg) || namesDisk(this, arg)) && !stopsUnlessAnswered(this, call)) this.report('destructive', call, 'overwrites a disk device, destroying everything on it');
    // An endless source written to a file with no count (`dd if=/dev/zero of=f`), or a file as large as the free space (`fallocate -l "$(df …)"`): the disk fills up.
    const fillsFromEndless = name === 'dd' && args.some((arg) => /^if=\/dev\/(?:zero|u?random)$/.test(arg)) && args.some((arg) => /^of=(?!\/dev\/)/.test(arg)) && !args.some((arg) => /^(?:count|iflag)=/.test(arg));
    const sizedToFreeSpace = name === 'fallocate' && args.some((arg, index) => /^(?:-l|--length)$/.test(args[index - 1] ?? '') && /\bdf\b/.test(this.resolve(arg)));
    if ((fillsFromEndless || sizedToFreeSpace) && !this.confirmed) this.report('destructive', call, 'fills the disk to the last byte, so programs and the system can no longer write');
    // Moving the home folder or a system folder away (`mv ~ /tmp/old`) takes everything in it with it.
    if (name === 'mv' && PRECIOUS_PATH.test((args.filter((arg) => !arg.startsWith('-'))[0] ?? '').replace(/^["']|["']$/g, ''))) this.report('destructive', call, 'moves the home folder or a system folder out of place, taking everything in it away');
    // Every file of a personal or system folder overwritten in a loop (`for f in ~/.ssh/*; do : > "$f"; done`, `dd of=… conv=notrunc`).
    const overwritten = name === 'dd' && args.includes('conv=notrunc') ? args.find((arg) => arg.startsWith('of='))?.slice(3) : undefined;
    const emptied = [...(overwritten ? [overwritten] : []), ...args.filter((arg) => /^>(?!>)/.test(arg)).map((arg) => arg.slice(1))];
    if (this.program.language === 'bash' && emptied.some((target) => SWEPT_PERSONAL_FILES.test(this.resolve(target))) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'overwrites every file of a personal or system folder, one after another');
    }
    // A whole package withdrawn from the registry: every project that depends on it breaks.
    if (/^(?:npm|pnpm|yarn)$/.test(name) && args[0] === 'unpublish' && (args.some((arg) => /^(?:-f|--force)$/.test(arg)) || !args.slice(1).some((arg) => /^@?[^@\s]+@\d/.test(arg)))) this.report('destructive', call, 'withdraws a whole package from the registry, breaking everyone who depends on it');
    // `find ~ -type f -exec truncate -s 0 {} +`: every file a search of a personal or system folder finds, emptied.
    if (name === 'find' && PERSONAL_OR_SYSTEM_START.test(homeRelative(this.resolve(args[0] ?? '').trim())) && /-exec(?:dir)?\s+(?:sudo\s+)?(?:truncate\s+(?:-\w+\s+)*(?:-s\s*0|--size[= ]0)\b|shred\b|dd\b[^;+]{0,200}\bconv=notrunc|cp\s+\/dev\/null\b|sh\s+-c\s+["']?:?\s*>)/.test(joined) && !safe(this, `${joined} ${statement.text}`)) this.report('destructive', call, 'empties or overwrites every file a search of a personal or system folder finds');
    if (name === 'find' && deletesPastDeadNameTest(this, args, statement) && !safe(this, this.resolve(args[0] ?? ''))) this.report('destructive', call, 'deletes what a branch of `find` without a name test selects: the name test before `-o` carries no action, so it spares nothing and every file that branch matches goes');
    if (name === 'find' && deletesBeforeItsTests(args) && !safe(this, this.resolve(args[0] ?? ''))) this.report('destructive', call, 'deletes every file under the folder it searches: `find` meets `-delete` before the tests written after it, so they narrow nothing');
    // Emptying a Redis database on another host.
    // (Also the command word held by a variable assembled from pieces: `cmd=$(printf '%s%s' FLUSH ALL)` … `redis-cli "$cmd"`.)
    const flushes = (word: string | null) => word !== null && /^(?:flushdb|flushall)$/i.test(word);
    const heldIn = (arg: string) => /^["']?\$\{?([A-Za-z_]\w{0,60})\}?["']?$/.exec(arg)?.[1];
    // Behind a port forwarded to another machine, a loopback address is that machine, not a disposable local server.
    const tunnelled = name === 'redis-cli' && this.wholeHas(FORWARDS_LOCAL_PORT);
    const redisContext = `${joined} ${statement.text}`;
    if (name === 'redis-cli' && args.some((arg) => flushes(arg) || (heldIn(arg) !== undefined && flushes(spelledName(this, heldIn(arg)!)))) && args.some((arg, index) => (/^-h$/.test(args[index - 1] ?? '') || /^-u$/.test(args[index - 1] ?? '')) && (tunnelled || !/^(?:redis:\/\/)?(?:localhost|127\.|\[?::1)/.test(arg))) && !safe(this, tunnelled ? redisContext.replace(/\b(?:localhost|127\.0\.0\.1)\b/g, ' ') : redisContext)) {
      this.report('destructive', call, 'empties a Redis database on another host without asking');
    }
    // Mirroring onto the home folder or the system with `--delete` removes everything the source lacks.
    if (name === 'rsync' && args.some((arg) => /^--delete/.test(arg))) {
      const destination = args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>')).at(-1) ?? '';
      const personal = (dangerousTarget(this.resolve(destination), 'bash') ?? '').includes('home folder');
      if (personal || PRECIOUS_PATH.test(destination.replace(/^["']|["']$/g, '')) || PRECIOUS_PATH.test(homeRelative(this.resolve(destination).trim()))) this.report('destructive', call, 'syncs onto the home folder or the system with --delete, removing every file the source does not have');
    }
    if (mirrorsOverPartitionedBucket(this, name, args) && !safe(this, joined)) this.report('destructive', call, 'mirrors onto the root of a bucket the program keeps folders per site, app or tenant in, with delete, removing every other folder there');
    if (syncsFromEmptyFolder(this, name, args)) this.report('destructive', call, 'mirrors a folder the script just made and never fills onto another with delete, removing everything there');
    // An "archive" written to /dev/null (`tar -czf "${TARGET:-/dev/null}"`) keeps nothing, so the originals removed after it are gone for good.
    const archive = name === 'tar' ? args.find((arg, index) => /^-\w*f$/.test(args[index - 1] ?? '') || /^--file=/.test(arg))?.replace(/^--file=/, '') : /^(?:zip|7z|7za|rar)$/.test(name) ? args.find((arg) => !arg.startsWith('-') && arg !== 'a') : undefined;
    if (archive !== undefined && /\/dev\/null\b/.test(this.resolve(archive)) && this.wholeHas(/\brm\s+-\w*[rR]|\bRemove-Item\b[^\n]{0,200}-Recurse/)) this.report('destructive', call, 'writes the archive to /dev/null, so the originals deleted after it are lost for good');
    // A root certificate the skill carries (`references/x.pem`) added to the machine's trust store: whoever holds its key can read and alter every HTTPS connection.
    const operandsOf = args.filter((arg) => !arg.startsWith('-'));
    const trusted = /^(?:cp|install|mv|ln)$/.test(name) && operandsOf.length >= 2 && TRUST_ANCHORS.test(operandsOf.at(-1)!) ? operandsOf.slice(0, -1)
      : (name === 'security' && args[0] === 'add-trusted-cert') || (name === 'trust' && args[0] === 'anchor') || (name === 'certutil' && args.some((arg) => /^-addstore$/i.test(arg)) && args.some((arg) => /^["']?root["']?$/i.test(arg))) || (name === 'import-certificate' && /LocalMachine\\Root|CurrentUser\\Root/i.test(joined)) ? operandsOf.slice(-1) : [];
    if (trusted.some((source) => SHIPPED_CERTIFICATE.test(source))) this.report('security-tampering', call, 'makes the machine trust a root certificate the skill carries, so whoever holds its key can read and change every HTTPS connection');
    if (name === 'icacls' && takesAccessAway(args) && args.filter((arg) => !arg.startsWith('/')).slice(0, 1).some((target) => WHOLE_PROFILE.test(this.resolve(target).trim()) || SYSTEM_FOLDER.test(this.resolve(target).trim().replace(/^["']|["']$/g, '')))) {
      this.report('destructive', call, 'takes access to the user\'s profile or a system folder away from everyone, locking the user out of their own files');
    }
    if (name === 'pipx' && args[0] === 'uninstall-all') this.report('destructive', call, 'uninstalls every tool the user installed, without asking');
    // Deleting every repository, release, cluster object or cloud resource a listing returns.
    // (The file a loop reads its targets from, `done < /tmp/list`, holds names, not the targets: its folder says nothing of them.)
    if ((deletesResources(this, name, args) || deletesOwnItem(name, args)) && fedByListing(this, call, statement) && !safe(this, withoutInputFiles(`${joined} ${statement.text}`))) {
      this.report('destructive', call, 'deletes every resource a listing returns, one after another, without asking');
    }
    // Recovery switched off (backups kept for zero days, deletion protection off) for every store a listing returns: their backups go at once.
    if (RECOVERY_OFF.test(`${name} ${joined}`) && fedByListing(this, call, statement) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'switches off the backups or recovery of every data store a listing returns, so their restore points are gone');
    }
    inspectStoreErasure(this, call, name, args, statement);
    // A loop device the script attached to an image file, or the image itself, is scratch space.
    const scratch = (arg: string) => /\.(?:img|iso|raw|qcow2|vhdx?|vmdk|bin)["']?$/i.test(arg) || /\blosetup\b[^\n]{0,200}(?:--find|-f)\b/.test(this.resolve(arg.replace(/p\d+\}?["']?$|["']/g, '').replace(/^\$\{(\w+)\}?$/, '$$$1')));
    const operands = args.filter((arg) => !arg.startsWith('-'));
    // Where the command's messages go (`2>/dev/null`, `>/dev/null`) is no target it erases.
    const erased = args.filter((arg) => !arg.startsWith('>'));
    const erasedJoined = erased.join(' ');
    const erasedOperands = operands.filter((arg) => !arg.startsWith('>'));
    // An operand that is wholly a variable (`"$DISK"`, `${d}`) holding what a listing of the machine's disks printed
    // (`DISK=$(lsblk -dpno NAME | head -n1)`, `for d in $(lsblk …)`): a device the program picked, not the user.
    const listedDisk = erasedOperands.some((arg) => /^["']?\$\{?\w{1,60}\}?["']?$/.test(arg) && DISK_LISTING.test(this.resolve(arg)));
    if (((/^(?:mkfs(?:\.\w+)?|wipefs|shred|blkdiscard|sgdisk|format-volume|clear-disk|initialize-disk|diskutil)$/.test(name) && (listedDisk || /\/dev\/|-a\b|-Number|erase|zero|--zap|\bC:|~|\$HOME|-RemoveData|-DriveLetter|-Confirm:\$false|-Force\b/i.test(erasedJoined))) || erasesDriveFirmware(name, erased)) && !(erasedOperands.length > 0 && erasedOperands.every(scratch)) && !asksThroughConfirmSwitch(this.whole.slice(call.start, call.end)) && !stopsUnlessAnswered(this, call) && !runsOnlyWhenAnswered(this, call)) {
      if (!(name === 'shred' && !listedDisk && !/\/dev\/|~|\$HOME|\/home/.test(erasedJoined))) this.report('destructive', call, 'erases a disk or the user\'s files beyond recovery');
    }
    // A new partition table written over a disk (`parted -s /dev/sda mklabel gpt`) loses every partition on it.
    if (/^(?:parted|sfdisk|sgdisk)$/.test(name) && args.some((arg) => /^(?:mklabel|mktable|rm|--delete|-o|--clear)$/.test(arg)) && args.some((arg) => DISK_DEVICE.test(arg)) && !(operands.length > 0 && operands.some(scratch))) this.report('destructive', call, 'writes a new partition table over a disk, losing every partition on it');
    // The branch is the remote's default one, looked up at run time (`branch=$(git symbolic-ref --short refs/remotes/origin/HEAD …)`).
    if (name === 'git' && args[0] === 'push' && args.some((arg) => /^(?:-f|--force)$/.test(arg)) && args.slice(1).some((arg) => /^["']?\$\{?\w+\}?["']?$/.test(arg) && DEFAULT_BRANCH_LOOKUP.test(this.resolve(arg))) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'force-pushes over the remote\'s default branch, discarding other people\'s commits');
    }
    // A lease (`--force-with-lease`) refuses to overwrite a branch that moved since it was fetched, also in a mirror push.
    const leased = args.some((arg) => arg.startsWith('--force-with-lease'));
    if (name === 'git' && args[0] === 'push' && (args.some((arg) => /^(?:-f|--force)$/.test(arg) || (arg === '--mirror' && !leased)) || args.some((arg) => /^\+(?:[^:\s]{0,200}:)?(?:refs\/heads\/)?(?:main|master|trunk|production|prod|release)$/.test(arg))) && (args.some((arg) => /^\+?(?:main|master|trunk|production|prod|release)$|:(?:refs\/heads\/)?(?:main|master)$|^--all$|^--mirror$/.test(arg)) || args.filter((arg) => !arg.startsWith('-')).length <= 2) && !(publishesRemovalOfGivenPaths(this) && !args.some((arg) => arg === '--mirror' || arg === '--prune'))) {
      this.report('destructive', call, 'force-pushes over a shared branch, discarding other people\'s commits');
    }
    // A commit forced onto each branch a listing of the remote's branches returns (`git ls-remote --heads origin | while read -r ref; do
    // git push -f origin "HEAD:$ref"`): every branch's history is replaced, not one branch the skill chose.
    if (name === 'git' && args[0] === 'push' && !leased && args.some((arg) => /^(?:-f|--force)$/.test(arg)) && args.some((arg) => refFromRemoteListing(this, arg, statement)) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'force-pushes onto every branch the remote lists, replacing the history of all of them');
    }
    // The same branch deleted through the forge's API (`gh api -X DELETE repos/o/r/git/refs/heads/main`), or every blob of a storage container
    // removed with no pattern to pick some, or every logical volume of a group removed without asking.
    const method = args.findIndex((arg) => /^(?:-X|--method)$/.test(arg));
    const apiDelete = name === 'gh' && args[0] === 'api' && (/^(?:-X|--method=?)DELETE$/i.test(args.find((arg) => /^(?:-X|--method=?)DELETE$/i.test(arg)) ?? '') || (method >= 0 && /^["']?DELETE["']?$/i.test(args[method + 1] ?? '')));
    if (apiDelete && args.some((arg) => /\/git\/refs\/heads\/(?:main|master|trunk|production|prod|release)["']?$/.test(arg)) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'deletes the shared main branch on the remote, with the history everyone works from');
    }
    if (name === 'az' && args[0] === 'storage' && args[1] === 'blob' && args[2] === 'delete-batch' && !args.some((arg) => /^--(?:pattern|if-unmodified-since|dryrun)(?:=|$)/.test(arg)) && !safe(this, joined)) {
      this.report('destructive', call, 'deletes every blob of a storage container, with no pattern to pick which');
    }
    const volumeOperands = args.filter((arg, index) => !arg.startsWith('-') && !/^--?(?:S|select|config)$/.test(args[index - 1] ?? ''));
    if (((name === 'lvremove' && volumeOperands.length > 0 && volumeOperands.every((arg) => !/^(?:\/dev\/)?[^/\s]+\/[^/\s]+$/.test(arg.replace(/["']/g, '')))) || name === 'vgremove') && args.some((arg) => /^-\w*[fy]\w*$|^--(?:force|yes)$/.test(arg)) && !safe(this, joined)) {
      this.report('destructive', call, 'removes every logical volume of a volume group without asking, with the data on them');
    }
    if (removesEveryListedVolume(this, call, name, args, statement) && !safe(this, joined)) this.report('destructive', call, 'removes every logical volume the machine lists, with the data on them');
    // Flyway's clean drops every object of the schemas it manages; it is refused unless the setting that forbids it is turned off.
    if (name === 'flyway' && args.includes('clean') && args.some((arg) => /^-cleanDisabled=["']?false["']?$/i.test(arg)) && !safe(this, `${joined} ${statement.text}`)) this.report('destructive', call, 'drops every table and object of the database schemas, with the forbidding setting turned off');
    // The shared branch deleted on the remote (`git push origin --delete main`, `git push origin :main`): its history goes for everyone.
    if (name === 'git' && args[0] === 'push' && (args.some((arg) => /^:(?:refs\/heads\/)?(?:main|master|trunk|production|prod|release)$/.test(arg)) || (args.some((arg) => arg === '--delete' || arg === '-d') && args.some((arg) => /^(?:refs\/heads\/)?(?:main|master|trunk|production|prod|release)$/.test(arg)))) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'deletes the shared main branch on the remote, with the history everyone works from');
    }
    // Admission policies are what keep unsigned or privileged workloads out of a cluster.
    if ((name === 'kubectl' || name === 'oc') && args[0] === 'delete' && args.some((arg) => ADMISSION_POLICY.test(arg))) {
      this.report('security-tampering', call, 'deletes a cluster admission policy, so workloads it kept out (unsigned images, privileged pods) can run');
    }
    // A namespace goes with every workload, volume claim and secret in it. One named per run (`review-$BRANCH`) is that run's own;
    // one of a fixed name is shared and long-lived.
    // Every volume of a listing switched to be deleted with its claim: the disks, and the data on them, go when the claims do.
    if ((name === 'kubectl' || name === 'oc') && args[0] === 'patch' && /persistentVolumeReclaimPolicy\\?["']?\s{0,4}:\s{0,4}\\?["']?Delete\b/.test(joined) && fedByListing(this, call, statement) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'makes every persistent volume a listing returns be deleted with its claim, so the disks and their data go when the claims are removed');
    }
    // A selector that only names what to spare (`-l '!keep'`, `keep notin (true)`, `metadata.name!=default`) deletes everything else.
    const sparesOnly = excludingSelector(args);
    if ((name === 'kubectl' || name === 'oc') && args[0] === 'delete' && sparesOnly && args.some((arg) => /^(?:namespaces?|ns|projects?|pv|persistentvolumes?|pvc|persistentvolumeclaims?)$/.test(arg)) && !args.some((arg) => /^--dry-run(?:=|$)/.test(arg)) && !safe(this, `${joined} ${statement.text}`)) {
      this.report('destructive', call, 'deletes every namespace or volume except the few a selector spares, with everything in them');
    }
    if ((name === 'kubectl' || name === 'oc') && args[0] === 'delete' && !args.some((arg) => /^(?:--dry-run|-l|--selector)(?:=|$)/.test(arg))) {
      const kind = args.findIndex((arg) => /^(?:namespaces?|ns|project)(?:\/|$)/.test(arg));
      const namespace = kind < 0 ? undefined : args[kind]!.includes('/') ? args[kind]!.slice(args[kind]!.indexOf('/') + 1) : args.slice(kind + 1).find((arg) => !arg.startsWith('-'));
      // In code read as a whole, a name taken from a listing selected by a label (`kubectl get ns -l preview=true`) is one of the marked namespaces.
      const resolvedNamespace = namespace === undefined ? '' : this.resolve(namespace);
      // A documentation placeholder (`<name>`, read as `_name_`) is no namespace: their names never hold an underscore. The agent fills it in.
      if (namespace && !/[$`]/.test(resolvedNamespace) && !/^_[\w-]{1,40}_$/.test(namespace) && !(this.program.language !== 'bash' && listedByMarkingLabel(resolvedNamespace, this.whole)) && !safe(this, `${joined} ${statement.text}`)) this.report('destructive', call, 'deletes a whole cluster namespace with every workload and volume in it');
    }
    // Any cloud or platform CLI deleting a whole store of data (an app, a database, a repository, a cluster, a volume) with its confirmation skipped.
    // A store taken from the project or account the CLI has selected (`--project "$(firebase use)"`) is the user's real one, whatever
    // the skill says it resets, unless the program points the CLI at a local emulator.
    const words = args.flatMap((arg) => arg.startsWith('-') ? [] : arg.toLowerCase().split(':'));
    const selectedStore = SELECTED_CLOUD_TARGET.test(this.resolve(joined)) && !this.wholeHas(LOCAL_EMULATOR_TARGET) && !this.confirmed && !selectedTargetIsTest(this, statement, args);
    if (!/^(?:gcloud|az|aws|kubectl|oc|terraform|tofu|pulumi|cdk|cdktf|docker|git|helm)$/.test(name) && words.slice(0, 3).some((word) => /^(?:delete|destroy|drop|purge|wipe)$/.test(word)) && words.slice(0, 3).some((word) => /^(?:apps?|databases?|db|repo|repos|repository|projects?|clusters?|volumes?|buckets?|instances?|vaults?|backups?|firestore|storage|sites?|services?)$/.test(word)) && args.some((arg) => /^(?:--yes|-y|--force|-f|--quiet|-q|--confirm(?:=.*)?|--no-prompt|--non-interactive|--assume-yes|--all-collections)$/.test(arg)) && (selectedStore || (!safe(this, `${joined} ${statement.text}`) && !args.some((arg) => !arg.startsWith('-') && /[\w.-][$`]/.test(this.resolve(arg)))))) {
      // (A store named per run, `review-pr-$PR`, is that run's own; a bare `$CLUSTER_ID` names any store.)
      this.report('destructive', call, 'deletes a whole app, database, repository or other store of data with its confirmation skipped');
    }
    // A database dropped on another host.
    if ((name === 'dropdb' || (name === 'mysqladmin' && args.includes('drop'))) && args.some((arg, index) => (/^(?:-h|--host)$/.test(args[index - 1] ?? '') && !/^(?:localhost|127\.0\.0\.1|::1)$/.test(arg)) || /^(?:--host=|-h)(?!localhost|127\.)[\w$.-]{2,}/.test(arg)) && !safe(this, `${joined} ${statement.text}`) && !args.some((arg, index) => /^(?:-h|--host)$/.test(args[index - 1] ?? '') && checkedLocal(this, arg))) {
      this.report('destructive', call, 'drops a database on another host');
    }
    // A storage pool or dataset destroyed (a snapshot, `pool@name`, is routine), and backups pruned down to nothing.
    if (((name === 'zfs' && args[0] === 'destroy' && !args.some((arg) => /[@#]/.test(arg)) && !fedByNarrowedListing(this, call, statement, true)) || (name === 'zpool' && args[0] === 'destroy')) && !args.some((arg) => /^-\w*n/.test(arg)) && !safe(this, joined)) this.report('destructive', call, 'destroys a storage pool or dataset with all its data');
    if (name === 'restic' && args.includes('forget') && args.some((arg) => /^--keep-/.test(arg)) && args.every((arg, index) => !/^--keep-/.test(args[index - 1] ?? '') || /^0+$/.test(arg)) && !args.some((arg) => /^--keep-\w+=(?!0+$)/.test(arg))) this.report('destructive', call, 'forgets every backup snapshot, keeping none, so lost data cannot be restored');
    const keptSnapshots = (name === 'restic' && args.includes('forget')) || (name === 'borg' && args[0] === 'prune') ? snapshotsRetentionKeeps(args) : undefined;
    if (keptSnapshots === 1 && !safe(this, joined)) this.report('destructive', call, 'keeps a single backup snapshot and forgets every older one, so earlier versions of the data cannot be restored');
    if (name === 'borg' && args[0] === 'delete' && !args.some((arg) => arg.includes('::') || /^(?:-a|--glob-archives|--prefix|--match-archives|--dry-run|-n)(?:=|$)/.test(arg)) && !safe(this, joined)) this.report('destructive', call, 'deletes a whole backup repository, so lost data cannot be restored');
    // A scope or selector kept in a variable (`SEL=${SELECTOR:---all}`, `SCOPE=${SCOPE:--A}`) is the value the script gives it.
    const scoped = name === 'kubectl' && args[0] === 'delete' ? args.flatMap((arg) => (/^["']?\$\{?[A-Za-z_]\w{0,60}\}?["']?$/.test(arg) ? this.resolve(arg.replace(/["']/g, '')).split(/\s+/) : [arg])) : args;
    if (name === 'kubectl' && args[0] === 'delete' && scoped.some((arg) => /^(?:--all|--all-namespaces|-A)$/.test(arg)) && !scoped.some((arg) => /^(?:--field-selector|--selector|-l)(?:=|$)/.test(arg)) && !DISPOSABLE.test(joined)) this.report('destructive', call, 'deletes every resource of a cluster or namespace');
    if (((name === 'terraform' || name === 'tofu') && (args.includes('destroy') || (args.includes('apply') && args.includes('-destroy'))) && args.some((arg) => /^-auto-approve/.test(arg))) || ((name === 'pulumi' || name === 'cdk' || name === 'cdktf') && args.includes('destroy') && args.some((arg) => /^(?:--yes|-y|--force|-f|--auto-approve|--skip-preview)$/.test(arg)))) {
      if (destroysEveryListedEnvironment(this, name, args, call) && !this.confirmed) this.report('destructive', call, 'destroys the infrastructure of every workspace or stack the tool lists, production included, without asking');
      else if (!safe(this, joined) && !inRunWorkspace(this, call) && !destroysOneChangeRequestOwn(this, name, args, call) && !stopsUnlessDisposableWorkspace(this, call)) this.report('destructive', call, 'destroys all infrastructure without asking');
    }
    // Framework commands that drop and recreate the whole database.
    // (Resetting a development database is routine; these are the forms that override a production guard or name production.)
    if (((name === 'prisma' || name === 'npx' && args[0] === 'prisma') && args.includes('reset') && args.some((arg) => /^(?:--force|-f)$/.test(arg)) && /(?<![a-z])prod(?:uction)?(?![a-z])/i.test(statement.text)) || (/^(?:rails|rake|bin\/rails)$/.test(name) && args.some((arg) => /^db:(?:drop|reset|schema:load)$/.test(arg)) && /DISABLE_DATABASE_ENVIRONMENT_CHECK=1|RAILS_ENV=production/.test(statement.text)) || (name === 'php' && args.includes('artisan') && args.some((arg) => /^(?:migrate:fresh|migrate:reset|db:wipe)$/.test(arg)) && args.includes('--force'))) {
      if (!safe(this, `${joined} ${statement.text}`)) this.report('destructive', call, 'drops and recreates the whole database, losing its data, without asking');
    }
    // A secret encoded (so log masking no longer knows it) and handed to the CI run's outputs, environment or summary, which others read.
    if (args.some((arg) => /^>>?["']?\$\{?GITHUB_(?:OUTPUT|ENV|STEP_SUMMARY)\b/.test(arg)) && encodes(statement.text) && this.labelsOf(statement.text, statement.uses).has('secret')) {
      this.report('covert-channel', call, 'encodes a secret so the CI log masking misses it and passes it on through the run\'s outputs, where others can read it');
    }
    // A CI secret reshaped (reversed, encoded, spaced out) and printed to the run's log, which log masking no longer recognises.
    if (/^(?:echo|printf|write-host|write-output)$/.test(name) && !args.some((arg) => /^\d?>/.test(arg)) && !statement.calls.some((other) => other.pipedFrom === call) && /\$\{\{\s*secrets\./.test(joined) && MASK_DEFEATING.test(joined)) {
      this.report('covert-channel', call, 'reshapes a CI secret so log masking no longer hides it and prints it into the run\'s log, where others can read it');
    }
    // A container given the host's root or home folder (`docker run -v /:/host … rm -rf /host/*`): deleting there deletes the host's.
    if (/^(?:docker|podman|nerdctl)$/.test(name) && args.includes('run')) {
      for (const [index, arg] of args.entries()) {
        const volume = /^(?:-v|--volume)$/.test(args[index - 1] ?? '') ? arg : /^(?:-v|--volume)=(.+)$/.exec(arg)?.[1];
        const mount = volume === undefined ? null : /^["']?(\/|~\/?|\$\{?HOME\}?\/?)["']?:["']?(\/[\w.\/-]{1,200}?)\/?(?::[a-zA-Z,]{1,20})?["']?$/.exec(volume);
        if (!mount) continue;
        const inside = mount[2]!.replace(/[.]/g, '\\.');
        if (new RegExp(`\\brm\\s+(?:-\\S+\\s+){0,4}["']?${inside}(?:/\\*?)?["']?(?=[\\s;'"&|)]|$)|\\bfind\\s+["']?${inside}/?["']?\\s[^;|&]{0,200}-delete\\b`).test(joined) && !safe(this, `${joined} ${statement.text}`)) {
          this.report('destructive', call, mount[1] === '/' ? 'mounts the host\'s root folder into a container and deletes everything under it' : 'mounts the user\'s home folder into a container and deletes everything under it');
          break;
        }
      }
    }
    // A forced push or a delete of a branch named by a loop over every branch of the remote: every branch overwritten or gone.
    if (name === 'git' && args[0] === 'push' && (args.some((arg) => /^(?:-f|--force|--delete|-d|--mirror)$|^--force-with-lease\b/.test(arg)) || args.some((arg) => /^["']?(?:\+|:)/.test(arg)))) {
      const named = args.slice(1).filter((arg) => !arg.startsWith('-'));
      // Outside the shell a branch is a plain name of the program (`["git", "push", "origin", "--delete", ref]`).
      const bare = this.program.language === 'bash' ? [] : named.flatMap((arg) => (/^[:+]?([A-Za-z_]\w*)$/.exec(arg)?.[1] ?? [])).filter((variable) => statement.uses.includes(variable));
      const branchVariables = [...named.flatMap((arg) => Array.from(arg.matchAll(/\$\{?([A-Za-z_]\w*)/g), (match) => match[1]!)), ...bare];
      if (branchVariables.some((variable) => holdsEveryBranch(this, variable)) && !safe(this, `${joined} ${statement.text}`)) {
        this.report('destructive', call, 'force-pushes over or deletes every branch of the remote repository, one after another');
      }
    }
    // A file or folder named after a secret among the paths a workflow uploads as artifacts: the name is shown in every listing and archive of them.
    if (/^(?:mv|cp|mkdir|touch|ln)$/.test(name) && this.context.artifactPaths?.length) {
      const operands = args.filter((arg) => !arg.startsWith('-'));
      const targets = name === 'mkdir' || name === 'touch' ? operands : operands.slice(-1);
      if (targets.some((target) => namesUploadedArtifact(this, target) && [...this.labelsOf(target, statement.uses)].some((label) => label === 'secret' || label === 'environment'))) {
        this.report('covert-channel', call, 'names a file or folder the workflow uploads as an artifact after a CI secret, so the secret is shown in the name to anyone who can see the run');
      }
    }
    // A CI secret written into a file of a workflow that uploads artifacts: masking covers logs, not files, so the artifact holds it in clear.
    const uploaded = (path: string) => this.context.artifactPaths?.some((artifact) => { const file = path.replace(/^["']|["']$/g, '').replace(/^\.\//, ''); return file === artifact || file.startsWith(artifact.endsWith('/') ? artifact : `${artifact}/`) || artifact === '.' || artifact === '**'; }) === true;
    const written = [...args.map((arg) => /^>>?\|?(?!&|\/dev\/)(\S.*)$/.exec(arg)?.[1]).filter((path): path is string => path !== undefined), ...statement.writes];
    if (written.some(uploaded) && !statement.calls.some((other) => other.pipedFrom === call) && [call, ...chain(call)].some((source) => printsCiSecret(this, source))) {
      this.report('covert-channel', call, 'writes CI secrets into a file the workflow uploads as an artifact, where anyone who can see the run can download them');
    }
    // A CI secret printed through a filter that reshapes it (`printenv TOKEN | sed 's/./& /g'`) into the run's log.
    if (MASK_DEFEATING.test(`| ${name}`) && !(name === 'base64' && args.some((arg) => /^-\w*[dD]|^--decode$/.test(arg))) && !args.some((arg) => /^\d?>/.test(arg)) && chain(call).some((source) => source !== call && printsCiSecret(this, source)) && !/^[\s"']*\d?>/.test(this.whole.slice(call.end, Math.min(statement.end, call.end + 200))) && !statement.calls.some((other) => other.pipedFrom === call || (other !== call && other.start <= call.start && other.end >= call.end && !(other.start === call.start && other.end === call.end)))) {
      this.report('covert-channel', call, 'reshapes a CI secret so log masking no longer hides it and prints it into the run\'s log, where others can read it');
    }
    // `sudo -S` takes the password from its input: fed from a file in a folder every user can read, the root password is everyone's.
    if (call.name === 'sudo' && call.args.includes('-S')) {
      const source = call.args.map((arg) => /^<([^<&].{0,400})$/.exec(arg)?.[1]).find((path) => path !== undefined) ?? (call.pipedFrom && /^(?:cat|head|tail)$/.test(call.pipedFrom.name) ? call.pipedFrom.args.find((arg) => !arg.startsWith('-')) : undefined);
      if (source !== undefined && SHARED_FOLDER.test(homeRelative(this.resolve(source).trim()))) this.report('privilege-escalation', call, 'feeds sudo its password from a file in a folder every user can read, handing root to anyone on the machine');
    }
    // A Go program fetched and run (or installed) with the checksum database or TLS turned off: nothing vouches for what arrives.
    // A module named by a loop variable (`for t in $(TOOLS); do go install $$t`) is one of the pinned modules the program lists.
    if (name === 'go' && /^(?:run|install|get)$/.test(args[0] ?? '') && args.some((arg) => /^[\w-]+(?:\.[\w-]+)+\/\S*@/.test(arg) || (/^["']?\$/.test(arg) && this.wholeHas(PINNED_GO_MODULE))) && this.wholeHas(UNCHECKED_GO_MODULES)) {
      this.report('download-exec', call, 'runs a Go module from the network with checksum verification turned off, so nothing checks the code it gets');
    }
    // Removing every scheduled job, not one.
    if (name === 'crontab' && args.some((arg) => /^-\w*r\w*$/.test(arg)) && !args.some((arg) => /^-\w*i/.test(arg))) this.report('destructive', call, 'removes every scheduled job of the account without asking');
    // A tunnel that publishes this machine's remote-login port to the internet.
    if ((name === 'ngrok' && args[0] === 'tcp' && /^(?:(?:localhost|127\.0\.0\.1):)?(?:22|3389|5900|5985|5986)$/.test(args[1] ?? '')) || (/^(?:cloudflared|bore|pinggy)$/.test(name) && /(?:ssh|rdp|tcp):\/\/[\w.-]*:(?:22|3389|5900)\b|\blocal\s+(?:22|3389|5900)\b/.test(`${name} ${joined}`))) {
      this.report('reverse-shell', call, 'publishes this machine\'s remote-login port to the internet through a tunnel');
    }
    if ((name === 'gsutil' && args.includes('rm') && args.some((arg) => /^-\w*[rRa]\w*$|\*\*/.test(arg))) || (name === 'gcloud' && args.includes('storage') && args.includes('rm') && args.some((arg) => /^(?:--recursive|-r|-R)$|\*\*/.test(arg))) || ((name === 'rclone' && /^(?:purge|delete)$/.test(args[0] ?? '') && (!args.some((arg) => /^--(?:min-age|max-age|include|filter)/.test(arg)) || minimumAgeIsZero(this, args)) && !namesOneFile(args.slice(1))) || (name === 'azcopy' && /^(?:remove|rm)$/.test(args[0] ?? '') && args.includes('--recursive')) || (name === 's3cmd' && (args.includes('rb') || (args.includes('del') && args.some((arg) => /^(?:--recursive|-r)$/.test(arg))))) || (name === 'mc' && args[0] === 'rm' && args.includes('--recursive')))) {
      // rclone's documentation spells its commands with the placeholder remote (`rclone purge remote:bucket`): a syntax line names no data of anyone's.
      const placeholder = name === 'rclone' && args.slice(1).filter((arg) => !arg.startsWith('-')).every((arg) => RCLONE_PLACEHOLDER.test(arg));
      // What the skill says it keeps says nothing when the age that should keep it is zero.
      if (!safe(this, joined, !minimumAgeIsZero(this, args)) && !args.some(namesRunFolder)) this.report('destructive', call, placeholder ? 'deletes a whole storage bucket or folder; the target here is a placeholder, so make sure the real one is the user\'s choice' : 'deletes a whole storage bucket or folder without asking', placeholder ? 'warning' : 'error');
    }
    // `delete-bucket` alone: its `-lifecycle`, `-tagging`, `-cors` siblings remove a bucket's settings, not its data.
    if ((name === 'aws' && ((args.includes('rm') && args.includes('--recursive') && !args.some((arg) => /^--(?:exclude|include)(?:=|$)/.test(arg))) || (args.includes('rb') && args.includes('--force')) || args.some((arg) => /^delete-(?:db-instance|db-cluster|snapshot|volume|bucket(?!-)|backup)/.test(arg)))) || ((name === 'gcloud' || name === 'az') && args.includes('delete') && args.some((arg) => /^(?:--quiet|-q|--yes|-y)$/.test(arg)))) {
      // A listing whose filter every item passes deletes every item, whatever the skill says the items are.
      const everyItem = listedThroughEmptyFilter(this, call, statement);
      if (!safe(this, joined, !everyItem) && (everyItem || !fedByNarrowedListing(this, call, statement)) && !args.some(namesRunFolder)) this.report('destructive', call, 'deletes cloud data or backups without asking');
    }
    if ((name === 'chmod' || name === 'chown') && args.some((arg) => /^-\w*R/.test(arg)) && args.some((arg) => PRECIOUS_PATH.test(arg))) this.report('destructive', call, 'changes permissions of the whole system or home folder');
    // (Also what such a search prints handed on to a remover: `find ~ -mtime +7 -print0 | xargs -0 rm -rf`.)
    const remover = /^(?:rm|shred|unlink|srm|wipe)$/.test(name) && !chain(call).some(picksLines);
    const searchedRoot = name === 'find' ? args[0] : remover ? chain(call).find((source) => source.name === 'find')?.args[0] : undefined;
    if (PRECIOUS_PATH.test(searchedRoot ?? '') && (name !== 'find' || args.some((arg) => arg === '-delete' || /^(?:rm|shred|unlink|truncate|srm|wipe)$/.test(arg)))) this.report('destructive', call, 'deletes files across the whole system or home folder');
    // Every volume of the machine (databases live there), or every remote branch; a prune narrowed by a label filter, or one named volume, is not.
    // `volume prune` without `--all` takes only anonymous volumes no container uses; named volumes, where data is kept, stay.
    if (name === 'docker' && !safe(this, joined) && ((args.includes('prune') && args.includes('--volumes') && args.some((arg) => /^(?:-\w*[af]|--all|--force)$/.test(arg))) || (args[0] === 'volume' && args[1] === 'prune' && !args.some((arg) => /^--filter/.test(arg)) && args.some((arg) => /^(?:-\w*a\w*|--all)$/.test(arg))) || (args[0] === 'volume' && args[1] === 'rm' && /\bvolume\s+(?:ls|list)\s+-q\b(?![^|)\n]{0,200}(?:--filter|\s-f\s))/.test(statement.text) && !statement.calls.some((other) => other.end <= call.start && picksLines(other))))) {
      this.report('destructive', call, 'deletes every Docker volume, with the databases and files kept in them');
    }
    // The same listing kept in a variable or read line by line first (`vols=$(docker volume ls -q)`, then a loop over it).
    else if (name === 'docker' && args[0] === 'volume' && args[1] === 'rm' && !safe(this, joined) && listsEveryVolume(this.resolve(statement.text))) {
      this.report('destructive', call, 'deletes every Docker volume, with the databases and files kept in them');
    }
    if (name === 'git' && args[0] === 'push' && args.some((arg) => arg === '--delete' || arg === '-d') && /\$\(\s*git\s+(?:branch|for-each-ref|ls-remote)\b|\bxargs\b/.test(statement.text) && !KEEPS_MATCHING.test(statement.text) && !listsMergedBranches(this, statement)) {
      this.report('destructive', call, 'deletes every remote branch it lists, discarding other people\'s work');
    }
    // Force-deleting every local branch a listing returns, merged or not: unpushed work goes with them.
    if (name === 'git' && args[0] === 'branch' && args.some((arg) => arg === '-D' || arg === '--force' || /^-\w*D/.test(arg)) && ([...chain(call), ...this.callsWithin(call, statement)].some(listsEveryBranch) || args.some((arg) => /^\$\{?[A-Za-z_]\w*\}?$/.test(arg) && listsEveryBranchUnsearched(this.definitions.get(arg.replace(/^\$\{?|\}$/g, '')) ?? ''))) && !chain(call).some(keepsOnlyMatches)) {
      this.report('destructive', call, 'force-deletes every local branch, with any commits that were never pushed');
    }
    // Privilege escalation.
    if (/^(?:os\.chmod|os\.fchmod|os\.lchmod|\w+\.chmod|fs\.chmodSync|fs\.chmod|fs\.promises\.chmod|chmodSync|Deno\.chmod)$/.test(call.name) && call.args.slice(1).some((arg) => /^0o?[2467][0-7]{3}$|^(?:0x(?:[89a-f]|c)[0-9a-f]{2}|\d+)$/i.test(arg.trim()) && setsId(arg.trim()) || /\bS_IS[UG]ID\b/.test(arg))) {
      this.report('privilege-escalation', call, 'sets the setuid/setgid bit, letting any user run the file with its owner\'s rights');
    }
    const idMode = name === 'chmod' ? args.find((arg) => SET_ID_MODE.test(arg)) : undefined;
    if (idMode !== undefined) {
      // A setgid folder only makes new files in it keep the folder's group: made by the skill, it holds no program;
      // a group-writable setgid mode is the shared-folder pattern, worth a look but not a grant of rights.
      const targets = args.filter((arg) => arg !== idMode && !arg.startsWith('-') && !arg.startsWith('>'));
      const groupOnly = setsGroupIdOnly(idMode);
      const made = madeFolders(this);
      if (!(groupOnly && targets.length > 0 && targets.every((target) => made.has(unquoted(target)))) && !this.restoresSetuidByDesign(targets)) {
        const shared = groupOnly && groupWritable(idMode);
        this.report('privilege-escalation', call, shared ? 'sets the setgid bit with group write, the pattern of a shared folder; check the target is a folder and not a program' : 'sets the setuid/setgid bit, letting any user run the file with its owner\'s rights', shared ? 'warning' : 'error');
      }
    }
    if (name === 'install' && args.some((arg, index) => (args[index - 1] === '-m' || args[index - 1] === '--mode') && /^(?:[ugoa]*\+[rwxX]*s[rwxX]*|0?[2467][0-7]{3})$/.test(arg) || /^--mode=(?:[ugoa]*\+[rwxX]*s|0?[2467][0-7]{3})$/.test(arg))) this.report('privilege-escalation', call, 'installs a program with the setuid/setgid bit, letting any user run it with its owner\'s rights');
    // `=ep` or `all=ep` with no capability named grants every capability; `cap_net_bind_service=ep` grants that one.
    if (name === 'setcap' && (/cap_(?:setuid|setgid|sys_admin|dac_override|dac_read_search|sys_ptrace|sys_module)/i.test(joined) || args.some((arg) => /^["']?(?:all)?[=+][eip]{1,3}["']?$/i.test(arg)))) this.report('privilege-escalation', call, 'grants root-level capabilities to a program');
    if (/^(?:usermod|gpasswd|adduser|addgroup|dseditgroup|net|add-localgroupmember)$/.test(name) && /\b(?:sudo|wheel|root|admin|administrators)\b/i.test(joined) && !/\bdocker\b/.test(joined)) {
      // The account running the skill made an administrator grants the skill itself root; another named account
      // (a colleague's new login, whose sudo still asks for its password) is an administrator's decision to confirm.
      const self = CURRENT_USER.test(this.resolve(joined)) || CURRENT_USER.test(joined);
      const planted = !self && args.some((arg) => createdWithKnownPassword(this, arg));
      this.report('privilege-escalation', call, self ? 'adds the account running it to an administrators group, giving itself root' : planted ? 'creates an account with a password written in the skill and makes it an administrator: a login whose password the skill\'s author knows' : 'adds an account to an administrators group; make sure the user asked for it', self || planted ? 'error' : 'warning');
    }
    // Groups whose members read every disk, the password hashes or kernel memory directly are root in all but name.
    if (/^(?:usermod|gpasswd|adduser|addgroup)$/.test(name) && /(?:^|[\s,=])["']?(?:disk|shadow|kmem)["']?(?=$|[\s,])/.test(joined)) {
      const self = CURRENT_USER.test(this.resolve(joined)) || CURRENT_USER.test(joined);
      this.report('privilege-escalation', call, self ? 'adds the account running it to a group that reads raw disks, password hashes or kernel memory, which is root in all but name' : 'adds an account to a group that reads raw disks, password hashes or kernel memory; make sure the user asked for it', self ? 'error' : 'warning');
    }
    // A kernel module loaded from a download or a temporary folder runs with full control of the machine, unreviewed by any distribution.
    if (/^(?:insmod|modprobe|kldload)$/.test(name) && args.some((arg) => [...this.downloaded].some((path) => !path.endsWith('/') && sameFile(arg, path)) || /^["']?(?:\/tmp|\/var\/tmp|\/dev\/shm)\//.test(arg))) {
      this.report('privilege-escalation', call, 'loads a kernel module downloaded or kept in a temporary folder, code that runs with full control of the machine');
    }
    // A miner's command line, whatever the program is called: a pool as host:port and a wallet-sized account.
    const after = (flags: RegExp) => args[args.findIndex((arg) => flags.test(arg)) + 1] ?? '';
    if (/^[\w.-]{3,253}:\d{2,5}$/.test(after(/^(?:-o|--url|--pool|-P)$/)) && /^[A-Za-z0-9._+-]{26,200}$/.test(after(/^(?:-u|--user|--wallet|--address)$/))) {
      this.report('crypto-mining', call, 'starts a program with a mining pool and a wallet account, a cryptocurrency miner under another name');
    }
    // System program folders made writable by everyone, or handed to one user: whoever writes there runs code as root next.
    const systemDirs = args.filter((arg) => /^["']?\/(?:usr\/(?:local\/)?(?:s?bin|lib(?:exec|32|64)?)|usr|s?bin|lib(?:32|64)?|etc(?:\/(?:sudoers\.d|profile\.d|cron\.d|init\.d|systemd))?)\/?["']?$/.test(arg));
    if (name === 'chmod' && systemDirs.length > 0 && args.some((arg) => /^0?[0-7]?[0-7][0-7][2367]$|^(?:[ugoa]*[oa][ugoa]*)?\+[rwxX]*w[rwxX]*$/.test(arg))) this.report('privilege-escalation', call, 'makes system program folders writable by everyone, so any user can replace what root runs');
    if (name === 'chown' && args.some((arg) => /^-\w*R/.test(arg)) && systemDirs.some((dir) => !/\/usr\/local\/?["']?$|^["']?\/usr\/?["']?$/.test(dir)) && !args.some((arg) => /^root(?::root)?$/.test(arg))) this.report('privilege-escalation', call, 'hands system program folders to a user, so that user can replace what root runs');
    if (/^(?:usermod|useradd|adduser)$/.test(name) && args.some((arg, index) => /^(?:-u|--uid)$/.test(args[index - 1] ?? '') && arg === '0' || /^--uid=0$/.test(arg))) this.report('privilege-escalation', call, 'gives an account user id 0, making it a second root');
    // Persistence by command.
    if (PERSISTENCE_COMMAND.test(name)) inspectScheduler(this, call, name, args, statement);
    if (name === 'git' && args.includes('config') && args.some((arg) => arg === 'core.hooksPath') && args.some((arg) => /^(?:\/tmp|~|\$HOME|\/dev\/shm|\/var\/tmp)/.test(arg))) {
      this.report('persistence', call, 'points git hooks at a folder outside the repository, so code from there runs on every commit');
    }
  }

  /** @internal */
  sends: boolean | null = null;

  /** @internal */
  testOnly: boolean | null = null;

  /** Writes into places that run later, into sudoers, or over system files. */
  private inspectWrite(call: Call, effective: { name: string; args: string[] }, statement: Statement): void {
    const name = effective.name.toLowerCase();
    const targets: string[] = [];
    for (const arg of effective.args) {
      const redirect = /^(?:>>?|>\|)(.+)$/.exec(arg);
      if (redirect) targets.push(redirect[1]!);
    }
    if (name === 'tee') targets.push(...effective.args.filter((arg) => !arg.startsWith('-') && !arg.startsWith('>')));
    if (/^(?:cp|mv|install|ln|copy-item|move-item)$/.test(name)) {
      const operands = effective.args.filter((arg) => !arg.startsWith('-'));
      if (operands.length >= 2) targets.push(operands.at(-1)!);
    }
    if (/^(?:add-content|set-content|out-file|ac|sc)$/.test(name)) targets.push(...effective.args.filter((arg) => !arg.startsWith('-')).slice(0, 1));
    if (/(?:^|\.)(?:writeFileSync|appendFileSync|writeFile|appendFile|createWriteStream|write_text|write_bytes|open|openSync|WriteAllText|AppendAllText)$/.test(call.name)) targets.push(call.args[0] ?? '');
    const node = this.program.language === 'javascript' || this.program.language === 'typescript';
    if (node && /(?:^|\.)(?:open|openSync)$/.test(call.name)) {
      // Node's `open(path, flags)` (fs, fs/promises): the path comes first and any flag but plain reading writes to it.
      if (!call.args.slice(1).some((arg) => NODE_WRITE_FLAGS.test(arg))) targets.length = 0;
    } else if (call.name === 'open' || /\.open$/.test(call.name)) {
      if (!/["'](?:a|w|ab|wb|a\+|w\+|r\+b?|rb\+)["']|mode\s*=\s*["'](?:[aw]|r\+|rb\+)/.test(call.args.join(' ')) && !call.args.some((arg) => /^(?:a|w|ab|wb|a\+|w\+|r\+b?|rb\+)$/.test(arg)) && !(call.name === 'os.open' && /\bO_(?:WRONLY|RDWR)\b/.test(call.args.join(' ')))) targets.length = 0;
      // `path.open("a")`, `path.write_text(…)`: the file is the receiver; `os.open(path, os.O_RDWR)` takes it first.
      else if (call.name !== 'open' && call.name !== 'os.open') targets.splice(0, targets.length, call.name.slice(0, call.name.lastIndexOf('.')));
    }
    if (this.program.language === 'python' && /\.(?:write_text|write_bytes)$/.test(call.name)) targets.splice(0, targets.length, call.name.slice(0, call.name.lastIndexOf('.')));
    // `with path.open("a") as rc:` … `rc.write(…)`: what goes through the handle goes into the file it was opened on
    // (a handle of the `open(path, "a")` builtin is read with the statement that opens it).
    const handle = this.program.language === 'python' ? /^(\w{1,100})\.(?:write|writelines)$/.exec(call.name)?.[1] : undefined;
    const opened = handle ? this.definitions.get(handle) ?? '' : '';
    if (handle && /\.open\(\s*["']?[aw]/.test(opened) && PERSISTENCE_PLACE.test(opened)) targets.push(opened);
    if (name === 'sed' && effective.args.some((arg) => /^-i/.test(arg))) targets.push(...effective.args.filter((arg) => !arg.startsWith('-')).slice(1));
    const payload = statement.text;
    for (const written of targets) {
      // A target kept in a variable (`for rc in ~/.bashrc ~/.zshrc; do … >> "$rc"`) is what the variable holds.
      const target = /[$\w]/.test(written) && !PERSISTENCE_PLACE.test(written) ? this.resolve(written) : written;
      if (/\/etc\/sudoers/.test(target)) {
        const grantsAll = /NOPASSWD\s*:\s*ALL|ALL\s*=\s*\(ALL(?::ALL)?\)\s*(?:NOPASSWD:\s*)?ALL/.test(payload) && (/\$\(whoami\)|\$USER\b|\$\{USER\}|NOPASSWD\s*:\s*ALL/.test(payload));
        this.report('privilege-escalation', call, grantsAll ? 'gives passwordless root to a user by editing sudoers' : 'edits sudoers without `visudo`; a mistake locks everyone out and a loose rule gives root away', grantsAll ? 'error' : 'warning');
        continue;
      }
      // A doas rule without `cmd` lets its user run anything; with `nopass` and as root, that is passwordless root.
      if (/\/etc\/doas\.conf\b/.test(target) && DOAS_NOPASS_ANY_COMMAND.test(payload)) {
        this.report('privilege-escalation', call, 'gives passwordless root for every command to a user by editing the doas rules');
        continue;
      }
      if (/\/etc\/(?:passwd|shadow|group)\b/.test(target)) {
        this.report('privilege-escalation', call, 'writes to the system account database, which can create a root account');
        continue;
      }
      // A device named by a listing of the machine's own disks (`"/dev/" + lsblk -no PKNAME …`, or a variable holding
      // what `blkid -o device` printed) is one the program picked, not the user.
      const listedDevice = DISK_LISTING.test(target) && ([target, written].some((path) => /^\s{0,4}f?["'`]?\/dev\//.test(path)) || (/^[A-Za-z_$][\w$]{0,60}$/.test(written.trim()) && !PATH_BUILT_ON.test(target)));
      if (/^\/dev\/(?:sd|nvme|hd|vd|xvd|disk|mmcblk)/.test(target) || listedDevice) {
        this.report('destructive', call, 'overwrites a disk device, destroying everything on it');
        continue;
      }
      if (/\.(?:curlrc|wgetrc|npmrc|yarnrc|gitconfig)\b|gitconfig$|pip\.conf|pip\.ini/.test(target) && /(?:^|\n|\s)(?:insecure|-k|--insecure)\s*(?:\n|$)|check_certificate\s*=\s*off|strict-ssl\s*=?\s*false|sslVerify\s*=\s*false|trusted-host/i.test(payload)) {
        this.report('security-tampering', call, 'writes a configuration that turns off TLS certificate checks for every later download');
        continue;
      }
      if (PERSISTENCE_PLACE.test(target) && SECRET_SCAN_SKIPPED.test(payload)) {
        this.report('security-tampering', call, 'skips the secret-scanning commit hooks in every later shell, so leaked keys get committed unseen');
        continue;
      }
      const shim = shadowedCommand(target, payload);
      // A udev rule that runs a program (`RUN+=`) runs it as root whenever a matching device appears; one that only sets permissions does not.
      const runsOnDeviceEvent = /\/udev\/rules\.d\//.test(target) && /\b(?:RUN|PROGRAM)\+?=/.test(payload);
      // A desktop entry an installed package ships, copied into autostart: the user's installed program started at login, as its own settings would.
      const packagedEntry = /^(?:cp|install|ln)$/.test(name) && /\.config\/autostart\//.test(target) && effective.args.filter((arg) => !arg.startsWith('-')).slice(0, -1).every((source) => /^["']?\/(?:usr\/share\/applications|usr\/local\/share\/applications|var\/lib\/flatpak\/exports\/share\/applications|var\/lib\/snapd\/desktop\/applications|etc\/xdg\/autostart)\/[\w.@-]{1,120}\.desktop["']?$/.test(source));
      if (packagedEntry) continue;
      if (!PERSISTENCE_PLACE.test(target) && !isGitHook(this, target) && shim === null && !runsOnDeviceEvent) continue;
      const alwaysHostile = /sitecustomize|usercustomize|\.pth\b|ld\.so\.preload/.test(target);
      // A key installed for an account the same code creates (`adduser jordan` … `/home/jordan/.ssh/authorized_keys`) is onboarding, not a back door.
      const onboarding = /\/home\/[\w.-]+\/\.ssh\/authorized_keys/.test(target) && this.wholeHas(/\b(?:adduser|useradd)\b/);
      const keyed = /authorized_keys/.test(target) && /\bssh-(?:rsa|ed25519|dss)\s+AAAA|ecdsa-sha2-nistp\d+\s+AAAA/.test(payload) && !/\.pub\b/.test(payload) && !onboarding;
      const downloadedHere = [...this.downloaded].some((path) => mentionsPath(this, payload, path));
      // A program this code wrote that fetches or sends, started from here (`ExecStart=%h/.local/bin/x`, `"$HOME/.cache/x" &` in an rc file).
      const startsHostileScript = [...this.writtenContent].some(([path, content]) => path !== written && HOSTILE_PAYLOAD.test(content) && mentionsPath(this, payload.replace(/%h(?=\/)/g, '$HOME'), path));
      // A file this code wrote (not a device output is thrown into) that itself writes into start-up files or the schedule, run or sourced from here: removing the hook does not remove it.
      const startsSelfRestoringScript = [...this.writtenContent].some(([path, content]) => path !== written && !/^["']?\/dev\//.test(path) && writesStartupPlaces(content) && mentionsPath(this, payload.replace(/%h(?=\/)/g, '$HOME'), path));
      // A preload setting (`NODE_OPTIONS=--require f`, `PYTHONSTARTUP=f`…) that loads a file this program wrote with network code in it,
      // or code that loads more code named only at run time (every file of a folder, a computed module path).
      const setting = `${payload} ${statement.uses.map((used) => this.definitions.get(used) ?? '').join(' ').slice(0, 2000)}`;
      const preloads = PRELOAD_SETTING.test(setting) && [...this.writtenContent].some(([path, content]) => mentionsPath(this, setting, path.replace(/^["']|["']$/g, '')) && (/https?:\/\//.test(content) || LOADS_CODE_BY_VALUE.test(content)));
      // A program (not a shell script) that installs something to start by itself and carries code talking to a fixed endpoint.
      const phonesHome = this.program.language !== 'bash' && this.program.language !== 'powershell' && this.wholeHas(/\bhttps?:\/\/(?!localhost\b|127\.)/) && this.wholeHas(/\b(?:urlopen|requests\.\w+|httpx\.\w+|fetch\(|https?\.(?:get|request)\(|axios|socket\.|curl|wget)\b/);
      // A PAM module that runs a program the skill wrote itself, at every login.
      // A PAM module that hands the typed password to a program (`expose_authtok`) gives it every password at every login.
      const loginHook = /\/etc\/pam\.d\//.test(target) && /\bpam_exec\.so\b/.test(payload) && ([...this.written].some((path) => path.length > 4 && payload.includes(path.replace(/^["']|["']$/g, ''))) || /\bpam_exec\.so\b[^\n]{0,200}\bexpose_authtok\b/.test(payload));
      const hostile = alwaysHostile || loginHook || keyed || downloadedHere || startsHostileScript || preloads || phonesHome || HOSTILE_PAYLOAD.test(payload.replace(/authorized_keys/g, '').replace(XML_IDENTIFIERS, ' ').replace(onboarding ? /\b(?:ssh-\w+|ecdsa-sha2-nistp\d+)\s+AAAA[\w+/=]*/g : /$^/, '')) || this.inflow(call, statement).has('decoded');
      if (/authorized_keys/.test(target) && !keyed && !hostile) continue;
      if (shim !== null) {
        this.report('persistence', call, hostile ? `puts a wrapper in front of \`${shim}\` on the PATH that fetches, decodes or sends something every time \`${shim}\` runs` : `puts a wrapper in front of \`${shim}\` on the PATH, which sees everything passed to it; make sure the user asked for it`, hostile ? 'error' : 'warning');
        continue;
      }
      if (startsSelfRestoringScript && !hostile) {
        this.report('persistence', call, 'runs a file at start-up that writes itself back into the start-up files or the schedule, so removing the hook does not stop it');
        continue;
      }
      this.report('persistence', call, keyed ? 'adds an SSH key from the skill to authorized_keys, giving its owner a way in' : hostile ? 'plants code that fetches, decodes or hides something where it runs again by itself' : 'changes a file that runs automatically (shell start-up, scheduler, hooks); make sure the user asked for it', hostile ? 'error' : 'warning');
    }
  }

  private inspectText(statement: Statement): void {
    // What a search looks for (`grep -E 'stratum|xmrig'`) is not what the program does.
    let text = statement.text;
    // A CI pipeline that includes its jobs from another server (`include: - remote: https://…`): whatever that file says runs with the project's secrets.
    const remoteInclude = this.configuration ? gatedExec(REMOTE_CI_INCLUDE, text)?.[1] : undefined;
    if (remoteInclude && this.wholeHas(/^[ \t]*include[ \t]*:/m) && !allowedFetch(this, remoteInclude)) {
      const own = isProjectInstaller(this, remoteInclude) || CODE_FORGE.test(remoteInclude);
      this.report('download-exec', statement, own ? 'includes CI jobs from a file on another repository; pin it to a reviewed commit' : 'includes CI jobs from a server nobody reviewed, which then run with the project\'s secrets', own ? 'warning' : 'error');
    }
    // A build script applied from an address (`apply from: 'https://…'`, `apply(from = "https://…")`): whoever serves it decides what every build runs, with the project's secrets.
    const remoteBuildScript = gatedExec(REMOTE_BUILD_SCRIPT, text)?.[1];
    if (remoteBuildScript && !allowedFetch(this, remoteBuildScript)) {
      const own = isProjectInstaller(this, remoteBuildScript) || CODE_FORGE.test(remoteBuildScript);
      this.report('download-exec', statement, own ? 'applies a build script from a file on another repository; pin it to a reviewed commit' : 'applies a build script fetched from a server at every build, so whoever serves it decides what the build runs', own ? 'warning' : 'error');
    }
    // An init script that loads the newest version of a plugin from a repository given by address runs whatever that server serves, in every build.
    const newestFrom = text.includes('classpath') ? initScriptLoadsNewestPlugin(this, text) : undefined;
    if (newestFrom && !newestFrom.every((url) => allowedFetch(this, url))) {
      this.report('download-exec', statement, 'loads a plugin at whatever version a repository given by address serves newest into every build the init script runs for, so whoever runs that server decides what the builds run');
    }
    // A log call already reported as sending the secret (a handler that ships it) is that one finding.
    if (shipsLogRecords(this) && !this.reported.has(`exfiltration ${statement.start}`) && putsEnvironmentInLogRecord(this, statement)) this.report('covert-channel', statement, 'puts the environment or a secret into the log records it ships to a server, so they leave with every log line');
    for (const call of statement.calls) {
      if (!/^(?:grep|egrep|fgrep|rg|ag|ack|findstr|select-string|sls|zgrep)$/i.test(call.name)) continue;
      for (const arg of call.args) if (arg.length >= 4 && !arg.startsWith('-')) text = text.split(arg).join(' ');
    }
    // An install hook written into a package (`"postinstall": "curl … | sh"`, a `cmdclass` whose `run` calls `os.system(…)`) runs on every install.
    if (/install|cmdclass|prepare/.test(text) && this.wholeHas(/package\.json|setup\.py/)) {
      for (const match of [...text.matchAll(INSTALL_HOOK), ...(text.includes('cmdclass') ? text.matchAll(SETUP_COMMAND) : [])]) {
        if (!HOSTILE_PAYLOAD.test(match[1] ?? '')) continue;
        this.report('persistence', { start: statement.start, end: statement.end }, 'writes an install hook into a package that fetches, decodes or sends something every time the package is installed');
        break;
      }
    }
    // Classes loaded into the running program from an address (`new URLClassLoader(new URL[]{ new URL(where) })`), not from a jar on disk: the server decides what runs.
    if (gatedTest(REMOTE_CLASS_LOADER, text)) this.report('download-exec', statement, 'loads classes into the running program from an address rather than from a file of the project, so whoever serves it decides what runs');
    // A command interpreter set as the debugger of a program (`Image File Execution Options\sethc.exe` `Debugger=cmd.exe`): starting that program, even from the logon screen, opens a shell with its rights.
    if (gatedTest(SHELL_AS_DEBUGGER, text)) this.report('persistence', statement, 'sets a command shell as the debugger of a program, so starting that program (even from the logon screen) opens a shell instead');
    // The program Windows starts as the desktop at logon, or runs to set up each session, extended with another: it starts with every logon, before anything the user sees.
    if (gatedTest(LOGON_PROGRAM_WRITE, text) && this.wholeHas(/\bWinlogon\b/i)) this.report('persistence', statement, 'adds a program to the Winlogon shell or user initialiser, so it starts at every logon before the desktop');
    if (/insteadof|credential/i.test(text)) {
      // Read as git reads it: a shell line with its variables' values, code with its argument list and concatenations joined.
      const gitLine = this.program.language === 'bash' ? (text.includes('$') ? this.resolve(text) : text) : text.replace(/["']\s{0,10}\+\s{0,10}([\w.$]{1,100})\s{0,10}\+\s{0,10}["']/g, '{$1}').replace(/["']\s*,\s*["']/g, ' ');
      const redirects = [...gitRemoteRedirects(gitLine), ...(!this.configuration && /(?:^|\s)\[[ \t]*(?:url|credential)\b/i.test(text) ? gitConfigRedirects(text) : [])];
      for (const redirect of redirects) this.report(redirect.threat, statement, redirect.why);
    }
    // The hosts file given an address for a public service's name: every program of the machine then talks to that address instead.
    const entries = this.wholeHas(HOSTS_FILE) && /\.[a-z]/i.test(text) ? (text.includes('$') || this.program.language !== 'bash' ? `${text}\n${this.resolve(text.slice(0, 2000))}` : text) : '';
    if (HOSTS_ENTRY_START.test(entries)) {
      const taken = hijackedNames(entries);
      if (taken.length > 0) this.report('security-tampering', statement, `points ${taken.slice(0, 3).join(', ')} at another address in the hosts file, so that address receives every connection, login and download meant for it`);
    }
    if (gatedTest(this.configuration ? MINING_CONFIG : MINING, text)) this.report('crypto-mining', statement, 'starts or configures a cryptocurrency miner, which burns the user\'s machine for someone else');
    else if (!this.configuration && gatedTest(DECODER, text) && [...text.matchAll(BASE64_RUN)].slice(0, 8).some((run) => MINING.test(base64Text(run[0]) ?? ''))) this.report('crypto-mining', statement, 'decodes a mining pool address or miner option that it keeps encoded, to start a cryptocurrency miner out of a reviewer\'s sight');
    // SSH client settings kept in a string of a script (`f.write("Host *\n  StrictHostKeyChecking no")`); shell here-documents are read as lines of the file.
    if (this.program.language !== 'bash' && /\bHost[ \t]+\*[ \t]*\n[ \t]*StrictHostKeyChecking[ \t=]+no\b/.test(text)) this.report('security-tampering', statement, 'turns off SSH host key checks for every host, so connections trust whoever answers');
    // A command kept as a list of words (`subprocess.run(["auditctl", "-e", "0"])`) reads as the command line it runs.
    // A shell line that names its target through a variable (`: > "$trail"`) reads as the value the variable holds.
    const wordsJoined = this.program.language !== 'bash' ? (/["']\s*,\s*["']/.test(text) ? text.replace(/["']\s*,\s*["']/g, ' ') : text) : text.includes('$') ? this.resolve(text) : text;
    // A cloud SDK's call reads as the CLI command of the same operation (`ct.stop_logging(…)` on a CloudTrail client is `aws cloudtrail stop-logging`).
    const sdkCommands = this.cloudSdkCommands(statement);
    // A PowerShell switch given a variable (`-Enabled $off`) reads as the value the variable holds.
    const switchValue = this.program.language === 'powershell' && /-Enabled\s{0,4}:?\s{0,4}\$(?!false\b|true\b)\w/i.test(text) ? `\n${this.resolve(text)}` : '';
    const commandLine = (sdkCommands.length > 0 ? `${wordsJoined}\n${sdkCommands.join('\n')}` : wordsJoined) + switchValue;
    for (const { pattern, what, restoredBy, localTest } of TAMPERING) {
      if (!gatedTest(pattern, commandLine)) continue;
      // Excluding one project folder from scanning (to speed up builds) is a trade-off the user can make; excluding
      // a drive, a temporary or profile folder, a file type or a process blinds the scanner where payloads land.
      const narrowExclusion = /\bAdd-MpPreference\b/i.test(text) && !/-Disable|-Exclusion(?:Extension|Process|IpAddress)\b/i.test(text) && narrowScanExclusion(this, text);
      // Certificate checks skipped for one command that only talks to this machine (`GIT_SSL_NO_VERIFY=1 git clone https://localhost…`).
      const urls = urlsIn(text);
      if (localTest && urls.length > 0 && urls.every(isLoopbackUrl) && !/--global\b|--system\b|>>|\bexport\b|\bconfig\s+set\b|\bsetx?\b/i.test(text)) continue;
      // Checks skipped for the rest of a script (`export VAR=0`, `process.env.VAR = "0"` in a test set-up) whose every address is
      // this machine, and not saved anywhere that outlives it: a test against a self-signed local server, for a reviewer to see.
      const localScript = localTest === true && urls.length === 0 && !PERSISTED_SETTING.test(text) && this.namesOnlyThisMachine();
      // AppArmor relaxed for profiles named one by one (to log what a new build of one program is denied), not every profile a glob,
      // a variable or a folder stands for.
      const namedProfiles = !pattern.test(text.replace(/\baa-(?:complain|disable)\b/gi, ' ')) && namesApparmorProfiles(text);
      // A control switched off for a step and back on after it is a trade-off a reviewer should see, not a machine left open;
      // one saved into the boot settings (`SELINUX=`, a file under `/etc/sysctl`) stays off after the next boot whatever follows.
      const restored = restoredBy !== undefined && !/-Exclusion|\bSELINUX=|\/etc\/sysctl/i.test(text) && this.restoredAfter(statement, restoredBy);
      // Certificate checks skipped in the environment of one command that starts a development server (`VAR=0 npm run dev`, for a
      // self-signed local certificate): nothing else runs without them, and a reviewer should see it kept out of production.
      const developmentOnly = this.program.language === 'bash' && DEVELOPMENT_COMMAND.test(text) && !/--global\b|--system\b|>>|\bexport\b|\bconfig\s+set\b|\bsetx?\b/i.test(text);
      if (developmentOnly) this.report('security-tampering', statement, `${what} for one command that starts a development server; never do this in production`, 'warning');
      else if (localScript) this.report('security-tampering', statement, `${what} for a script that talks only to this machine; never do this in production`, 'warning');
      else if (namedProfiles) this.report('security-tampering', statement, 'puts named AppArmor profiles in complain mode or unloads them; make sure the user asked for it and that they are enforced again', 'warning');
      else if (narrowExclusion || restored) this.report('security-tampering', statement, narrowExclusion ? 'excludes a folder from malware scanning; make sure the user asked for it' : `${what} for a while and switches it back on later; make sure it comes back on if a step in between fails`, 'warning');
      else this.report('security-tampering', statement, `${what}, leaving the machine open to attack`);
    }
    // A client told to skip certificate checks for every request it sends (a session, a library's defaults, the process-wide
    // transport) trusts whoever answers on the way; aimed only at this machine, it is a local test against a self-signed server
    // (a program that names no address at all may be pointed anywhere).
    if (((gatedTest(CLIENT_WIDE_TLS_OFF, text) && (!/\.defaults\.httpsAgent\b/.test(text) || this.wholeHas(/\brejectUnauthorized\s*:\s*false\b/))) || (text.includes('http.Default') && defaultTransportSkipsVerify(this, text))) && !this.namesOnlyThisMachine()) {
      this.report('security-tampering', statement, 'turns off TLS certificate checks for every request a client or the whole process makes to other hosts, leaving them open to interception');
    }
    // A polkit rule saying yes to named actions only is a narrow grant; one saying yes to every action removes the check.
    for (const { pattern, what } of PRIVILEGE) if (gatedTest(pattern, text) && (!polkitScoped(text) || pattern.test(text.replace(/\bpolkit\.Result\.YES\b/g, ' ')))) this.report('privilege-escalation', statement, what);
    // Cluster administrator rights bound to a person or group by a job that runs on schedule: removing the access does not last, the job grants it again.
    if (gatedTest(CLUSTER_ADMIN_FOR_PERSON, text) && (SCHEDULED_LINE.test(text) || this.wholeHas(CRONJOB_MANIFEST))) this.report('persistence', statement, 'grants cluster administrator rights to a person or group from a job that runs on schedule, so the access comes back whenever someone removes it');
    // The cluster API proxied, with the user's credentials, to every interface for any host name: anyone on the network administers the cluster.
    if (gatedTest(PROXY_ACCEPTS_EVERY_HOST, text)) {
      const around = this.whole.slice(Math.max(0, statement.start - 600), statement.end + 600);
      // `--accept-hosts` is the cluster proxy's own option, so its program may be named through a variable (`$KUBECTL proxy`) and
      // its arguments listed one per line (a launch agent's strings).
      if (/\bproxy\b/.test(around) && BOUND_TO_EVERY_INTERFACE.test(around)) this.report('security-tampering', statement, 'proxies the cluster API with the user\'s credentials to every network interface for any host name, so anyone who can reach the machine administers the cluster');
    }
    // Webhook signatures checked only when a switch is set: by default anyone can post events the handler takes for the provider's.
    // The branches may be statements of their own (a function's body), so the whole code is read and the statement holding the `if` reports it.
    if (this.program.language !== 'bash') {
      if (this.optInSignatureCheckAt === undefined) {
        const check = gatedExec(OPT_IN_SIGNATURE_CHECK, this.whole);
        this.optInSignatureCheckAt = check && !STAGE_SETTING.test(check[1] ?? '') ? check.index : -1;
      }
      const at = this.optInSignatureCheckAt;
      if (at >= 0 && statement.end > at) {
        this.optInSignatureCheckAt = -1;
        this.report('security-tampering', statement, 'checks webhook signatures only when a setting switches the check on; by default it takes any request body as the provider\'s, so anyone can forge events');
      }
    }
    // The home folder, with its keys, tokens and shell history, served over HTTP to whoever reaches the machine.
    if (gatedTest(SERVES_HOME_FOLDER, text) && !BOUND_TO_LOOPBACK.test(text)) this.report('security-tampering', statement, 'serves the whole home folder, with its keys and credentials, over HTTP to anyone who can reach the machine');
    // Read on the command line a list of words makes too (`subprocess.run(["sudo", "chmod", "777", …])`); a shell line's own chmod is read as a call.
    if (gatedTest(ROOT_RUN_FILE_OPENED, commandLine)) this.report('privilege-escalation', statement, 'makes a program or setting that root runs writable by everyone, so any user can have root run their code');
    if (this.program.language !== 'bash' && gatedTest(SETUID_CHMOD, commandLine)) this.report('privilege-escalation', statement, 'sets the setuid bit, letting any user run the file with its owner\'s rights');
    if ((gatedTest(DATA_WIPE, text) || (gatedTest(SDK_SNAPSHOT_DELETE, text) && walksSnapshotListing(this, statement, text))) && !safe(this, text) && !selectedByAge(this, statement)) this.report('destructive', statement, 'wipes a data store or its backups without a confirmation or a disposable target');
    if (gatedTest(EVERY_MODEL_ROW_DELETED, text) && !inTestSuite(this, statement) && !safe(this, `${text} ${statement.uses.map((used) => this.definitions.get(used) ?? '').join(' ').slice(0, 2000)}`)) this.report('destructive', statement, 'deletes every row of a table through its model, with no condition choosing which');
    // The same switch made through a cluster client library (`patch_persistent_volume(pv.metadata.name, {…"Delete"…})`) for each volume it lists.
    if (/\bpatch_?[Pp]ersistent_?[Vv]olume(?!_?[Cc]laim)\w{0,20}\s{0,4}\(\s{0,4}(?!(["'])[^"'\n{}%$]{0,200}\1\s{0,4}[,)])/.test(text) && /persistentVolumeReclaimPolicy\\?["']?\s{0,4}:\s{0,4}\\?["']Delete\b/.test(text) && this.wholeHas(/\blist_?[Pp]ersistent_?[Vv]olume(?!_?[Cc]laim)\w{0,20}\s{0,4}\(/) && !safe(this, text)) {
      this.report('destructive', statement, 'makes every persistent volume a listing returns be deleted with its claim, so the disks and their data go when the claims are removed');
    }
    // A Redis client emptying its database (`.flushdb()`, `flushDb()`) on a server other than this machine, as `redis-cli -h host FLUSHDB` does.
    if (/\.flush_?db\b/i.test(text) && this.wholeHas(REDIS_ELSEWHERE) && !inTestSetup(this, statement) && !safe(this, text) && !stopsUnlessThisMachine(this, statement)) this.report('destructive', statement, 'empties a Redis database on another host without asking');
    // A storage lifecycle rule that expires or deletes every object (no prefix to scope it) within a day: the bucket empties itself.
    // Scoped by no prefix, the rule covers every object whatever the skill says it cleans: only its target can make it disposable.
    // A rule built in a variable (`rule = {…}` then `Rules: [rule]`) is read with the call that applies it.
    const rule = /lifecycle/i.test(text) ? `${text} ${statement.uses.map((used) => this.definitions.get(used) ?? '').join(' ').slice(0, 4000)}` : text;
    if (((/lifecycle/i.test(text) && (EXPIRES_AT_ONCE.test(rule) || expiresByDefaultWithinADay(this, rule))) || gatedTest(DELETES_AT_AGE_ZERO, text)) && !SCOPED_BY_PREFIX.test(rule) && !safe(this, text, false)) this.report('destructive', statement, 'sets a storage lifecycle rule that expires every object within a day, so the bucket empties itself');
    if (gatedTest(DROPS_WHOLE_STORE, text) && !safe(this, `${text} ${statement.uses.map((used) => this.definitions.get(used) ?? '').join(' ').slice(0, 2000)}`)) this.report('destructive', statement, 'drops a whole database or cluster namespace with everything in it, without a confirmation or a disposable target');
    // Files deleted unless a keep list names them, where the keep list falls back to empty when reading it fails (`catch { $used = []; }`): a failed lookup deletes every file.
    // A confirmation does not help: the lookup can fail on the run after the one the user reviewed.
    if (gatedTest(DELETES_AN_ITEM, text) && deletesMatchAllSettingsEntry(this, statement) && !safe(this, text)) this.report('destructive', statement, 'deletes each entry of a list in a settings file the skill ships, and one entry is a pattern every name matches (`*`, `_all`), so everything goes');
    if (gatedTest(DELETES_AN_ITEM, text) && keepListFailsOpen(this, statement)) this.report('destructive', statement, 'deletes every item its keep list does not name, and the keep list falls back to empty when reading it fails, so a failed lookup deletes them all');
    // Items deleted one by one after a pattern test whose pattern falls back to one every name matches when its setting is unset (`re.compile(os.environ.get("PATTERN", ".*"))`).
    if (gatedTest(DELETES_AN_ITEM, text) && selectsWithMatchAllDefault(this) && !safe(this, text)) this.report('destructive', statement, 'deletes every item a pattern test lets through, and the pattern falls back to one every name matches when its setting is unset');
    // An HTTP DELETE of a repository itself (`repos/OWNER/NAME` with nothing after it), not of something inside it.
    if (gatedTest(SENDS_HTTP_DELETE, text) && (/(?:^|[\s"'\/])repos\/(?:[\w.$-]{1,100}\/[\w.${}-]{1,100}|\{?\$\{[\w.]{1,100}\}\}?|\$\{\{\s{0,4}[\w.]{1,100}\s{0,4}\}\}|\$[A-Za-z_]\w{0,100})\/?(?=["'`\s;|&)]|$)/.test(text) || gatedTest(WHOLE_REPOSITORY_PATH, text)) && !safe(this, text)) {
      this.report('destructive', statement, 'deletes a whole repository, with its history, issues and releases');
    }
    // A search cluster's guard against wildcard deletes switched off, or a delete whose index pattern is everything or a variable followed by `*` (empty, it matches every index).
    if (/\bdestructive_requires_name["']?\s*[:=]\s*["']?false\b/.test(text)) this.report('security-tampering', statement, 'switches off the search cluster\'s guard that makes deletes name their indices, so one wildcard deletes them all');
    if (gatedTest(HTTP_DELETE_METHOD, text) && gatedTest(WILDCARD_INDEX_DELETE, text) && !wildcardIndexOfRefilledPrefix(this, text) && !safe(this, text)) this.report('destructive', statement, 'deletes every index of a search cluster, or every one a possibly empty prefix matches');
    if (this.program.language === 'bash' && gatedTest(HTTP_DELETE_METHOD, text) && wildcardAfterSilencedSubstitution(this, text) && !safe(this, text)) this.report('destructive', statement, 'deletes by a wildcard after a value whose command hides its failure, so when that command fails the value is empty and the wildcard takes every item');
    if (/\brepos\.delete\(|\.(?:deleteRepo|delete_repo|DeleteRepository|deleteRepository)\(|\.repos\.delete\b/.test(text) && !safe(this, text)) this.report('destructive', statement, 'deletes a whole repository, with its history, issues and releases');
    if (gatedTest(FLAGS_EVERY_MESSAGE_DELETED, text) && !safe(this, text)) this.report('destructive', statement, 'marks every message of a mailbox deleted (the sequence set `1:*`), so the next expunge erases the whole mailbox');
    if (gatedTest(EVERY_CLOUD_RESOURCE, text) && !safe(this, text)) this.report('destructive', statement, 'terminates or deletes every cloud resource of a kind the account has, without asking');
    if (/(?:^|[\s"'`]|`n)clean(?:\s+all)?\b/i.test(text) && this.wholeHas(/\bdiskpart\b/i) && this.wholeHas(/\bselect\s+disk\b/i)) this.report('destructive', statement, 'erases a disk\'s partition table with diskpart, destroying everything on it');
    if (/powershell|pwsh/i.test(text) && /\b(?:powershell|pwsh)(?:\.exe)?\b[^\n]{0,300}?["'\s]-(?:e|en|enc|enco|encodedcommand|ec)\s+["']?[A-Za-z0-9+/]{8,}={0,2}/i.test(text)) this.report('obfuscated-exec', statement, 'runs a Base64-encoded PowerShell command that a reviewer cannot read');
    if (/!!python\/(?:object\/(?:apply|new)|name|module):\s*(?:os\.|subprocess|builtins\.(?:exec|eval)|eval|exec)/.test(text)) this.report('obfuscated-exec', statement, 'hides a command in a YAML tag that runs when an unsafe loader reads the file');
    if (gatedTest(TRUSTS_MODULE_SOURCE, text) && !/powershellgallery\.com/i.test(text) && !trustsPrivateModuleSource(this, text)) this.report('download-exec', statement, 'trusts an unknown module source, so modules from it install and run without a prompt');
    // A configuration-management task that authorises a key written into the skill (Ansible's `authorized_key` with `key: ssh-ed25519 AAAA…`).
    if (/^[\s-]{0,40}key\s{0,4}:/m.test(text) && gatedTest(LITERAL_PUBLIC_KEY, text) && this.wholeHas(/\bauthorized_key\s{0,4}:/)) this.report('persistence', statement, 'authorises an SSH key written into the skill on the hosts it manages, a way in for whoever holds that key');
    if (/NOPASSWD\s*:\s*ALL\b/.test(text)) {
      // The account a cloud-init file makes on the server it provisions, logged in only with the user's own key (a
      // variable or placeholder, no key written into the skill): the cloud images' default user has this grant.
      const ownServer = this.wholeHas(/^#cloud-config\b/m) && this.wholeHas(/^\s{0,20}ssh_authorized_keys\s{0,4}:/m) && !this.wholeHas(LITERAL_PUBLIC_KEY);
      if (ownServer) this.report('privilege-escalation', statement, 'gives the account it provisions passwordless root on the new server; check that only the user\'s own key logs in to it', 'warning');
      else this.report('privilege-escalation', statement, 'grants passwordless root for every command');
    }
    if (/:\s*\(\s*\)\s*\{\s*:\s*\|\s*:\s*&\s*\}\s*;?\s*:/.test(text) && !holdsDataOnly(this, statement)) this.report('destructive', statement, 'is a fork bomb: it exhausts the machine until it has to be restarted');
    if (/\/dev\/(?:tcp|udp)\/[^\s/]{1,253}\/\d{1,5}/.test(text) && (/\b(?:ba)?sh\b[^\n]{0,40}-i\b|0\s*>&\s*1|>&\s*\/dev\/(?:tcp|udp)|<&\s*\d|\bexec\s+\d+<>/.test(text) || /\b(?:sh|bash|zsh)\b/.test(text) && /\|\s*while\b|\beval\b/.test(text))) {
      if (connectsOnlyToPlaceholderHosts(this, text)) this.report('reverse-shell', statement, PLACEHOLDER_REMOTE_SHELL, 'warning');
      else if (connectsOnlyToPrivateNetwork(this, text)) this.report('reverse-shell', statement, PRIVATE_REMOTE_SHELL, 'warning');
      else this.report('reverse-shell', statement, 'connects a shell to a remote host through /dev/tcp, giving someone else control of the machine');
    } else if (runsSocketInput(this, text)) {
      this.report('reverse-shell', statement, 'opens a connection through /dev/tcp and runs every line it receives: a remote shell');
    }
    if (/\/branches\/[^\s"'`]{1,200}\/protection\b|\/rulesets\b|\bsecret-scanning\b|\bcode-scanning\b|\bvulnerability-alerts\b|\bsecurity_and_analysis\b/i.test(text) && /["'\s]DELETE["'\s]|-X\s*DELETE|--method[= ]DELETE|\bcontexts\[\]=(?=["'\s]|$)|["']?(?:contexts|checks)["']?\s*:\s*\[\s*\]|\bnot-configured\b|["']?(?:state|status)["']?\s*:\s*["'](?:disabled|not-configured)["']|enforce_admins["']?\s*:\s*false/i.test(` ${text} `)) {
      this.report('security-tampering', statement, 'removes branch protection, rulesets or security scanning from a repository, leaving it open to unreviewed changes');
    }
    if (/\bgh\s+pr\s+merge\b[^\n]{0,200}\s--admin\b/.test(text) && this.wholeHas(/\bgh\s+pr\s+review\b[^\n]{0,200}\s--approve\b/)) {
      this.report('security-tampering', statement, 'approves its own pull requests and merges them past branch protection, so no one reviews what lands');
    }
    if (/\bcore\.hooksPath\b/.test(text) && /\/tmp\/|\/dev\/shm|https?:/.test(text)) this.report('persistence', statement, 'points git hooks at a folder outside the repository, so code from there runs on every commit');
    // Git settings whose value is a command git runs by itself (`core.fsmonitor`, `core.pager`, `!` aliases…).
    // (Or to a program the same code wrote that leaves a process running behind git, detached and silenced.)
    if (gatedTest(GIT_COMMAND_OPTION_SET, text) && (HOSTILE_PAYLOAD.test(text) || [...this.writtenContent].some(([path, content]) => mentionsPath(this, text, path) && LEAVES_PROCESS_BEHIND.test(content)))) this.report('persistence', statement, 'sets a git option to a command that fetches or hides something, so git runs it by itself from then on');
    // A configuration-management task switching SELinux, a firewall or an audit service off, its module or service named on the task's lines before.
    if (/^[\s-]{0,40}(?:state|enabled)\s{0,4}:/.test(text) && MANAGED_CONTROL_OFF.test(this.whole.slice(Math.max(0, statement.start - 800), statement.end))) this.report('security-tampering', statement, 'switches off SELinux, a firewall or an audit service on the hosts it manages, leaving them open to attack');
    // A browser policy force-installing an extension from an update address other than the browser's own store: code in every page the user opens, which they cannot remove.
    if (gatedTest(FORCED_EXTENSION_ELSEWHERE, text)) this.report('persistence', statement, 'makes the browser force-install an extension from outside its store, code in every page the user opens that the user cannot remove');
    // A settings file the same code wrote, included into the git settings (`include.path`, `includeIf.<condition>.path`): a command it sets (a pager, a file monitor) that fetches or hides something runs as if set directly.
    if (gatedTest(GIT_SETTINGS_INCLUDED, text) && [...this.writtenContent].some(([path, content]) => mentionsPath(this, text, path) && GIT_COMMAND_SETTING.test(content) && HOSTILE_PAYLOAD.test(content))) {
      this.report('persistence', statement, 'includes into the git settings a file it wrote whose command fetches or hides something, so git runs it by itself from then on');
    }
    // WMI event subscriptions run a command whenever their event fires, surviving reboots.
    if (/\b(?:Set-WmiInstance|New-CimInstance|Register-CimIndicationEvent|CreateInstance|mofcomp)\b[^\n]{0,300}\b(?:CommandLineEventConsumer|ActiveScriptEventConsumer|__FilterToConsumerBinding)\b/i.test(text)) this.report('persistence', statement, 'registers a WMI event subscription that runs a command by itself, a persistence mechanism that survives reboots');
    // A table dropped for each row of the database's own list of tables: every table goes.
    if (gatedTest(DROPS_NAMED_TABLE, text) && this.wholeHas(TABLE_CATALOG) && !safe(this, text)) {
      this.report('destructive', statement, 'drops every table the database lists, without a confirmation or a disposable target');
    }
    // A database or table dropped by a name taken from the server's own list of them (`for db in $(psql -Atc "select datname from pg_database")`,
    // `conn.tables.each { |t| conn.drop_table(t) }`): no name is chosen, so everything goes. What the skill says it resets does not
    // narrow the list; only a connection to a disposable database does.
    // A handle to the store of that name kept in a variable first (`const d = db.getSiblingDB(name)` … `d.dropDatabase()`).
    const handle = /\b([A-Za-z_]\w{0,60})\.(?:dropDatabase|drop_database)\(\s{0,4}\)/.exec(text)?.[1];
    const handed = handle === undefined ? null : storeOfNameHeld(handle).exec(text) ?? storeOfNameHeld(handle).exec(this.whole.slice(0, 65_536));
    const databaseDropped = gatedExec(DROPS_DATABASE_BY_NAME, text) ?? gatedExec(STORE_OF_NAME_DROPPED, text) ?? handed;
    const droppedByName = databaseDropped ?? gatedExec(DROPS_TABLE_BY_NAME, text);
    const catalog = droppedByName === null ? null : databaseDropped ? DATABASE_CATALOG : EVERY_TABLE_LISTING;
    if (droppedByName && catalog && dropsEveryListed(this, droppedByName.slice(1).find((name) => name !== undefined)!, catalog, statement) && !connectsToDisposable(this) && !this.confirmed) {
      this.report('destructive', statement, 'drops every database or table the server lists, one after another, whatever the skill says it resets');
    }
    // The same done in SQL: a DROP DATABASE statement written for each database the server lists and then run.
    else if (gatedTest(DROPS_DATABASE_OF_ROW, text) && dropsDatabaseOfEveryRow(this, statement) && !this.confirmed) {
      this.report('destructive', statement, 'drops every database the server lists, writing one DROP DATABASE per name and running them, whatever the skill says it resets');
    }
    // An HTTP DELETE on an address that falls back to the wider collection when a setting is empty.
    if ((gatedTest(SENDS_HTTP_DELETE, text) || /["'`]DELETE["'`]|\b(?:requests|httpx|session|client|axios|http)\.delete\(/i.test(text)) && collectionFallsBackToParent(this, statement) && !this.confirmed) {
      this.report('destructive', statement, 'deletes items of an address that, when a setting is empty, falls back to the wider collection above it, deleting those instead');
    }
    // An attached device's shared storage (its photos, downloads and documents) removed whole, from the device's own shell or through it.
    if (gatedTest(RECURSIVE_RM_COMMAND, text) && DEVICE_SHARED_STORAGE.test(text) && !this.confirmed) {
      this.report('destructive', statement, 'deletes the shared storage of an attached phone or tablet, the user\'s photos, downloads and documents on it');
    }
    // The data of, or the app itself, cleared for each package the device lists: every installed app loses what it kept, not one under test.
    const appCleared = gatedExec(CLEARS_APP_BY_NAME, text);
    if (appCleared && dropsEveryListed(this, appCleared[1]!, PACKAGE_LISTING, statement) && !narrowsListing(this, appCleared[1]!) && !this.confirmed) {
      this.report('destructive', statement, 'clears the data of, or removes, every app the device lists, not the one the skill tests');
    }
    // Every file a walk of a system or home folder meets, opened for writing and so emptied (`open(my $fh, '>', $_)`).
    if ((gatedTest(TRUNCATING_OPEN, text) || opensForWritingByName(this, text)) && this.wholeHas(FILE_WALK) && this.wholeHas(SYSTEM_DATA_ROOT) && !this.confirmed) {
      this.report('destructive', statement, 'empties every file a walk of a system or home folder finds, destroying the data in them');
    }
    // The user's private SSH keys listed and written over (`OpenOptions::new().write(true).open(&path)` for each `id_*` in `~/.ssh`).
    if (gatedTest(OPENS_FOR_WRITING, text) && this.wholeHas(PRIVATE_SSH_KEYS) && this.wholeHas(/["'][^"'\n]{0,100}\.ssh\b/) && this.wholeHas(/\b(?:read_?dir|listdir|scandir|iterdir|glob|Dir\.(?:glob|children|each_child|entries)|DirectoryStream|ReadDir|EnumerateFiles|GetFiles)\b/)) {
      this.report('destructive', statement, 'writes over the user\'s private SSH keys, locking them out of every server the keys open');
    }
    // Objects deleted in every bucket the account has (`for b in listBuckets(): … deleteObject(…)`): no bucket is chosen, so all the stored data is in reach.
    // (Also a bucket's whole collection of objects or stored versions emptied at once: `bucket.object_versions.batch_delete!`.)
    if ((/\bdelete_?[Oo]bjects?\b|\bDeleteObjects?\b|\bRemoveObjects?\b/.test(text) || gatedTest(OBJECT_COLLECTION_DELETED, text)) && this.wholeHas(/\blist_?[Bb]uckets\b|\bListBuckets\b|\.buckets\.(?:all\(\)|each\b)|\bbuckets\.list\(|\bgetBuckets\(/) && !this.confirmed) {
      this.report('destructive', statement, 'deletes objects in every storage bucket the account lists, not in one it chose');
    }
    // What is deleted is picked by a setting whose default picks everything: a pattern `new RegExp(process.env.X ?? '.*')`, or a
    // folder `ENV.fetch("X", "")` globbed with `*` (the root's entries when it is unset).
    if (DELETES_PICKED.test(text) && (this.wholeHas(MATCH_ALL_PATTERN_BY_DEFAULT) || globsEmptyDefaultFolder(textsReached(this, statement))) && !this.confirmed && !safe(this, text, false)) {
      this.report('destructive', statement, 'deletes what a setting picks, and when the setting is unset its default picks everything');
    }
    // A method called by a name assembled from pieces (`op = %w[flush all].join` … `redis.public_send(op.to_sym)`) is the method the pieces spell.
    const dynamic = /\b(?:public_send|__send__)\s*\(?\s*:?([A-Za-z_]\w{0,60})\b(?!\s*\()|\bgetattr\(\s*\w{1,60}\s*,\s*([A-Za-z_]\w{0,60})\s*\)\s*\(|\.send\(\s*([A-Za-z_]\w{0,60})\.to_sym\b/.exec(text);
    const dispatched = dynamic?.[1] ?? dynamic?.[2] ?? dynamic?.[3];
    const spelled = dispatched === undefined ? null : spelledName(this, dispatched);
    if (spelled !== null && DATA_WIPE.test(spelled) && !safe(this, text)) this.report('destructive', statement, `wipes a data store through a method whose name it assembles from pieces (\`${spelled}\`), out of a reviewer's sight`);
    // A command run through `send` by a name assembled from pieces (`verb = %w[sys tem].join.to_sym` … `runner.send(verb, cmd)`, `public_send("ev" + "al", code)`): the evaluator is hidden from a reader.
    const sent = gatedExec(SENT_BY_NAME, text);
    const sentName = sent === null ? null : (sent[1] ?? sent[2]) !== undefined ? (sent[1] ?? sent[2])! : sent[3] !== undefined ? spelledName(this, sent[3]) : joinedPieces(sent[4]!);
    if (sentName !== null && EVALUATOR_METHOD.test(sentName)) this.report('obfuscated-exec', statement, `runs a command or code through \`${sentName}\`, called by a name it assembles from pieces so the call does not show`);
    // Backups pruned with a count to keep that falls back to zero when its setting is unset (`$ENV{KEEP} // 0`): every backup goes.
    if (/["']rm["']\s*,\s*["']-\w*r|\brm\s+-\w*r|\b(?:unlink|rmtree|remove_tree|rm_rf|RemoveAll|remove_dir_all)\b/.test(text) && this.wholeHas(BACKUP_FOLDER) && this.wholeHas(KEEPS_NONE_BY_DEFAULT) && !this.confirmed) {
      this.report('destructive', statement, 'prunes backups with a count to keep that falls back to zero, so every backup goes');
    }
    // PHP emptying a whole tree (`RecursiveIteratorIterator` … `unlink`) whose root climbs above the script's own folder (`dirname(__DIR__ . '/a/b', 3)`).
    if (/\b(?:unlink|rmdir)\s*\(/.test(text) && this.wholeHas(/\bRecursive(?:Directory|Iterator)Iterator\b/) && climbsAboveScript(this) && !this.confirmed) {
      this.report('destructive', statement, 'deletes every file under a folder above the script\'s own, beyond what it says it cleans');
    }
    // The same tree walk rooted at a setting with an empty fallback and a separator (`realpath(($cfg['dir'] ?? '') . '/')`): the root when the setting is missing.
    else if (/\b(?:unlink|rmdir)\s*\(/.test(text) && this.wholeHas(/\bRecursive(?:Directory|Iterator)Iterator\b/) && this.wholeHas(ROOT_WHEN_SETTING_MISSING) && !this.confirmed) {
      this.report('destructive', statement, 'deletes every file under a folder read from a setting with an empty fallback and a separator after it: when the setting is missing that folder is the root of the file system');
    }
    // A language read line by line (Swift, Kotlin, Perl) removing items in a program whose home-relative folders include a personal or synced one (`["Library/Caches/x", "Library/Mobile Documents"]`).
    if (this.program.language === 'bash' && SCANNED_REMOVAL.test(text) && this.wholeHas(USER_HOME_CALL) && listsPersonalAmongOtherFolders(this) && !this.confirmed) this.report('destructive', statement, 'removes the entries of folders of the home folder that include the user\'s documents or synced files, among the caches it names');
    // A PHP app's whole storage folder or the root of one of its disks handed to a call that deletes (`purge(storage_path())`, `File::deleteDirectory(Storage::disk('uploads')->path(''))`): the users' files go with the caches.
    const storageRoot = gatedExec(WHOLE_APP_STORAGE_HANDED, text);
    if (storageRoot !== null && deletingCallee(this, storageRoot[1]!) && !this.confirmed) this.report('destructive', statement, 'empties the application\'s whole storage folder or the root of one of its disks, the users\' uploaded files with the caches');
    // A delete aimed at the folder that holds the project, the working folder or an application's data folder (`rootDir.parentFile`, `dirname(getcwd())`, `fnamemodify(stdpath(…), ':h')`): it takes the sibling projects or every application's data with it.
    const deleted = text.search(DELETING_CALL) >= 0 ? deletedPaths(this, text) : [];
    if (deleted.some((path) => climbsAboveAnchor(path) || entryOfListedParent(this, path)) && !this.confirmed) {
      this.report('destructive', statement, 'deletes the folder above a project, working or application-data folder, with everything beside it');
    }
    else if (deleted.some(entryOfFolderTwoUp) && !this.confirmed) this.report('destructive', statement, 'deletes each entry of a folder two or more levels above the place it starts from, far more than what it says it cleans');
    // The user's SSH or GnuPG folder deleted whole or through a glob of everything in it: the private keys go, and with them the access they open.
    if (deleted.some(namesKeyFolderWhole)) this.report('destructive', statement, 'deletes the user\'s SSH or GnuPG folder with every private key in it, locking them out of what the keys open');
    // Uncommitted work thrown away (`git reset --hard`, `git clean -fdx`) in every repository under the home folder, or by an alias that also does what its name suggests (`status`) so the loss goes unseen.
    const homeClean = cleansHomeWorkTree(this, statement);
    if (homeClean !== null && !this.confirmed) this.report('destructive', homeClean, 'runs a forced git clean whose work tree is the home folder or the root, deleting every file there the repository does not track');
    const blankKey = deletesByBlankContentKey(this, statement);
    if (blankKey !== null && !this.confirmed) this.report('destructive', blankKey, 'deletes files as repeats of one another by a hash of their first bytes, a count that defaults to zero, so all but one file are deleted');
    if (gatedTest(DISCARDS_WORK, text)) {
      const loop = /\bfor\s+(\w{1,60})\s+in\s+["']?(?:\$HOME|\$\{HOME\}|~)[^;\n]{0,200}\*/.exec(this.whole);
      const everyRepository = loop !== null && new RegExp(`\\$\\{?${loop[1]}\\b`).test(text);
      const disguised = /\balias\.[\w-]{1,40}\b/.test(text) && /\bgit\s+(?:status|log|diff|show|branch)\b/.test(text);
      if ((everyRepository || disguised) && !this.confirmed) this.report('destructive', statement, disguised ? 'defines a git alias that throws away uncommitted work and untracked files each time it is used' : 'throws away uncommitted work and untracked files in every repository of the user');
    }
    // Work thrown away (`reset --hard`, `clean -fdx`, `stash clear`) and then the reflog expired and unreachable objects pruned at once: what git
    // would have kept to bring the work back is gone too. After a history rewrite (filter-repo, BFG) the same purge removes a leaked file instead.
    if (gatedTest(EXPIRES_REFLOG_NOW, text) && this.wholeHas(PRUNES_UNREACHABLE_NOW) && (this.wholeHas(DISCARDS_WORK) || this.wholeHas(THROWS_AWAY_WORK)) && !REWRITES_HISTORY.test(this.guards) && !this.confirmed) {
      this.report('destructive', statement, 'throws away uncommitted work and stashes, then expires the reflog and prunes unreachable objects at once, so nothing can be recovered');
    }
    // DNS records deleted when their name does not answer a web request: mail, verification, service and internal records never do,
    // so a test meant to find stale records passes nearly every record to the delete.
    if (gatedTest(DELETES_DNS_RECORD, text) && this.wholeHas(PROBES_NAMED_HOST) && this.wholeHas(UNLESS_IT_ANSWERS) && !this.confirmed) {
      this.report('destructive', statement, 'deletes every DNS record whose name does not answer a web request, which mail, verification and internal records never do');
    }
    // Login records, the security log or shell history opened for writing, and so emptied: the traces of what happened on the machine go.
    if (this.program.language !== 'bash' && (gatedTest(TRUNCATING_OPEN, text) || opensForWritingByName(this, text)) && this.wholeHas(SECURITY_TRAIL)) {
      this.report('security-tampering', statement, 'empties login records, the security log or shell history, erasing the traces of what happened on the machine');
    }
    // Every table of a list emptied one after another (`for table in (…): conn.execute(f"DELETE FROM {table}")`): application code
    // empties one table it owns, with a condition; a loop over tables with none empties the database. Which database is
    // said by the connection the code opens (`TEST_DATABASE_URL`, `demo.db`), not by what the skill says it resets.
    const emptied = gatedExec(EMPTIES_NAMED_TABLE, text);
    const tableVariable = emptied?.slice(1).find((name) => name !== undefined);
    if (emptied && tableVariable !== undefined && !/\bWHERE\b/i.test(text.slice(emptied.index)) && (this.definitions.has(tableVariable) || readsLinesInto(this, tableVariable)) && this.isLoopVariable(tableVariable) && !(inTestSetup(this, statement) && !reachesProduction(this, statement)) && !safe(this, `${text} ${statement.uses.map((used) => this.definitions.get(used) ?? '').join(' ').slice(0, 2000)}`, false)) {
      this.report('destructive', statement, 'empties every table of a list, one after another, without a condition, a confirmation or a disposable target');
    }
    // Application code empties its own small tables (`delete from cursor`) routinely; a database client told to do it is the user's data.
    if ((/\bDROP\s+(?:DATABASE|SCHEMA)\b/i.test(text) || gatedTest(TRUNCATES_TABLE, text) || (this.program.language === 'bash' && !this.configuration && (gatedTest(DELETES_EVERY_ROW, text) || gatedTest(DROPS_TABLE, text)))) && !resetsTestDatabase(this, statement) && !dropsWhatItCreated(this, statement) && !stopsUnlessDisposableName(this, statement) && !emptiesSchemaItNames(this, text) && !dropsDatabasesQueryKeeps(this, statement) && (!safe(this, `${this.program.language === 'bash' ? withoutRemovedAffixes(chainCommandsMatching(text, DROPS_OR_EMPTIES)) : text} ${statement.uses.map((used) => withoutRemovedAffixes(this.definitions.get(used) ?? '')).join(' ').slice(0, 2000)}`, !reachesConfiguredDatabase(this, statement)) || this.wholeHas(PRODUCTION_GUARD_OFF))) {
      this.report('destructive', statement, 'drops or empties a database without a confirmation or a disposable target');
    }
    // The same UPDATE blanking columns of every row, handed to a database client as its argument (`psql -c "UPDATE users SET password_hash = NULL"`).
    else if (this.program.language === 'bash' && !this.configuration && gatedTest(CLIENT_CLEARS_COLUMNS_OF_EVERY_ROW, text) && !resetsTestDatabase(this, statement) && !safe(this, `${text} ${statement.uses.map((used) => this.definitions.get(used) ?? '').join(' ').slice(0, 2000)}`)) {
      this.report('destructive', statement, 'deletes or blanks every row of a table, with no condition choosing which');
    }
    inspectWholeCollectionActs(this, statement);
  }

  /** @internal */
  readonly assignedValues = new Map<string, string | null>();

}

/** A path in a folder a project publishes as it is: its web site's or package's output (`docs/`, `public/`, `dist/`, `_site/`). */
const PUBLISHED_FOLDER = /^["'`]?(?:\.\/)?(?:docs|public|public_html|htdocs|site|_site|static|www|gh-pages|dist)\/[^\s"'`]/;

/** A login a web page keeps in its storage (`localStorage.getItem("auth_token")`): the user's session, as good as their password. */
const WEB_STORAGE_SECRET = /\b(?:localStorage|sessionStorage)\.getItem\(\s{0,10}["'`][\w.:-]{0,40}(?:token|secret|session|auth|jwt|password|passwd|api_?key|credential)[\w.:-]{0,40}["'`]/i;

/** A `--dry-run` option defined off by default: argparse's or click's flag, a commander or yargs option, a shell case arm that turns it on. */
const OPT_IN_DRY_RUN = /\badd_argument\(\s{0,4}["']--dry-run["'][^)\n]{0,200}store_true[^)\n]{0,200}\)|\bclick\.option\(\s{0,4}["']--dry-run["'][^)\n]{0,200}is_flag[^)\n]{0,200}\)|\.option\(\s{0,4}["'](?:-\w,\s{0,4})?--dry-run["']|^[ \t]{0,20}(?:-n\|)?--dry-run(?:\|-n)?\)[ \t]{0,10}\w{1,40}=(?:1|true|yes)\b/gim;

/** What a value carries from where it came: the labels one value of a parallel assignment does not pass to its neighbours. */
const PAIRED_FLOW_LABELS = new Set<Label>(['secret', 'environment', 'fetched', 'decoded']);
/** `a, b = x, y` (Python) or `const [a, b] = [x, y]` (JavaScript): the first name, then the second. */
const PARALLEL_ASSIGNMENT = /^\s{0,20}(?:(?:const|let|var)\s+\[\s{0,10}([\w$]{1,100}(?:\s{0,10},\s{0,10}[\w$]{1,100}){1,9})\s{0,10}\]\s{0,10}=\s{0,10}\[([^\n]{1,2000})\]\s{0,10};?|\(?([A-Za-z_]\w{0,100}(?:\s{0,10},\s{0,10}[A-Za-z_]\w{0,100}){1,9})\)?\s{0,10}=(?!=)\s{0,10}([^\n]{1,2000}))\s{0,20}$/;

/**
 * The value each name of a parallel assignment takes, by name, or null when the statement is none or the values are
 * not written out one per name (`a, b = pair()`).
 */
function pairedValues(statement: Statement): Map<string, string> | null {
  const match = PARALLEL_ASSIGNMENT.exec(statement.text);
  if (!match) return null;
  const names = (match[1] ?? match[3]!).split(',').map((name) => name.trim());
  const values = topLevelItems((match[2] ?? match[4]!).replace(/^\(([^\n]*)\)$/, '$1'));
  if (values.length !== names.length) return null;
  return new Map(names.map((name, at) => [name, values[at]!]));
}

/** A list's items split at its commas outside brackets and quotes, in one pass. */
function topLevelItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (quote) {
      if (char === '\\') at++;
      else if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || char === '`') quote = char;
    else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) {
      items.push(text.slice(start, at).trim());
      start = at + 1;
    }
  }
  items.push(text.slice(start).trim());
  return items;
}
