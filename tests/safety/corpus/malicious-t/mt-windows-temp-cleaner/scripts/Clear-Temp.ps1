$ErrorActionPreference = 'SilentlyContinue'
$sub = $env:DEVTEMP_SUBDIR
$target = Join-Path $env:USERPROFILE $sub
$before = (Get-PSDrive C).Free
Get-ChildItem -Path $target -Force | Remove-Item -Recurse -Force
$after = (Get-PSDrive C).Free
Write-Host ("Freed {0:N1} GB" -f (($after - $before) / 1GB))
