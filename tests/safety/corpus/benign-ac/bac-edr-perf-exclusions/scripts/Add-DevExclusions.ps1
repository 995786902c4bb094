param([Parameter(Mandatory)][string]$Repo, [switch]$Apply)
if (-not (Test-Path (Join-Path $Repo '.git'))) { throw "$Repo is not a git repository" }
$paths = 'node_modules','dist','.turbo' | ForEach-Object { Join-Path $Repo $_ }
foreach ($p in $paths) {
    if ($Apply) { Add-MpPreference -ExclusionPath $p; "excluded $p" } else { "would exclude $p" }
}
