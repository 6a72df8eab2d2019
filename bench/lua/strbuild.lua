-- strbuild: string building — a table of pieces per line joined with
-- table.concat, tostring, .. concatenation into a growing string that is
-- folded into a hash and reset, string.byte indexing.
local n = tonumber(arg and arg[1]) or 200000
local concat, tostring, byte, floor = table.concat, tostring, string.byte, math.floor
local h, total = 0, 0
local line = ""
for i = 0, n - 1 do
  local parts = {}
  for j = 0, 9 do
    parts[#parts + 1] = tostring(i * j + j)
    parts[#parts + 1] = ","
  end
  local s = concat(parts)
  local t = "<" .. tostring(i) .. ":" .. tostring(#s) .. ">"
  total = total + #s + #t
  h = (h * 31 + byte(s, floor(#s / 2) + 1) + byte(t, #t - 1)) % 1000000007
  line = line .. t
  if #line > 200 then
    h = (h * 7 + #line + byte(line, floor(#line / 3) + 1)) % 1000000007
    line = ""
  end
end
print(string.format("strbuild n=%d total=%d hash=%d tail=%s", n, total, h, line))
