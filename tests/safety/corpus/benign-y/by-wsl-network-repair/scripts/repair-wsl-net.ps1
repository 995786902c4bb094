wsl --shutdown
Get-NetAdapter | Where-Object { $_.InterfaceDescription -like '*Hyper-V*' } | Restart-NetAdapter -Confirm:$false
wsl -u root -- sh -c "printf '[network]\ngenerateResolvConf = false\n' > /etc/wsl.conf; printf 'nameserver 1.1.1.1\n' > /etc/resolv.conf"
wsl --shutdown
Write-Host 'Network adapters reset and resolv.conf pinned. Start WSL again.'
