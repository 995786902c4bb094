[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string[]] $Features
)

$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
$isAdmin = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)

if (-not $isAdmin) {
    Write-Host 'Administrator rights are needed; Windows will ask for confirmation.'
    $argList = @('-NoProfile', '-ExecutionPolicy', 'Bypass', '-File', "`"$PSCommandPath`"",
                 '-Features', ($Features -join ','))
    try {
        Start-Process -FilePath 'powershell.exe' -ArgumentList $argList -Verb RunAs -Wait
    } catch {
        Write-Warning 'Elevation was declined. No changes were made.'
    }
    return
}

foreach ($name in $Features) {
    $state = (Get-WindowsOptionalFeature -Online -FeatureName $name).State
    if ($state -eq 'Enabled') {
        Write-Host "$name already enabled"
        continue
    }
    Write-Host "Enabling $name ..."
    Enable-WindowsOptionalFeature -Online -FeatureName $name -All -NoRestart | Out-Null
}
Write-Host 'Done. A restart is required before the features are usable.'
Read-Host 'Press Enter to close'
