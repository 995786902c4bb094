import allowedToolsFormat from './allowed-tools-format.ts';
import bodySize from './body-size.ts';
import categoryListed from './category-listed.ts';
import compatibilityFormat from './compatibility-format.ts';
import descriptionFormat from './description-format.ts';
import descriptionLength from './description-length.ts';
import descriptionTrigger from './description-trigger.ts';
import evalsTriggers from './evals-triggers.ts';
import fenceLanguage from './fence-language.ts';
import freshness from './freshness.ts';
import skillStructure from './skill-structure.ts';
import frontmatterSyntax from './frontmatter-syntax.ts';
import knownFields from './known-fields.ts';
import profileFields from './profile-fields.ts';
import licenseFormat from './license-format.ts';
import metadataFormat from './metadata-format.ts';
import metadataTags from './metadata-tags.ts';
import nameFormat from './name-format.ts';
import nameMatchesFolder from './name-matches-folder.ts';
import relativeLinks from './relative-links.ts';
import sourceFile from './source-file.ts';
import uniqueNames from './unique-names.ts';
import hiddenUnicode from './hidden-unicode.ts';
import promptInjection from './prompt-injection.ts';
import dangerousCommands from './dangerous-commands.ts';
import secrets from './secrets.ts';
import unsafeLinks from './unsafe-links.ts';
import rawHtml from './raw-html.ts';
import resourceFiles from './resource-files.ts';
import resourceName from './resource-name.ts';
import nameAscii from './name-ascii.ts';
import aliasConflicts from './alias-conflicts.ts';
import similarNames from './similar-names.ts';
import overlappingSkills from './overlapping-skills.ts';
import ignoreDirectives from './ignore-directives.ts';
import scaffoldPlaceholders from './scaffold-placeholders.ts';
import threatAgentManipulation from './threat-agent-manipulation.ts';
import threatExfiltration from './threat-exfiltration.ts';
import threatDownloadExec from './threat-download-exec.ts';
import threatObfuscatedExec from './threat-obfuscated-exec.ts';
import threatReverseShell from './threat-reverse-shell.ts';
import threatCryptoMining from './threat-crypto-mining.ts';
import threatPersistence from './threat-persistence.ts';
import threatPrivilegeEscalation from './threat-privilege-escalation.ts';
import threatDestructive from './threat-destructive.ts';
import threatCovertChannel from './threat-covert-channel.ts';
import threatSecurityTampering from './threat-security-tampering.ts';
import threatCapabilityMismatch from './threat-capability-mismatch.ts';
import type { Rule } from './types.ts';

/** Every rule, in the order the contribute guide lists them. */
export const RULES: readonly Rule[] = [
  sourceFile,
  frontmatterSyntax,
  knownFields,
  profileFields,
  nameFormat,
  nameMatchesFolder,
  descriptionFormat,
  licenseFormat,
  compatibilityFormat,
  metadataFormat,
  allowedToolsFormat,
  uniqueNames,
  nameAscii,
  aliasConflicts,
  similarNames,
  ignoreDirectives,
  relativeLinks,
  bodySize,
  hiddenUnicode,
  secrets,
  promptInjection,
  dangerousCommands,
  unsafeLinks,
  rawHtml,
  resourceFiles,
  resourceName,
  threatExfiltration,
  threatDownloadExec,
  threatObfuscatedExec,
  threatReverseShell,
  threatCryptoMining,
  threatPersistence,
  threatPrivilegeEscalation,
  threatDestructive,
  threatCovertChannel,
  threatSecurityTampering,
  threatAgentManipulation,
  threatCapabilityMismatch,
  descriptionTrigger,
  descriptionLength,
  categoryListed,
  overlappingSkills,
  metadataTags,
  evalsTriggers,
  fenceLanguage,
  freshness,
  skillStructure,
  scaffoldPlaceholders,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
