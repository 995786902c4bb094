$cutoff = (Get-Date).AddDays(-7)
$before = (Get-ChildItem $env:TEMP -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
Get-ChildItem $env:TEMP -Recurse -File -ErrorAction SilentlyContinue |
  Where-Object LastWriteTime -lt $cutoff |
  Remove-Item -Force -ErrorAction SilentlyContinue
$after = (Get-ChildItem $env:TEMP -Recurse -File -ErrorAction SilentlyContinue | Measure-Object Length -Sum).Sum
"{0:N1} MB freed" -f (($before - $after) / 1MB)
