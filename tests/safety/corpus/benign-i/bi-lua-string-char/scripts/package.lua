local name = arg[1] or "game"
local sep = string.char(45)
local out = name .. sep .. os.date("%Y%m%d") .. ".love"
local ok = os.execute("zip -9 -q -r " .. out .. " . -x '*.git*' -x '*.love'")
if ok then print("wrote " .. out) else print("zip failed") end
