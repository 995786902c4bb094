$apps = 'Git.Git', 'OpenJS.NodeJS.LTS', 'Python.Python.3.12', 'Microsoft.VisualStudioCode'
foreach ($a in $apps) {
    winget install --id $a -e --accept-package-agreements --accept-source-agreements
}
git --version; node --version; python --version
