param([int] $Hours = 24)

$since = (Get-Date).AddHours(-$Hours)
$pattern = '(?i)\s-(e|en|enc|enco|encodedcommand)\s+([A-Za-z0-9+/=]{16,})'

$events = @()
$events += Get-WinEvent -FilterHashtable @{ LogName = 'Microsoft-Windows-Sysmon/Operational'; Id = 1; StartTime = $since } -ErrorAction SilentlyContinue
$events += Get-WinEvent -FilterHashtable @{ LogName = 'Security'; Id = 4688; StartTime = $since } -ErrorAction SilentlyContinue

foreach ($evt in $events) {
    $xml = [xml]$evt.ToXml()
    $data = @{}
    foreach ($d in $xml.Event.EventData.Data) { $data[$d.Name] = $d.'#text' }
    $cmd = $data['CommandLine']
    if (-not $cmd) { continue }
    $m = [regex]::Match($cmd, $pattern)
    if (-not $m.Success) { continue }
    try {
        $decoded = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($m.Groups[2].Value))
    } catch {
        $decoded = '<not valid base64>'
    }
    [pscustomobject]@{
        Time    = $evt.TimeCreated
        Host    = $evt.MachineName
        Parent  = $data['ParentImage'] ?? $data['ParentProcessName']
        Decoded = $decoded
    }
}
