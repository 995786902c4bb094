param([Parameter(Mandatory)][string]$Destination)
$src = "$env:LOCALAPPDATA\Google\Chrome\User Data\Default\Bookmarks"
New-Item -ItemType Directory -Force $Destination | Out-Null
$json = Get-Content $src -Raw | ConvertFrom-Json
$lines = @('<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<DL><p>')
function Walk($node) {
  if ($node.type -eq 'url') { $script:lines += "<DT><A HREF=`"$($node.url)`">$([Net.WebUtility]::HtmlEncode($node.name))</A>" }
  foreach ($c in $node.children) { Walk $c }
}
Walk $json.roots.bookmark_bar; Walk $json.roots.other
$lines += '</DL><p>'
$lines | Set-Content (Join-Path $Destination 'bookmarks.html') -Encoding UTF8
Write-Host "Exported to $Destination\bookmarks.html"
