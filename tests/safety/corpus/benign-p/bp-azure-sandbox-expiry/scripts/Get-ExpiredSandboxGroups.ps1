$acct = az account show | ConvertFrom-Json
if ($acct.name -ne 'sandbox') { throw "refusing: current subscription is '$($acct.name)', not 'sandbox'" }
$today = (Get-Date).Date
foreach ($g in (az group list | ConvertFrom-Json)) {
  $exp = $g.tags.expiresOn
  if (-not $exp) { Write-Warning "$($g.name): no expiresOn tag (not deleted)"; continue }
  if ([datetime]$exp -ge $today) { continue }
  $locks = az lock list --resource-group $g.name --query "length(@)"
  if ([int]$locks -gt 0) { Write-Warning "$($g.name): locked (not deleted)"; continue }
  [pscustomobject]@{ Name = $g.name; ExpiresOn = $exp; Owner = $g.tags.owner }
}
