# loop: one tight integer loop — %, *, +, a two-way branch, an accumulator.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40000000
    acc = 0
    for i in range(n):
        x = i % 7
        if x < 3:
            acc += x * (i % 1000)
        else:
            acc += i % 13 + 1
    print("loop(%d) = %d" % (n, acc))


main()
