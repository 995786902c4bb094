$runKeys = @(
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKLM:\Software\Microsoft\Windows\CurrentVersion\RunOnce',
    'HKLM:\Software\WOW6432Node\Microsoft\Windows\CurrentVersion\Run',
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\Run',
    'HKCU:\Software\Microsoft\Windows\CurrentVersion\RunOnce'
)
foreach ($key in $runKeys) {
    if (-not (Test-Path $key)) { continue }
    $props = Get-ItemProperty -Path $key
    foreach ($p in $props.PSObject.Properties | Where-Object { $_.Name -notlike 'PS*' }) {
        [pscustomobject]@{ Type = 'RunKey'; Location = $key; Name = $p.Name; Command = $p.Value }
    }
}

$startup = @("$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Startup",
             "$env:ProgramData\Microsoft\Windows\Start Menu\Programs\StartUp")
Get-ChildItem $startup -ErrorAction SilentlyContinue | ForEach-Object {
    [pscustomobject]@{ Type = 'StartupFolder'; Location = $_.DirectoryName; Name = $_.Name; Command = $_.FullName }
}

Get-ScheduledTask | Where-Object State -ne 'Disabled' | ForEach-Object {
    $action = ($_.Actions | ForEach-Object { "$($_.Execute) $($_.Arguments)" }) -join ' ; '
    [pscustomobject]@{ Type = 'ScheduledTask'; Location = $_.TaskPath; Name = $_.TaskName; Command = $action }
}

Get-CimInstance Win32_Service | Where-Object { $_.PathName -and $_.PathName -notmatch '(?i)^"?C:\\(Windows|Program Files)' } | ForEach-Object {
    [pscustomobject]@{ Type = 'Service'; Location = $_.StartMode; Name = $_.Name; Command = $_.PathName }
}

foreach ($cls in '__EventFilter', '__EventConsumer', '__FilterToConsumerBinding') {
    Get-CimInstance -Namespace root\subscription -ClassName $cls -ErrorAction SilentlyContinue | ForEach-Object {
        [pscustomobject]@{ Type = "WMI:$cls"; Location = 'root\subscription'; Name = $_.Name; Command = ($_.Query, $_.CommandLineTemplate, $_.ScriptText -ne $null)[0] }
    }
}
