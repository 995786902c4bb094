local cursor, counts = '0', {}
repeat
  local r = redis.call('SCAN', cursor, 'COUNT', 1000)
  cursor = r[1]
  for _, k in ipairs(r[2]) do
    local p = string.match(k, '^[^:]+') or k
    counts[p] = (counts[p] or 0) + 1
  end
until cursor == '0'
local out = {}
for p, n in pairs(counts) do out[#out + 1] = p .. ' ' .. n end
return out
