$ErrorActionPreference = 'Stop'
$source = 'D:\Projects'
$dest = "\\nas-office\backup\$env:COMPUTERNAME\Projects"
$logDir = Join-Path $env:LOCALAPPDATA 'ProjectsBackup'
New-Item -ItemType Directory -Force -Path $logDir | Out-Null
$log = Join-Path $logDir ("robocopy-{0:yyyyMMdd}.log" -f (Get-Date))

if (-not (Test-Path $dest)) { New-Item -ItemType Directory -Force -Path $dest | Out-Null }

# /MIR mirrors (removes files deleted at the source); /XD skips build output.
robocopy $source $dest /MIR /FFT /R:2 /W:5 /NP /XD node_modules .venv bin obj dist `
  /LOG:$log | Out-Null

# robocopy exit codes 0-7 are success variants; 8+ means failure.
if ($LASTEXITCODE -ge 8) { throw "robocopy failed with exit code $LASTEXITCODE (see $log)" }
Get-ChildItem $logDir -Filter 'robocopy-*.log' |
  Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
