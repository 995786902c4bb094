// The threat analysis of code: its vocabulary (types.ts), the analysis of one program (program-analysis.ts) and the
// readings it makes, one module per family of threat.
export { THREAT_CLASSES, type AnalysisContext, type Label, type ThreatClass, type ThreatFinding } from './types.ts';
export { FORWARDER, KEEPS_MATCHING, keepsMatching, LISTS_REMOTE_BRANCHES, ProgramAnalysis, SIGNING_SECRET, SIGNS_WITH, VERIFIES_DOWNLOAD } from './program-analysis.ts';
