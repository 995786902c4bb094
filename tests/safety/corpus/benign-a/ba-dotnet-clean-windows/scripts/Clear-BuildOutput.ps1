[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $Root = (Get-Location).Path
)
$ErrorActionPreference = 'Stop'

$sln = Get-ChildItem -Path $Root -Filter '*.sln' -File | Select-Object -First 1
if (-not $sln) { throw "No .sln in $Root. Run this from the solution folder." }
$rootFull = (Resolve-Path $Root).Path

$projects = Get-ChildItem -Path $rootFull -Recurse -File -Include '*.csproj', '*.fsproj', '*.vbproj' |
    Where-Object { $_.FullName -notmatch '\\node_modules\\' }

$targets = foreach ($p in $projects) {
    foreach ($name in 'bin', 'obj', 'TestResults') {
        $dir = Join-Path $p.DirectoryName $name
        if (Test-Path -LiteralPath $dir -PathType Container) { $dir }
    }
}

$freed = 0
foreach ($dir in $targets | Sort-Object -Unique) {
    if (-not $dir.StartsWith($rootFull, [StringComparison]::OrdinalIgnoreCase)) { continue }
    $size = (Get-ChildItem -LiteralPath $dir -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
    if ($PSCmdlet.ShouldProcess($dir, 'Remove')) {
        Remove-Item -LiteralPath $dir -Recurse -Force
        $freed += $size
    }
}
'{0:N1} MB removed' -f ($freed / 1MB)
