-- iface: method calls on objects of four classes (metatables) stored in one
-- array, two dynamically dispatched methods per element, and a "type switch"
-- on the metatable that mutates Circle and Tri objects.
local Rect = {}
Rect.__index = Rect
function Rect.new(w, h) return setmetatable({ w = w, h = h }, Rect) end
function Rect:area() return self.w * self.h end
function Rect:perimeter() return 2 * (self.w + self.h) end

local Square = {}
Square.__index = Square
function Square.new(s) return setmetatable({ s = s }, Square) end
function Square:area() return self.s * self.s end
function Square:perimeter() return 4 * self.s end

local Circle = {}
Circle.__index = Circle
function Circle.new(r) return setmetatable({ r = r }, Circle) end
function Circle:area() return 3 * self.r * self.r end
function Circle:perimeter() return 6 * self.r end

local Tri = {}
Tri.__index = Tri
function Tri.new(a, b, c) return setmetatable({ a = a, b = b, c = c }, Tri) end
function Tri:area() return math.floor(self.a * self.b / 2) end
function Tri:perimeter() return self.a + self.b + self.c end

local rounds = tonumber(arg and arg[1]) or 4000
local shapes = {}
for i = 0, 999 do
  local v = i % 10 + 1
  local k = i % 4
  if k == 0 then
    shapes[#shapes + 1] = Rect.new(v, v + 1)
  elseif k == 1 then
    shapes[#shapes + 1] = Square.new(v)
  elseif k == 2 then
    shapes[#shapes + 1] = Circle.new(v)
  else
    shapes[#shapes + 1] = Tri.new(v, v + 2, v + 3)
  end
end
local getmetatable = getmetatable
local total = 0
local ns = #shapes
for _ = 1, rounds do
  for i = 1, ns do
    local s = shapes[i]
    total = total + s:area() + s:perimeter()
    local mt = getmetatable(s)
    if mt == Circle then
      s.r = s.r % 20 + 1
    elseif mt == Tri then
      s.a = s.a % 15 + 1
    elseif mt == Rect then
      total = total + s.w
    elseif mt == Square then
      total = total - s.s
    end
  end
  total = total % 1000000007
end
print(string.format("iface rounds=%d total=%d", rounds, total))
