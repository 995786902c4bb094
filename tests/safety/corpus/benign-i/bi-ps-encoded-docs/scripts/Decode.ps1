param([Parameter(Mandatory)][string]$Blob)
$text = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($Blob))
Write-Output '--- decoded (not executed) ---'
Write-Output $text
