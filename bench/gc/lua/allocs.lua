-- allocs: allocation microbenchmark (see go/allocs.go). Allocates N small tables of 3
-- fields while only a ring of the last 1000 stays live. Size: N (default 20,000,000).
local n = tonumber(arg and arg[1]) or 20000000
local window = 1000
local ring = {}
for k = 1, window do ring[k] = false end
local sum = 0
local k, prev = 1, window -- ring slot of this object and of the previous one (1-based)
for i = 0, n - 1 do
  local old = ring[k]
  if old then
    sum = sum + (old.a - old.b) -- old.b is the 0-based slot, as in Go
    old.next = nil -- cut the chain: at most window+1 objects stay reachable
  end
  ring[k] = { a = i, b = k - 1, next = ring[prev] or nil }
  prev = k
  k = k + 1
  if k > window then k = 1 end
end
local live, chain = 0, 0
local o = ring[prev]
while n > 0 and o do
  live = live + 1
  chain = chain + o.a
  o = o.next
end
print(string.format("allocs %d checksum %d live %d %d", n, sum % 1000000007, live, chain % 1000000007))
