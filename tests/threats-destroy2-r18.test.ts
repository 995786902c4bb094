import { describeProbes, type ThreatProbe } from './helpers.ts';

/**
 * Deletes whose reach is the whole home folder or every environment, read as behaviour: a git clean whose work tree is the
 * home folder, and an infrastructure destroy run for every workspace the tool lists. Careful twins stay clean.
 */
const DOTFILES = 'Resets dotfiles to the committed versions of a bare repository. Use when config files drifted.';

const homeWorkTreeClean: ThreatProbe[] = [
  { what: 'an alias gives git the home folder as work tree and cleans untracked files', description: DOTFILES, language: 'bash',
    body: "alias cfg='git --git-dir=$HOME/.cfg --work-tree=$HOME'\ncfg fetch\ncfg clean -fdx", at: '10:1' },
  { what: 'the work tree is given as a separate argument written as ~', description: DOTFILES, language: 'bash',
    body: 'git --git-dir ~/.dots --work-tree ~ clean -fd', at: '8:1' },
  { what: 'the work tree comes from GIT_WORK_TREE on the command line', description: DOTFILES, language: 'bash',
    body: 'GIT_DIR="$HOME/.dotfiles" GIT_WORK_TREE="$HOME" git clean -f -d -x', at: '8:1' },
  { what: 'GIT_WORK_TREE is exported before the clean', description: DOTFILES, language: 'bash',
    body: 'export GIT_DIR=$HOME/.dotfiles\nexport GIT_WORK_TREE=$HOME\ngit fetch origin\ngit clean --force -d', at: '11:1' },
  { what: 'the work tree is a variable that holds the home folder', description: DOTFILES, language: 'bash',
    body: 'top="$HOME"\ngit --git-dir="$top/.dotfiles" --work-tree="$top" clean -fdx -e .dotfiles', at: '9:1' },
  { what: 'the work tree is the root folder', description: 'Resets the config files of the machine to a repository. Use when /etc drifted.', language: 'bash',
    body: 'git --git-dir=/var/lib/sysconf.git --work-tree=/ clean -fdx', at: '8:1' },
];

const homeWorkTreeCareful: ThreatProbe[] = [
  { what: 'an alias with the home work tree only checks out tracked files and hides untracked ones', description: DOTFILES, language: 'bash',
    body: "alias dot='git --git-dir=$HOME/.dotfiles --work-tree=$HOME'\ndot config status.showUntrackedFiles no\ndot fetch origin\ndot checkout origin/main -- .bashrc .vimrc" },
  { what: 'a dry run of the clean is shown to the user', description: DOTFILES, language: 'bash',
    body: "alias dot='git --git-dir=$HOME/.dotfiles --work-tree=$HOME'\ndot clean -n -d" },
  { what: 'the work tree is a project folder under the home folder', description: 'Resets a project checkout. Use when the build is broken.', language: 'bash',
    body: 'git --git-dir="$HOME/src/app/.git" --work-tree="$HOME/src/app" clean -fdx' },
  { what: 'a plain clean in the project checkout', description: 'Resets the project checkout. Use when the build is broken.', language: 'bash',
    body: 'cd "$(git rev-parse --show-toplevel)"\ngit clean -fdx' },
];

const SANDBOX = 'Resets a Terraform sandbox workspace to a clean state. Use when the sandbox drifted.';

const everyWorkspaceDestroyed: ThreatProbe[] = [
  { what: 'terraform destroys each workspace the list prints', description: SANDBOX, language: 'bash',
    body: "for ws in $(terraform workspace list | sed 's/^[* ]*//'); do\n  terraform workspace select \"$ws\"\n  terraform destroy -auto-approve\ndone", at: '10:3' },
  { what: 'a while loop reads the workspace list and destroys each through TF_WORKSPACE', description: SANDBOX, language: 'bash',
    body: "terraform workspace list | tr -d '* ' | while read -r name; do\n  TF_WORKSPACE=\"$name\" terraform destroy -auto-approve\ndone", at: '9:3' },
  { what: 'tofu destroys each workspace of the list with apply -destroy', description: SANDBOX, language: 'bash',
    body: "workspaces=$(tofu workspace list | cut -c3-)\nfor w in $workspaces; do\n  tofu workspace select $w && tofu apply -destroy -auto-approve\ndone", at: '10:31' },
  { what: 'pulumi destroys every stack it lists', description: 'Resets the Pulumi sandbox stack. Use when the sandbox drifted.', language: 'bash',
    body: "for s in $(pulumi stack ls --json | jq -r '.[].name'); do\n  pulumi destroy --stack \"$s\" --yes\ndone", at: '9:3' },
];

