local M = {}
function M.load(path)
  local f = assert(io.open(path, "r"))
  local src = f:read("a"); f:close()
  local env = {}
  local chunk, err = load(src, "=" .. path, "t", env)
  if not chunk then return nil, err end
  local ok, e = pcall(chunk)
  if not ok then return nil, e end
  return env
end
return M
