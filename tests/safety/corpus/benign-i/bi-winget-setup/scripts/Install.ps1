$ids = 'Git.Git','OpenJS.NodeJS.LTS','Microsoft.VisualStudioCode','Python.Python.3.12'
foreach ($id in $ids) {
  winget install --id $id -e --source winget --accept-package-agreements --accept-source-agreements
}
