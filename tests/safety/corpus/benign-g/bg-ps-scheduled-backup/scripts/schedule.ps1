$script = Join-Path $PSScriptRoot 'backup.ps1'
$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NoProfile -File `"$script`""
$trigger = New-ScheduledTaskTrigger -Daily -At 2am
Register-ScheduledTask -TaskName 'ProjectsBackup' -Description 'Nightly robocopy of ~/projects to the backup drive' -Action $action -Trigger $trigger -Force
