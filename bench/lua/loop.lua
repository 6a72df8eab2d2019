-- loop: one tight integer loop — %, *, +, a two-way branch, an accumulator.
local n = tonumber(arg and arg[1]) or 40000000
local acc = 0
for i = 0, n - 1 do
  local x = i % 7
  if x < 3 then
    acc = acc + x * (i % 1000)
  else
    acc = acc + i % 13 + 1
  end
end
print(string.format("loop(%d) = %d", n, acc))
