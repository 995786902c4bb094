param([Parameter(Mandatory)][string]$Name)
$sys = (Resolve-DnsName $Name -Type A -ErrorAction SilentlyContinue | Where-Object IPAddress).IPAddress
$doh = (Invoke-RestMethod "https://cloudflare-dns.com/dns-query?name=$([uri]::EscapeDataString($Name))&type=A" -Headers @{ accept = 'application/dns-json' }).Answer.data
"system: $($sys -join ', ')"
"DoH:    $($doh -join ', ')"
if (Compare-Object @($sys) @($doh)) { 'answers differ: check the local resolver or VPN' } else { 'answers match' }
