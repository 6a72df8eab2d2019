-- spectral: spectral norm of an infinite matrix — nested loops over float
-- arrays, a tiny hot function (evalA) called n*n times per product, sqrt.
-- (i+j)*(i+j+1) is always even, so "/2" is exact like Go's integer division.
local function evalA(i, j)
  return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1)
end

local function timesVec(v, u, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + evalA(i, j) * u[j]
    end
    v[i] = s
  end
end

local function timesTransp(v, u, n)
  for i = 0, n - 1 do
    local s = 0.0
    for j = 0, n - 1 do
      s = s + evalA(j, i) * u[j]
    end
    v[i] = s
  end
end

local function aTimesTransp(v, u, tmp, n)
  timesVec(tmp, u, n)
  timesTransp(v, tmp, n)
end

local n = tonumber(arg and arg[1]) or 800
local u, v, tmp = {}, {}, {}
for i = 0, n - 1 do
  u[i] = 1.0
  v[i] = 0.0
  tmp[i] = 0.0
end
for _ = 1, 10 do
  aTimesTransp(v, u, tmp, n)
  aTimesTransp(u, v, tmp, n)
end
local vBv, vv = 0.0, 0.0
for i = 0, n - 1 do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vBv / vv)))
