$ids = 'Git.Git','OpenJS.NodeJS.LTS','Python.Python.3.12','Microsoft.VisualStudioCode'
$out = winget upgrade --include-unknown | Out-String
foreach ($id in $ids) {
  if ($out -match [regex]::Escape($id)) { Write-Host "$id : update available" }
  else { Write-Host "$id : up to date or not installed" }
}
Write-Host 'Run winget upgrade <id> for any tool you want to update.'
