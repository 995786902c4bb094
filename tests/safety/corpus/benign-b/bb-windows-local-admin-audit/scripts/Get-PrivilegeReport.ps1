$uacKey = 'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System'
$uac = Get-ItemProperty -Path $uacKey

$admins = Get-LocalGroupMember -Group 'Administrators' -ErrorAction SilentlyContinue |
    Select-Object Name, ObjectClass, PrincipalSource

$laps = $null
try {
    $laps = Get-LapsDiagnostics -ErrorAction Stop | Select-Object -ExpandProperty LastPasswordUpdateTime
} catch { $laps = 'LAPS module not available' }

$tmp = New-TemporaryFile
secedit /export /cfg $tmp.FullName /areas USER_RIGHTS | Out-Null
$debug = (Select-String -Path $tmp.FullName -Pattern '^SeDebugPrivilege').Line
Remove-Item $tmp

[pscustomobject]@{
    Computer                   = $env:COMPUTERNAME
    Administrators             = $admins
    EnableLUA                  = $uac.EnableLUA
    ConsentPromptBehaviorAdmin = $uac.ConsentPromptBehaviorAdmin
    FilterAdministratorToken   = $uac.FilterAdministratorToken
    LapsLastRotation           = $laps
    SeDebugPrivilege           = $debug
}
