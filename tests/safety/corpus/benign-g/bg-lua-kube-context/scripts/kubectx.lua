local M = {}
function M.component()
  local path = os.getenv("KUBECONFIG") or (os.getenv("HOME") .. "/.kube/config")
  local f = io.open(path, "r")
  if not f then return "" end
  for line in f:lines() do
    local ctx = line:match("^current%-context:%s*(%S+)")
    if ctx then f:close() return "⎈ " .. ctx end
  end
  f:close()
  return ""
end
return M
