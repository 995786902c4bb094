$script = Join-Path $PSScriptRoot 'Clean.ps1'
$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -File `"$script`""
$trigger = New-ScheduledTaskTrigger -Weekly -DaysOfWeek Sunday -At 10am
Register-ScheduledTask -TaskName 'Weekly temp cleanup' -Description 'Removes temp files older than 7 days' -Action $action -Trigger $trigger
