-- mapcount: counting keys in a string-keyed and an integer-keyed table —
-- string keys built with tostring, nil-check lookups, inserts and updates,
-- then pairs() over each table with an order-independent checksum.
local n = tonumber(arg and arg[1]) or 2500000
local tostring, byte = tostring, string.byte
local words, nums = {}, {}
local x = 7
local hits, misses = 0, 0
for _ = 1, n do
  x = x * 48271 % 2147483647
  local k = x % 50000
  local key = "w" .. tostring(k % 5000)
  local v = words[key]
  if v ~= nil then
    words[key] = v + 1
  else
    words[key] = 1
  end
  v = nums[k]
  if v ~= nil then
    hits = hits + v
    nums[k] = v + 1
  else
    misses = misses + 1
    nums[k] = 1
  end
end
local wsum, nwords = 0, 0
for k, v in pairs(words) do
  wsum = wsum + v * (#k + byte(k, #k))
  nwords = nwords + 1
end
local nsum, nnums = 0, 0
for k, v in pairs(nums) do
  nsum = (nsum + k * v) % 1000000007
  nnums = nnums + 1
end
print(string.format("mapcount n=%d words=%d nums=%d hits=%d misses=%d wsum=%d nsum=%d",
  n, nwords, nnums, hits, misses, wsum, nsum))
