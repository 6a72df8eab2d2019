-- sortslice: sort a million records by a key with table.sort and a comparator
-- (keys are distinct, so every correct sort gives the same order); print a checksum
-- of the ids in sorted order.
local n = tonumber(arg and arg[1]) or 1000000
local rs = {}
for i = 0, n - 1 do
  rs[i + 1] = {key = i * 2654435761 % 4294967296, id = i, name = "r"}
end
table.sort(rs, function(a, b) return a.key < b.key end)
local sum = 0
for i = 1, n do
  sum = (sum * 31 + rs[i].id) % 1000000007
end
print(string.format("sortslice n=%d first=%d last=%d checksum=%d", n, rs[1].id, rs[n].id, sum))
