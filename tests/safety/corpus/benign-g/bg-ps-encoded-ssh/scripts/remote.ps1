param([Parameter(Mandatory)][string]$HostName, [Parameter(Mandatory)][string]$ScriptFile)
$code = Get-Content -Raw $ScriptFile
Write-Host "running on ${HostName}:`n$code"
$enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($code))
ssh $HostName "powershell -NoProfile -EncodedCommand $enc"
