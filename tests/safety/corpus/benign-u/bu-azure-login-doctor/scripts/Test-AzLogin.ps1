param([string]$ErrorCode)
$known = @{
  'AADSTS50076'  = 'MFA required: run az login --tenant <tenant-id> interactively'
  'AADSTS700082' = 'refresh token expired: run az logout, then az login'
  'AADSTS50020'  = 'account not in tenant: ask for a guest invite or pick another tenant'
}
$acct = az account show --query '{tenant:tenantId, user:user.name}' -o json 2>$null | ConvertFrom-Json
if ($acct) { "signed in as $($acct.user) in tenant $($acct.tenant)" } else { 'not signed in: run az login' }
az account list --query '[].{name:name, tenant:tenantId, default:isDefault}' -o table
if ($ErrorCode -and $known.ContainsKey($ErrorCode)) { $known[$ErrorCode] }
