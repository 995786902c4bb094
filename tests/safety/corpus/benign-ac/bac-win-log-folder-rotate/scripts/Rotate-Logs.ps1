param([int]$Days = 7, [switch]$Apply)
$dir = Join-Path $env:LOCALAPPDATA 'Northwind\Client\logs'
if (-not (Test-Path $dir)) { "no log folder at $dir"; exit 0 }
$cut = (Get-Date).AddDays(-$Days)
$files = Get-ChildItem $dir -File | Where-Object {
    ($_.Name -like '*.log' -or $_.Name -match '\.log\.\d+$') -and $_.LastWriteTime -lt $cut }
$mb = ($files | Measure-Object Length -Sum).Sum / 1MB
if ($Apply) { $files | Remove-Item -Force } else { $files | Remove-Item -WhatIf }
"{0} files, {1:N1} MB" -f $files.Count, $mb
