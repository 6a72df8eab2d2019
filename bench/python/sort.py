# sort: fill a list with a million pseudo-random ints (MINSTD generator,
# every intermediate below 2^53) and sort it with list.sort; then a
# position-dependent checksum over the sorted list.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
    a = []
    x = 42
    for _ in range(n):
        x = x * 48271 % 2147483647
        a.append(x)
    a.sort()
    s = 0
    for i in range(n):
        s = (s * 31 + a[i]) % 1000000007
    print("sort n=%d min=%d median=%d max=%d checksum=%d" % (n, a[0], a[n // 2], a[n - 1], s))


main()
