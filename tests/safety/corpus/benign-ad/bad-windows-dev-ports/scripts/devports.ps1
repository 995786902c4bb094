function Open-DevPorts {
    param([int[]]$Ports = @(5173))
    foreach ($p in $Ports) {
        New-NetFirewallRule -DisplayName "Dev server $p" -Group DevPorts -Direction Inbound `
            -Protocol TCP -LocalPort $p -Action Allow -Profile Private | Out-Null
    }
    Get-NetFirewallRule -Group DevPorts | Select-Object DisplayName, Profile, Enabled
}
