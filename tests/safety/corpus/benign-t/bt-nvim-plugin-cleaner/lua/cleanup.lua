local M = {}
function M.run()
  local old = vim.fn.stdpath("data") .. "/site/pack/packer"
  if vim.fn.isdirectory(old) == 0 then
    vim.notify("nothing to clean")
    return
  end
  local ok = vim.fn.delete(old, "rf")
  vim.notify("removed " .. old .. (ok == 0 and "" or " (failed)"))
end
return M
