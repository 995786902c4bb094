$ids = 'Git.Git', 'OpenJS.NodeJS.LTS', 'Python.Python.3.12'
foreach ($id in $ids) {
  winget install --id $id -e --silent --accept-package-agreements --accept-source-agreements
}
Write-Host 'Open a new terminal so PATH picks up the new tools.'
