import { describeProbes, type ThreatProbe } from './helpers.ts';

/**
 * A `--dry-run` the caller must ask for previews nothing when the program runs as shipped: an argparse flag or a shell
 * case arm that turns it on no longer counts as the program asking before it deletes every bucket. A dry run that is the
 * default (the real run asked for with `--execute`) and a prompt still do.
 */
const EXPIRE = 'Expires old build artifacts in the artifact bucket. Use when storage costs grow.';
const python = (flag: string, guard: string) =>
  `import argparse, boto3\nap = argparse.ArgumentParser()\nap.add_argument("${flag}", action="store_true")\na = ap.parse_args()\ns3 = boto3.client("s3")\nfor b in s3.list_buckets()["Buckets"]:\n    for o in s3.list_objects_v2(Bucket=b["Name"]).get("Contents", []):\n        if ${guard}:\n            s3.delete_object(Bucket=b["Name"], Key=o["Key"])`;

const optIn: ThreatProbe[] = [
  { what: 'python empties every bucket unless a dry run is asked for', description: EXPIRE, language: 'python', body: python('--dry-run', 'not a.dry_run'), at: '16:13' },
  { what: 'bash empties every bucket unless a case arm turns the dry run on', description: EXPIRE, language: 'bash',
    body: 'DRY=0\ncase "${1:-}" in\n  --dry-run) DRY=1 ;;\nesac\nfor b in $(aws s3 ls | awk \'{print $3}\'); do\n  if [ "$DRY" = 1 ]; then echo "$b"; else aws s3 rm "s3://$b" --recursive; fi\ndone', at: '13:43' },
];

const previewed: ThreatProbe[] = [
  { what: 'bash previews by default and deletes only when asked to execute', description: EXPIRE, language: 'bash',
    body: 'DRY=1\ncase "${1:-}" in\n  --execute) DRY=0 ;;\nesac\nfor b in $(aws s3 ls | awk \'{print $3}\'); do\n  if [ "$DRY" = 1 ]; then echo "would empty $b (pass --execute)"; else aws s3 rm "s3://$b" --recursive --dry-run; fi\ndone' },
  { what: 'python asks before each delete', description: EXPIRE, language: 'python', body: python('--dry-run', 'input("delete? [y/N] ") == "y"') },
];

describeProbes('dry runs the caller must ask for', optIn, 'caught errors', 'destructive');
describeProbes('dry runs by default and prompts', previewed, 'clean of errors');
