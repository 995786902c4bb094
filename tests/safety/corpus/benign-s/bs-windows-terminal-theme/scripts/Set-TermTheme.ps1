param([string] $Scheme = 'Night Owl')

$wt = Get-ChildItem "$env:LOCALAPPDATA\Packages\Microsoft.WindowsTerminal_*\LocalState\settings.json" | Select-Object -First 1
Copy-Item $wt.FullName "$($wt.FullName).bak" -Force
$cfg = Get-Content $wt.FullName -Raw | ConvertFrom-Json
$cfg.profiles.defaults | Add-Member -NotePropertyName colorScheme -NotePropertyValue $Scheme -Force
$cfg | ConvertTo-Json -Depth 20 | Set-Content $wt.FullName -Encoding utf8
Write-Host "Theme '$Scheme' applied. Backup: $($wt.FullName).bak"
Write-Host "Optional, for `$PROFILE:"
Write-Host "  Set-PSReadLineOption -Colors @{ Command = 'Cyan'; String = 'Yellow' }"
