param([string]$Out = "bookmarks.html")
$prof = Join-Path $env:LOCALAPPDATA 'Google\Chrome\User Data\Default'
$bm = Get-Content (Join-Path $prof 'Bookmarks') -Raw | ConvertFrom-Json
$lines = @('<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<DL><p>')
function Add-Node($n) {
    if ($n.type -eq 'url') { $script:lines += "<DT><A HREF=`"$($n.url)`">$([System.Net.WebUtility]::HtmlEncode($n.name))</A>" }
    else { foreach ($c in $n.children) { Add-Node $c } }
}
Add-Node $bm.roots.bookmark_bar
$lines += '</DL><p>'
$lines | Set-Content $Out
Write-Host "wrote $Out"
