# nbody: the 5-body (Sun + Jovian planets) simulation — float arithmetic,
# math.sqrt, attribute access on body objects. Same float operations, same
# order as go/nbody.go.
import math
import sys


class Body:
    __slots__ = ("x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx, vy, vz
        self.mass = mass


def advance(bodies, dt):
    sqrt = math.sqrt
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi.x - bj.x
            dy = bi.y - bj.y
            dz = bi.z - bj.z
            d2 = dx * dx + dy * dy + dz * dz
            dist = sqrt(d2)
            mag = dt / (d2 * dist)
            bim = bi.mass * mag
            bjm = bj.mass * mag
            bi.vx -= dx * bjm
            bi.vy -= dy * bjm
            bi.vz -= dz * bjm
            bj.vx += dx * bim
            bj.vy += dy * bim
            bj.vz += dz * bim
    for b in bodies:
        b.x += dt * b.vx
        b.y += dt * b.vy
        b.z += dt * b.vz


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        bi = bodies[i]
        e += 0.5 * bi.mass * (bi.vx * bi.vx + bi.vy * bi.vy + bi.vz * bi.vz)
        for j in range(i + 1, n):
            bj = bodies[j]
            dx = bi.x - bj.x
            dy = bi.y - bj.y
            dz = bi.z - bj.z
            e -= (bi.mass * bj.mass) / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def offset_momentum(bodies, solar_mass):
    px = py = pz = 0.0
    for b in bodies:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    sun = bodies[0]
    sun.vx = -px / solar_mass
    sun.vy = -py / solar_mass
    sun.vz = -pz / solar_mass


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    pi = math.pi
    four = 4.0
    solar_mass = four * pi * pi
    days_per_year = 365.24
    bodies = [
        Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass),
        Body(  # Jupiter
            4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
            1.66007664274403694e-03 * days_per_year, 7.69901118419740425e-03 * days_per_year,
            -6.90460016972063023e-05 * days_per_year, 9.54791938424326609e-04 * solar_mass),
        Body(  # Saturn
            8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
            -2.76742510726862411e-03 * days_per_year, 4.99852801234917238e-03 * days_per_year,
            2.30417297573763929e-05 * days_per_year, 2.85885980666130812e-04 * solar_mass),
        Body(  # Uranus
            1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
            2.96460137564761618e-03 * days_per_year, 2.37847173959480950e-03 * days_per_year,
            -2.96589568540237556e-05 * days_per_year, 4.36624404335156298e-05 * solar_mass),
        Body(  # Neptune
            1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
            2.68067772490389322e-03 * days_per_year, 1.62824170038242295e-03 * days_per_year,
            -9.51592254519715870e-05 * days_per_year, 5.15138902046611451e-05 * solar_mass),
    ]
    offset_momentum(bodies, solar_mass)
    print("%.9f" % energy(bodies))
    dt = 0.01
    for _ in range(n):
        advance(bodies, dt)
    print("%.9f" % energy(bodies))


main()
