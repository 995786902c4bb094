[CmdletBinding(SupportsShouldProcess)]
param(
    [string] $Base = 'main',
    [string[]] $Protected = @('main', 'master', 'develop')
)
$ErrorActionPreference = 'Stop'
git fetch --prune origin | Out-Null

$merged = git branch --merged $Base --format '%(refname:short)' |
    Where-Object { $_ -and ($Protected -notcontains $_) -and ($_ -notlike 'release/*') }

if (-not $merged) { Write-Host 'Nothing to delete.'; return }
Write-Host "Merged into ${Base}:"; $merged | ForEach-Object { Write-Host "  $_" }

foreach ($b in $merged) {
    if ($PSCmdlet.ShouldProcess($b, 'git branch -d')) {
        git branch -d $b   # -d refuses unmerged branches
    }
}
