param(
    [Parameter(Mandatory, ValueFromPipeline)] [string] $Encoded
)
# Print the text behind a -EncodedCommand value. Never executes it.
try {
    $bytes = [Convert]::FromBase64String($Encoded.Trim())
} catch {
    throw 'Input is not valid Base64.'
}
$text = [Text.Encoding]::Unicode.GetString($bytes)
Write-Output $text

$suspicious = 'DownloadString', 'Invoke-Expression', 'iex', 'FromBase64String', 'Net.WebClient', 'Start-BitsTransfer'
$hits = $suspicious | Where-Object { $text -match [regex]::Escape($_) }
if ($hits) {
    Write-Warning ("Decoded command contains: " + ($hits -join ', ') + ". Review carefully before running.")
}
