-- fannkuch: fannkuch-redux — permutations of n items in counting order,
-- flipping prefixes; small int arrays (0-based like the Go version), swaps,
-- a checksum. The size is the number of permutations to visit (n is the
-- smallest n with n! >= size).
local function fannkuch(n, limit)
  local perm1, perm, count = {}, {}, {}
  for i = 0, n - 1 do
    perm1[i] = i
    perm[i] = 0
    count[i] = 0
  end
  local maxFlips, checksum, permCount = 0, 0, 0
  local r = n
  while true do
    while r ~= 1 do
      count[r - 1] = r
      r = r - 1
    end
    for i = 0, n - 1 do
      perm[i] = perm1[i]
    end
    local flips = 0
    local k = perm[0]
    while k ~= 0 do
      local i, j = 0, k
      while i < j do
        perm[i], perm[j] = perm[j], perm[i]
        i, j = i + 1, j - 1
      end
      flips = flips + 1
      k = perm[0]
    end
    if flips > maxFlips then maxFlips = flips end
    if permCount % 2 == 0 then
      checksum = checksum + flips
    else
      checksum = checksum - flips
    end
    permCount = permCount + 1
    if permCount == limit then return permCount, checksum, maxFlips end
    -- next permutation in the counting order
    while true do
      if r == n then return permCount, checksum, maxFlips end
      local perm0 = perm1[0]
      for i = 0, r - 1 do
        perm1[i] = perm1[i + 1]
      end
      perm1[r] = perm0
      count[r] = count[r] - 1
      if count[r] > 0 then break end
      r = r + 1
    end
  end
end

local size = tonumber(arg and arg[1]) or 1500000
local n, f = 1, 1
while f < size do
  n = n + 1
  f = f * n
end
local perms, checksum, maxFlips = fannkuch(n, size)
print(string.format("fannkuch(%d) perms=%d checksum=%d maxflips=%d", n, perms, checksum, maxFlips))
