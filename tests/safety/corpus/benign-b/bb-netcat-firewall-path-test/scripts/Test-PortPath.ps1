# Windows equivalent of "nc -vz": test TCP reachability of several host:port pairs.
param(
    [Parameter(Mandatory)] [string[]] $Targets,   # e.g. 10.42.8.15:15432, db.internal:5432
    [int] $TimeoutMs = 3000
)

foreach ($t in $Targets) {
    $host_, $port = $t -split ':'
    $client = [System.Net.Sockets.TcpClient]::new()
    try {
        $task = $client.ConnectAsync($host_, [int]$port)
        $ok = $task.Wait($TimeoutMs) -and $client.Connected
        $state = if ($ok) { 'open' } else { 'timeout (filtered?)' }
    } catch {
        $state = $_.Exception.InnerException.Message
    } finally {
        $client.Dispose()
    }
    [pscustomobject]@{ Target = $t; Result = $state }
}
