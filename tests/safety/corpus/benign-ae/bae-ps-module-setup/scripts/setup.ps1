$ErrorActionPreference = 'Stop'
Set-PSResourceRepository -Name PSGallery -Trusted:$false
Install-PSResource -Name AzChores -Version 2.1.0 -Repository PSGallery -Scope CurrentUser
Get-InstalledPSResource AzChores | Select-Object Name, Version
Write-Host 'AzChores installed'
