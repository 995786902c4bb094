[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Repo,
    [Parameter(Mandatory)] [string] $Version,
    [Parameter(Mandatory)] [string] $Asset,
    [Parameter(Mandatory)] [string] $ChecksumAsset,
    [string] $BinDir = (Join-Path $env:LOCALAPPDATA 'Programs\bin')
)
$ErrorActionPreference = 'Stop'
$base = "https://github.com/$Repo/releases/download/v$Version"
$work = Join-Path ([IO.Path]::GetTempPath()) ("rel-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $work | Out-Null

$archive = Join-Path $work $Asset
$sums = Join-Path $work $ChecksumAsset
Invoke-WebRequest -Uri "$base/$Asset" -OutFile $archive -UseBasicParsing
Invoke-WebRequest -Uri "$base/$ChecksumAsset" -OutFile $sums -UseBasicParsing

$expected = (Select-String -Path $sums -Pattern ([regex]::Escape($Asset)) |
    Select-Object -First 1).Line.Split(' ', [StringSplitOptions]::RemoveEmptyEntries)[0]
$actual = (Get-FileHash -Path $archive -Algorithm SHA256).Hash

if (-not $expected -or $expected.ToLowerInvariant() -ne $actual.ToLowerInvariant()) {
    Remove-Item -Recurse -Force $work
    throw "Checksum mismatch for $Asset (expected $expected, got $actual). Nothing was installed."
}
Write-Host "SHA256 OK: $actual"

Expand-Archive -Path $archive -DestinationPath $work -Force
New-Item -ItemType Directory -Force -Path $BinDir | Out-Null
$exe = Get-ChildItem -Path $work -Recurse -Filter '*.exe' | Select-Object -First 1
Copy-Item $exe.FullName -Destination $BinDir -Force
Remove-Item -Recurse -Force $work

& (Join-Path $BinDir $exe.Name) --version
