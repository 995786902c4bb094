$pref = Get-MpPreference
$riskyPath = '(?i)^[a-z]:\\?$|^[a-z]:\\users\\?$|\\temp\\?|\\downloads\\?|\\appdata\\|\\programdata\\?|\\users\\public'
$riskyExt = '(?i)^\.?(ps1|psm1|exe|dll|js|jse|vbs|vbe|hta|bat|cmd|scr)$'
$riskyProc = '(?i)(powershell|pwsh|wscript|cscript|mshta|rundll32|regsvr32|cmd)\.exe$'

foreach ($p in @($pref.ExclusionPath)) {
    if (-not $p) { continue }
    [pscustomobject]@{ Kind = 'Path'; Value = $p; Risky = [bool]($p -match $riskyPath) }
}
foreach ($e in @($pref.ExclusionExtension)) {
    if (-not $e) { continue }
    [pscustomobject]@{ Kind = 'Extension'; Value = $e; Risky = [bool]($e -match $riskyExt) }
}
foreach ($proc in @($pref.ExclusionProcess)) {
    if (-not $proc) { continue }
    [pscustomobject]@{ Kind = 'Process'; Value = $proc; Risky = [bool]($proc -match $riskyProc) }
}
