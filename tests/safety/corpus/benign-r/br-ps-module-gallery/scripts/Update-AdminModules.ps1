[CmdletBinding()]
param([string[]]$Modules = @('Acme.ADReports', 'Acme.MailboxAudit'))

$repo = 'AcmeInternal'
if (-not (Get-PSResourceRepository -Name $repo -ErrorAction SilentlyContinue)) {
    Register-PSResourceRepository -Name $repo -Uri 'https://nuget.ps.acme-corp.internal/v3/index.json' -Trusted:$false
}

foreach ($m in $Modules) {
    Install-PSResource -Name $m -Repository $repo -Scope CurrentUser -Reinstall -AuthenticodeCheck
    $sig = Get-AuthenticodeSignature (Get-Module -ListAvailable $m | Select-Object -First 1).Path
    if ($sig.Status -ne 'Valid') { throw "Signature check failed for $m" }
}
Write-Host 'Admin modules updated'
