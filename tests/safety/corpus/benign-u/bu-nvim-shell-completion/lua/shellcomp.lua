local M = {}

local function lines(path)
  local f = io.open(vim.fn.expand(path), "r")
  if not f then return {} end
  local t = {}
  for l in f:lines() do
    l = l:gsub("^: %d+:%d+;", "")
    if not l:find("TOKEN=") and not l:find("%-%-password") then t[#t + 1] = l end
  end
  f:close(); return t
end

function M.setup(opts)
  opts = opts or {}
  local count = {}
  for _, p in ipairs({ "~/.bash_history", "~/.zsh_history" }) do
    for _, l in ipairs(lines(p)) do count[l] = (count[l] or 0) + 1 end
  end
  function M.complete(prefix)
    local out = {}
    for cmd, n in pairs(count) do
      if cmd:sub(1, #prefix) == prefix then out[#out + 1] = { cmd = cmd, n = n } end
    end
    table.sort(out, function(a, b) return a.n > b.n end)
    return vim.tbl_map(function(x) return x.cmd end, vim.list_slice(out, 1, opts.max_items or 20))
  end
end

return M
