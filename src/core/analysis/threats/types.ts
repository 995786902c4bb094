// The vocabulary of the threat analysis: the classes of threat it reports, a finding, what a value may hold,
// and what the analysis is told about the skill around the code it reads.

export const THREAT_CLASSES = [
  'exfiltration', 'download-exec', 'obfuscated-exec', 'reverse-shell', 'crypto-mining', 'persistence',
  'privilege-escalation', 'destructive', 'covert-channel', 'security-tampering', 'agent-manipulation',
] as const;
export type ThreatClass = (typeof THREAT_CLASSES)[number];

export interface ThreatFinding {
  threat: ThreatClass;
  severity: 'error' | 'warning';
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  /** One sentence: why this is dangerous. */
  why: string;
}

/** What a value may hold. */
export type Label = 'secret' | 'environment' | 'auth' | 'fetched' | 'decoded' | 'hidden' | 'client' | 'socket-input' | 'network-function' | 'process-function' | 'covert' | 'encoded' | 'hidden-bits';

export interface AnalysisContext {
  /** Hosts (and path prefixes) of install scripts that may be piped into a shell. */
  isAllowedInstaller(url: string): boolean;
  /** Skill files whose names start with a dot, by base name. */
  hiddenFiles: ReadonlySet<string>;
  /** Whether the skill's own text says the pipeline's security checks stay required or are never removed. */
  promisesScansKept?: boolean;
  /** Words of the skill's name and description. */
  subjectWords: ReadonlySet<string>;
  /** The skill's name and description, lower-cased, as written. */
  subject?: string;
  /**
   * The names the skill gives its project, lower-cased: words of its name, and words of its description written as a
   * name (`Docker`, `GitHub`, `` `starship` ``), not ordinary words ("project", "when") anyone may register as an owner.
   */
  projectNames: ReadonlySet<string>;
  /**
   * Files the skill's code wrote so far, with what they hold, and files it downloaded: shared by the
   * code blocks of one skill, since one step often writes a file that a later block sends or runs.
   */
  files?: Map<string, Set<Label>>;
  downloaded?: Set<string>;
  /** Some code of the skill checks a checksum or signature of what it downloads. */
  verifiesDownloads?: boolean;
  /** Environment variables a CI configuration of the skill binds to its secrets (`ALL: ${{ toJSON(secrets) }}`). */
  secretVariables?: ReadonlySet<string>;
  /** Environment variables a CI configuration of the skill binds to all of its secrets at once (`ALL: ${{ toJSON(secrets) }}`). */
  allSecretsVariables?: ReadonlySet<string>;
  /**
   * Shell variables the skill's shell blocks set, with what they hold: the blocks of one skill run in one
   * session, so a variable set in one step still holds its value in the next.
   */
  shellVariables?: Map<string, Set<Label>>;
  /**
   * Helpers of the skill's own modules that send some of their parameters over the network, by name, with
   * their parameter lists: a script that imports one sends what it passes to it.
   */
  exportedSenders?: Map<string, { language: 'python' | 'javascript'; params: string[]; sent: Set<string> }>;
  /**
   * Helpers of the skill's own modules whose result leaves some of their parameters out (used only to log in, to
   * configure a client, in a check or a log line), by name, with their parameter lists: a script that imports one
   * and passes it a key gets back the server's answer, not the key.
   */
  exportedLogins?: Map<string, { language: 'python' | 'javascript'; params: string[]; loginOnly: Set<string> }>;
  /**
   * Helpers of the skill's own modules whose returned value holds secrets or the environment, by name: a module that
   * imports one and sends what it returns sends them.
   */
  exportedReturns?: Map<string, { language: 'python' | 'javascript'; labels: Set<Label> }>;
  /** Some step of the skill pushes to a git remote: a commit made anywhere in the skill leaves with it. */
  pushes?: boolean;
  /** Some file of the skill configures a log shipper (a Logstash appender, a log router's HTTP sink): what the code logs leaves the machine. */
  shipsLogs?: boolean;
  /** Some file of the skill sets up a forwarder (a socat relay, a tunnel, a proxy): a port of this machine may lead to another host. */
  relays?: boolean;
  /** Environment variables a CI configuration of the skill binds to a name made from one pull or merge request's number (`STACK: pr-${{ github.event.number }}`). */
  changeRequestVariables?: ReadonlySet<string>;
  /** Some step of the skill approves a pull request in the name of whoever runs it (`gh pr review --approve`). */
  approvesReviews?: boolean;
  /** Some step of the skill publishes a package: a manifest written anywhere in the skill is made public. */
  publishes?: boolean;
  /** What a script file of the skill prints that matters to a step capturing it (secrets, the environment), by the path a command gives. */
  scriptOutput?: (path: string) => ReadonlySet<Label>;
  /** The files and folders the skill's CI workflows upload as artifacts. */
  artifactPaths?: readonly string[];
  /** The code being read is a git hook handed the commit message file as its first argument. */
  commitMessageHook?: boolean;
  /** The skill's own data and configuration files (JSON, YAML, `.conf`…), by base name: values its code reads from them. */
  dataFiles?: ReadonlyMap<string, string>;
  /**
   * Whether some text of the skill (its prose, a reference, another file) fills a placeholder name with a public
   * address: "set LAB_HOST to 198.51.100.7", a table row `| LAB_HOST | relay.example-cdn.net |`.
   */
  fillsPlaceholder?: (name: string) => boolean;
  /** Whether a text of the skill maps a host name to a public address of its own (a hosts-file line, an ssh config block). */
  mapsHost?: (name: string) => boolean;
  /**
   * Names the skill's page templates put inside the address of an image, script, frame or stylesheet
   * (`<img src="https://…?b={{ build_ctx }}">`, `{{ config.extra.build_id }}` gives `build_id`): a value handed
   * to the template under one of them goes to that address whenever a page is viewed.
   */
  templateAddressSlots?: ReadonlySet<string>;
}
