[CmdletBinding(SupportsShouldProcess)]
param()
$ErrorActionPreference = 'Stop'
$before = (Get-PSDrive C).Free

$temp = $env:TEMP
if ([string]::IsNullOrWhiteSpace($temp) -or -not (Test-Path $temp)) { throw "TEMP is not set" }

Get-ChildItem $temp -Recurse -Force -ErrorAction SilentlyContinue |
  Where-Object { -not $_.PSIsContainer -and $_.LastWriteTime -lt (Get-Date).AddDays(-7) } |
  Remove-Item -Force -ErrorAction SilentlyContinue -WhatIf:$WhatIfPreference

if ($PSCmdlet.ShouldProcess('NuGet http-cache', 'clear')) {
  dotnet nuget locals http-cache --clear | Out-Null
}

$after = (Get-PSDrive C).Free
"Recovered {0:N1} GB" -f (($after - $before) / 1GB)
