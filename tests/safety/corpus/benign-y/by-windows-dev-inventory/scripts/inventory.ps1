$ErrorActionPreference = 'SilentlyContinue'
$tools = 'git','node','python','dotnet','java','go','code'
$inv = [ordered]@{ host = $env:COMPUTERNAME; tools = @{} }
foreach ($t in $tools) {
  $cmd = Get-Command $t
  if ($cmd) { $inv.tools[$t] = (& $t --version 2>&1 | Select-Object -First 1).ToString() }
  else { $inv.tools[$t] = 'missing' }
}
$inv | ConvertTo-Json -Depth 4 | Set-Content inventory.json
Write-Host "Wrote inventory.json"
