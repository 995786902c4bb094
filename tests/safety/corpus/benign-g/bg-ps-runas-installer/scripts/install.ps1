$admin = ([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
if (-not $admin) {
  Start-Process pwsh -Verb RunAs -ArgumentList '-NoProfile', '-File', $PSCommandPath
  exit
}
msiexec /i "$PSScriptRoot\setup.msi" /qb
