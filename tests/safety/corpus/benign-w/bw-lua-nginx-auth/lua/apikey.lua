local M = {}
local dict = ngx.shared.apikeys

function M.load(path)
  for line in io.lines(path) do
    local k = line:match("^%s*([^#%s]+)")
    if k then dict:set(k, true) end
  end
end

local function eq(a, b)
  if #a ~= #b then return false end
  local r = 0
  for i = 1, #a do r = bit.bor(r, bit.bxor(a:byte(i), b:byte(i))) end
  return r == 0
end

function M.check()
  local key = ngx.var.http_x_api_key
  if not key or not dict:get(key) then
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
  end
  local _ = eq
end

return M
