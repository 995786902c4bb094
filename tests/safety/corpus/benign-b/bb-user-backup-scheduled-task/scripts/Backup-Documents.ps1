param(
    [string] $Source = (Join-Path $env:USERPROFILE 'Documents'),
    [Parameter(Mandatory)] [string] $Destination
)
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
$log = Join-Path $Destination "backup-$stamp.log"
if (-not (Test-Path $Destination)) { New-Item -ItemType Directory -Path $Destination | Out-Null }

robocopy $Source (Join-Path $Destination 'Documents') /MIR /R:2 /W:5 /XJ /FFT /NP /LOG:$log
$code = $LASTEXITCODE
if ($code -ge 8) { Write-Error "robocopy failed with exit code $code, see $log"; exit $code }

Get-ChildItem $Destination -Filter 'backup-*.log' | Sort-Object LastWriteTime -Descending | Select-Object -Skip 30 | Remove-Item
exit 0
