-- strconv: round trips of a million integers (tostring/tonumber) and floats
-- (%.17g, which round-trips, and tonumber); print the integer sum, the total text
-- length of the integers and how many floats failed to come back equal.
local n = tonumber(arg and arg[1]) or 1000000
local sum, length, bad = 0, 0, 0
local fmt, tostring, tonumber = string.format, tostring, tonumber
for i = 0, n - 1 do
  local s = tostring(i * 7919 - 3000000)
  local v = tonumber(s)
  sum = sum + v
  length = length + #s
  local f = i * 0.37
  local g = tonumber(fmt("%.17g", f))
  if g ~= f then bad = bad + 1 end
end
print(fmt("strconv n=%d sum=%d length=%d bad=%d", n, sum, length, bad))
