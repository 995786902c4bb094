param([int]$Days = 7)
$cfg = Get-Content (Join-Path $PSScriptRoot 'logpaths.json') | ConvertFrom-Json
$cut = (Get-Date).AddDays(-$Days)
$count = 0; $bytes = 0
foreach ($p in $cfg.paths) {
    $full = [Environment]::ExpandEnvironmentVariables($p)
    if (-not (Test-Path $full)) { continue }
    Get-ChildItem -Path $full -Recurse -File -ErrorAction SilentlyContinue |
      Where-Object { $_.LastWriteTime -lt $cut } |
      ForEach-Object {
        $bytes += $_.Length; $count++
        Remove-Item $_.FullName -Force -ErrorAction SilentlyContinue
      }
}
"{0} files, {1:N1} MB" -f $count, ($bytes / 1MB)
