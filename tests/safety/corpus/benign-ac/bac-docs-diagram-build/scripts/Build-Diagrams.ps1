Get-ChildItem -Path docs -Recurse -Filter *.mmd | ForEach-Object {
    $svg = [IO.Path]::ChangeExtension($_.FullName, '.svg')
    npx -y @mermaid-js/mermaid-cli -i $_.FullName -o $svg | Out-Null
    $title = (Select-String -Path $_.FullName -Pattern '^%% title:\s*(.+)$' | Select-Object -First 1)
    if ($title) {
        $xml = [xml](Get-Content $svg -Raw)
        $d = $xml.CreateElement('desc', $xml.DocumentElement.NamespaceURI)
        $d.InnerText = $title.Matches[0].Groups[1].Value
        $xml.DocumentElement.PrependChild($d) | Out-Null
        $xml.Save($svg)
    }
    "rendered $svg"
}
