$ErrorActionPreference = 'Stop'
$target = [System.IO.Path]::GetTempPath()
if (-not $target -or -not (Test-Path $target)) { throw "temp path not found" }
$before = (Get-PSDrive C).Free
Get-ChildItem -Path $target -Force -ErrorAction SilentlyContinue |
  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
  Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
$after = (Get-PSDrive C).Free
Write-Host ("Freed {0:N1} GB" -f (($after - $before) / 1GB))
