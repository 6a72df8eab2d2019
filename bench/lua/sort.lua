-- sort: fill an array with a million pseudo-random ints (MINSTD generator,
-- every intermediate below 2^53) and sort it with table.sort; then a
-- position-dependent checksum over the sorted array.
local n = tonumber(arg and arg[1]) or 1500000
local a = {}
local x = 42
for i = 1, n do
  x = x * 48271 % 2147483647
  a[i] = x
end
table.sort(a)
local sum = 0
for i = 1, n do
  sum = (sum * 31 + a[i]) % 1000000007
end
print(string.format("sort n=%d min=%d median=%d max=%d checksum=%d",
  n, a[1], a[math.floor(n / 2) + 1], a[n], sum))
