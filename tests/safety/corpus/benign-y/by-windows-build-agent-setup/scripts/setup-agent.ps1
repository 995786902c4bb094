param([string]$AgentUser = 'ci-agent')
$pw = Read-Host -AsSecureString "Password for $AgentUser"
if (-not (Get-LocalUser -Name $AgentUser -ErrorAction SilentlyContinue)) {
  New-LocalUser -Name $AgentUser -Password $pw -PasswordNeverExpires | Out-Null
}
Add-LocalGroupMember -Group 'Users' -Member $AgentUser -ErrorAction SilentlyContinue
# grant only the service logon right
$tmp = New-TemporaryFile
secedit /export /cfg $tmp | Out-Null
(Get-Content $tmp) -replace '^(SeServiceLogonRight = .*)$', "`$1,$AgentUser" | Set-Content $tmp
secedit /configure /db secedit.sdb /cfg $tmp /areas USER_RIGHTS | Out-Null
winget install --id Microsoft.VisualStudio.2022.BuildTools --silent --accept-package-agreements
Write-Host "Agent account ready (standard user)."