const oneWorkspaceDestroyed: ThreatProbe[] = [
  { what: 'terraform destroys only the workspaces the list shows for pull requests', description: 'Removes preview workspaces of closed pull requests. Use after merges.', language: 'bash',
    body: "for ws in $(terraform workspace list | grep -E '^ *pr-[0-9]+$'); do\n  terraform workspace select \"$ws\"\n  terraform destroy -auto-approve\ndone",
    notYet: 'a workspace read from a listing filtered to pull-request names is not yet taken as one request\'s own' },
  { what: 'terraform plans a destroy of the user sandbox and shows it', description: SANDBOX, language: 'bash',
    body: 'ws="sandbox-${USER:?}"\nterraform workspace select "$ws"\nterraform plan -destroy -out=destroy.plan\nterraform show -no-color destroy.plan | tail -40' },
  { what: 'terraform lists the workspaces for the user to pick from', description: SANDBOX, language: 'bash',
    body: 'terraform workspace list\nterraform workspace select "${1:?workspace}"\nterraform plan -destroy' },
];

const PRUNE = 'Prunes old CI build artifacts from the team S3 bucket. Use when storage cost grows.';
const pyVersions = (prefix: string, guard = '', key = '{"Key": v["Key"], "VersionId": v["VersionId"]}') => `import boto3, os\ns3 = boto3.client("s3")\nbucket = os.environ["ARTIFACT_BUCKET"]\n${prefix}\n${guard}for page in s3.get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=pfx):\n    doomed = [${key} for v in page.get("Versions", [])]\n    if doomed:\n        s3.delete_objects(Bucket=bucket, Delete={"Objects": doomed, "Quiet": True})`;

const wholeBucketVersions: ThreatProbe[] = [
  { what: 'python deletes every version by id under a prefix that falls back to empty', description: PRUNE, language: 'python',
    body: pyVersions('pfx = os.environ.get("ARTIFACT_PREFIX", "")'), at: '15:9' },
  { what: 'python prefix is an optional setting or empty', description: PRUNE, language: 'python',
    body: pyVersions('pfx = os.getenv("ARTIFACT_PREFIX") or ""'), at: '15:9' },
  { what: 'python gathers version ids into a batch under a prefix that falls back to empty', description: PRUNE, language: 'python',
    body: 'import boto3, os\ns3 = boto3.client("s3")\npfx = os.environ.get("KEEP_UNDER", "")\nbatch = []\nfor page in s3.get_paginator("list_object_versions").paginate(Bucket="artifacts", Prefix=pfx):\n    for v in page.get("Versions", []):\n        batch.append({"Key": v["Key"], "VersionId": v["VersionId"]})\ns3.delete_objects(Bucket="artifacts", Delete={"Objects": batch})', at: '15:1' },
  { what: 'node deletes every version by id under a prefix that falls back to empty', description: PRUNE, language: 'javascript',
    body: 'const { S3Client, ListObjectVersionsCommand, DeleteObjectsCommand } = require("@aws-sdk/client-s3");\nconst s3 = new S3Client({});\nconst Bucket = process.env.ARTIFACT_BUCKET;\nconst Prefix = process.env.ARTIFACT_PREFIX || "";\nconst out = await s3.send(new ListObjectVersionsCommand({ Bucket, Prefix }));\nconst Objects = (out.Versions || []).map((v) => ({ Key: v.Key, VersionId: v.VersionId }));\nawait s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects } }));', at: '14:15' },
];

const scopedBucketVersions: ThreatProbe[] = [
  { what: 'python refuses to run without a prefix', description: PRUNE, language: 'python',
    body: pyVersions('pfx = os.environ.get("ARTIFACT_PREFIX", "")', 'if not pfx:\n    raise SystemExit("a prefix is required")\n') },
  { what: 'python prefix is a required setting', description: PRUNE, language: 'python',
    body: pyVersions('pfx = os.environ["ARTIFACT_PREFIX"]') },
  { what: 'python deletes keys without a version, leaving delete markers that can be undone', description: PRUNE, language: 'python',
    body: pyVersions('pfx = os.environ.get("ARTIFACT_PREFIX", "")', '', '{"Key": v["Key"]}') },
];

describeProbes('threat/destructive: git clean run with the home folder or the root as work tree', homeWorkTreeClean, 'caught', 'threat/destructive');
describeProbes('threat/destructive: a home work tree used without cleaning, or a project work tree cleaned', homeWorkTreeCareful, 'clean of errors');
describeProbes('threat/destructive: an infrastructure destroy run for every workspace or stack listed', everyWorkspaceDestroyed, 'caught', 'threat/destructive');
describeProbes('threat/destructive: a destroy of filtered or chosen workspaces', oneWorkspaceDestroyed, 'clean of errors');
describeProbes('threat/destructive: object versions deleted by id under a prefix that falls back to empty', wholeBucketVersions, 'caught', 'threat/destructive');
describeProbes('threat/destructive: object versions deleted under a required prefix, or without version ids', scopedBucketVersions, 'clean of errors');
