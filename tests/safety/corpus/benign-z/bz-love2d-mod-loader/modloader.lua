local M = { mods = {} }

-- advance widths of the built-in bitmap font, ASCII 32..47
M.glyph_widths = { 4, 2, 4, 6, 6, 6, 6, 2, 3, 3, 4, 6, 2, 5, 2, 4 }

local function sandbox()
  return {
    math = math, string = string, table = table, pairs = pairs, ipairs = ipairs,
    print = print, love = { graphics = love.graphics },
  }
end

function M.loadAll()
  for _, name in ipairs(love.filesystem.getDirectoryItems("mods")) do
    local src = love.filesystem.read("mods/" .. name .. "/init.lua")
    local chunk = src and load(src, "=" .. name, "t", sandbox())
    if chunk then
      local ok, mod = pcall(chunk)
      if ok and type(mod) == "table" then M.mods[name] = mod end
    end
  end
end

function M.call(hook, ...)
  for _, mod in pairs(M.mods) do
    if mod[hook] then pcall(mod[hook], ...) end
  end
end

return M
