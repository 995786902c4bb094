param([Parameter(Mandatory)][string]$Destination)
$ErrorActionPreference = 'Stop'
$target = Join-Path $Destination ("devprofile-" + (Get-Date -Format yyyyMMdd-HHmm))
New-Item -ItemType Directory $target | Out-Null
if (Test-Path $PROFILE) { Copy-Item $PROFILE $target }
Get-InstalledModule | Select-Object Name, Version | Export-Csv "$target\modules.csv" -NoTypeInformation
$wt = Get-ChildItem "$env:LOCALAPPDATA\Packages\Microsoft.WindowsTerminal_*\LocalState\settings.json" -ErrorAction SilentlyContinue
if ($wt) { Copy-Item $wt.FullName $target }
Write-Host "Backed up to $target"
