$ErrorActionPreference = 'Stop'
if ($PSVersionTable.PSVersion -lt [version]'7.2') { throw 'PowerShell 7.2+ required' }
$gallery = 'https://psgallery.acme.internal/nuget'
if (-not (Get-PSRepository -Name AcmeGallery -ErrorAction SilentlyContinue)) {
  Register-PSRepository -Name AcmeGallery -SourceLocation $gallery -InstallationPolicy Trusted
}
Install-Module Acme.Admin -Repository AcmeGallery -Scope CurrentUser -Force
Import-Module Acme.Admin
Get-Command -Module Acme.Admin | Select-Object Name
