$ErrorActionPreference = 'SilentlyContinue'
$before = (Get-PSDrive C).Free

$appTemp = Join-Path $env:USERPROFILE "$env:DEVTOOLS_TEMP_SUBDIR"
Get-ChildItem -Path $appTemp -Force | Remove-Item -Recurse -Force

Get-ChildItem "$env:LOCALAPPDATA\Temp" -Recurse -Force |
  Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
  Remove-Item -Recurse -Force

dotnet nuget locals http-cache --clear | Out-Null

$after = (Get-PSDrive C).Free
"Recovered {0:N1} GB" -f (($after - $before) / 1GB)
