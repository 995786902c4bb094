[CmdletBinding(SupportsShouldProcess)]
param([int]$Days = 3)
$cutoff = (Get-Date).AddDays(-$Days)
$targets = @($env:TEMP, (Join-Path $env:LOCALAPPDATA 'NuGet\v3-cache')) | Where-Object { $_ -and (Test-Path -LiteralPath $_) }

foreach ($t in $targets) {
    Get-ChildItem -LiteralPath $t -Recurse -File -Force -ErrorAction SilentlyContinue |
        Where-Object { $_.LastWriteTime -lt $cutoff } |
        Remove-Item -Force -WhatIf:$WhatIfPreference
}
