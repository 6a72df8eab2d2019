-- nbody: the 5-body (Sun + Jovian planets) simulation — float arithmetic,
-- math.sqrt, field access on body tables. Same float operations, same order
-- as go/nbody.go.
local sqrt = math.sqrt

local function advance(bodies, n, dt)
  for i = 1, n do
    local bi = bodies[i]
    for j = i + 1, n do
      local bj = bodies[j]
      local dx = bi.x - bj.x
      local dy = bi.y - bj.y
      local dz = bi.z - bj.z
      local d2 = dx * dx + dy * dy + dz * dz
      local dist = sqrt(d2)
      local mag = dt / (d2 * dist)
      local bim = bi.mass * mag
      local bjm = bj.mass * mag
      bi.vx = bi.vx - dx * bjm
      bi.vy = bi.vy - dy * bjm
      bi.vz = bi.vz - dz * bjm
      bj.vx = bj.vx + dx * bim
      bj.vy = bj.vy + dy * bim
      bj.vz = bj.vz + dz * bim
    end
  end
  for i = 1, n do
    local b = bodies[i]
    b.x = b.x + dt * b.vx
    b.y = b.y + dt * b.vy
    b.z = b.z + dt * b.vz
  end
end

local function energy(bodies, n)
  local e = 0.0
  for i = 1, n do
    local bi = bodies[i]
    e = e + 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz)
    for j = i + 1, n do
      local bj = bodies[j]
      local dx = bi.x - bj.x
      local dy = bi.y - bj.y
      local dz = bi.z - bj.z
      e = e - (bi.mass * bj.mass) / sqrt(dx * dx + dy * dy + dz * dz)
    end
  end
  return e
end

local function offsetMomentum(bodies, n, solarMass)
  local px, py, pz = 0.0, 0.0, 0.0
  for i = 1, n do
    local b = bodies[i]
    px = px + b.vx * b.mass
    py = py + b.vy * b.mass
    pz = pz + b.vz * b.mass
  end
  local sun = bodies[1]
  sun.vx = -px / solarMass
  sun.vy = -py / solarMass
  sun.vz = -pz / solarMass
end

local function body(x, y, z, vx, vy, vz, mass)
  return { x = x, y = y, z = z, vx = vx, vy = vy, vz = vz, mass = mass }
end

local n = tonumber(arg and arg[1]) or 400000
local pi = 3.141592653589793
local four = 4.0
local solarMass = four * pi * pi
local daysPerYear = 365.24
local bodies = {
  body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solarMass),
  body( -- Jupiter
    4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
    1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
    -6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass),
  body( -- Saturn
    8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
    -2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
    2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass),
  body( -- Uranus
    1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
    2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
    -2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass),
  body( -- Neptune
    1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
    2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
    -9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass),
}
local nb = #bodies
offsetMomentum(bodies, nb, solarMass)
print(string.format("%.9f", energy(bodies, nb)))
local dt = 0.01
for _ = 1, n do
  advance(bodies, nb, dt)
end
print(string.format("%.9f", energy(bodies, nb)))
