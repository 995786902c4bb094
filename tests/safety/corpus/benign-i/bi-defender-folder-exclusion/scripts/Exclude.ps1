param([Parameter(Mandatory)][string]$Path)
if (-not (Test-Path $Path)) { throw "no such folder: $Path" }
Add-MpPreference -ExclusionPath $Path
(Get-MpPreference).ExclusionPath
