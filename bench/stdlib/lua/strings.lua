-- strings: build a comma-separated text of n fields with table.concat, split it
-- with string.find, join the fields back with table.concat, ten times over.
local n = tonumber(arg and arg[1]) or 200000
local total, fields = 0, 0
local find, sub, concat, tostring = string.find, string.sub, table.concat, tostring
for round = 0, 9 do
  local buf = {}
  for i = 0, n - 1 do
    buf[#buf + 1] = "field" .. tostring(i + round)
  end
  local text = concat(buf, ",")
  local parts, start = {}, 1
  while true do
    local i = find(text, ",", start, true)
    if not i then parts[#parts + 1] = sub(text, start); break end
    parts[#parts + 1] = sub(text, start, i - 1)
    start = i + 1
  end
  fields = fields + #parts
  total = total + #concat(parts, "; ")
end
print(string.format("strings n=%d fields=%d total=%d", n, fields, total))
