param([switch]$Apply)
$root = (Get-Location).Path
if (-not (Get-ChildItem $root -Filter *.sln)) { Write-Error 'run from the solution folder'; exit 1 }
Get-ChildItem $root -Recurse -Directory -Include bin, obj |
  Where-Object { $_.FullName.StartsWith($root) } |
  Remove-Item -Recurse -Force -WhatIf:(-not $Apply)
