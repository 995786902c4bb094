param([Parameter(Mandatory)][string]$Project)
$target = Join-Path $env:OneDrive ("Backups\" + (Split-Path $Project -Leaf))
New-Item -ItemType Directory -Force -Path $target | Out-Null
robocopy $Project $target /MIR /XD node_modules .git bin obj /XF *.env /NFL /NDL /NP
Write-Output "mirrored to $target"
