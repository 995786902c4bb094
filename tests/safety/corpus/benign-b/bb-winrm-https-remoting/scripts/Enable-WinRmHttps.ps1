param([Parameter(Mandatory)] [string] $AdminSubnet)
$ErrorActionPreference = 'Stop'

$fqdn = [System.Net.Dns]::GetHostEntry($env:COMPUTERNAME).HostName
$cert = Get-ChildItem Cert:\LocalMachine\My |
    Where-Object { $_.Subject -eq "CN=$fqdn" -and $_.EnhancedKeyUsageList.FriendlyName -contains 'Server Authentication' -and $_.NotAfter -gt (Get-Date).AddDays(30) } |
    Sort-Object NotAfter -Descending | Select-Object -First 1
if (-not $cert) { throw "No server-auth certificate for $fqdn; enrol one from the domain CA first." }

Enable-PSRemoting -SkipNetworkProfileCheck -Force | Out-Null
Get-ChildItem WSMan:\localhost\Listener | Where-Object { $_.Keys -contains 'Transport=HTTP' } | Remove-Item -Recurse
New-Item -Path WSMan:\localhost\Listener -Transport HTTPS -Address * -CertificateThumbPrint $cert.Thumbprint -HostName $fqdn -Force | Out-Null

Get-NetFirewallRule -DisplayGroup 'Windows Remote Management' -ErrorAction SilentlyContinue | Disable-NetFirewallRule
New-NetFirewallRule -DisplayName 'WinRM HTTPS (admin subnet)' -Direction Inbound -Protocol TCP -LocalPort 5986 -RemoteAddress $AdminSubnet -Profile Domain -Action Allow | Out-Null

Get-ChildItem WSMan:\localhost\Listener | ForEach-Object { $_.Keys -join ', ' }
