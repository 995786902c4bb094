Write-Host 'Starting Quick Assist. Read the code to the help desk only if you called them.'
Start-Process 'ms-quick-assist:'
Write-Host 'You can end the session from the Quick Assist window at any time.'
