robocopy "$env:USERPROFILE\projects" "E:\backup\projects" /MIR /XD node_modules .venv /R:1 /W:1 /NFL /NDL
