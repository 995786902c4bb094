// The threat analysis of code: its vocabulary (types.ts), the analysis of one program (program-analysis.ts) and the
// readings it makes, one module per family of threat.
export { SIGNING_SECRET, SIGNS_WITH } from './credentials.ts';
export { KEEPS_MATCHING, keepsMatching, LISTS_REMOTE_BRANCHES } from './destructive-listings.ts';
export { VERIFIES_DOWNLOAD } from './execution.ts';
export { FORWARDER, isPublicAddress } from './hosts.ts';
export { ProgramAnalysis } from './program-analysis.ts';
export { THREAT_CLASSES, type AnalysisContext, type Label, type ThreatClass, type ThreatFinding } from './types.ts';
