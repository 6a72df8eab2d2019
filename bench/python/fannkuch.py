# fannkuch: fannkuch-redux — permutations of n items in counting order,
# flipping prefixes; small int lists, indexing, tuple swaps, a checksum.
# The size is the number of permutations to visit (n is the smallest n with
# n! >= size).
import sys


def fannkuch(n, limit):
    perm1 = list(range(n))
    perm = [0] * n
    count = [0] * n
    max_flips = checksum = perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            i, j = 0, k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i, j = i + 1, j - 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        perm_count += 1
        if perm_count == limit:
            return perm_count, checksum, max_flips
        # next permutation in the counting order
        while True:
            if r == n:
                return perm_count, checksum, max_flips
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000
    n = f = 1
    while f < size:
        n += 1
        f *= n
    perms, checksum, max_flips = fannkuch(n, size)
    print("fannkuch(%d) perms=%d checksum=%d maxflips=%d" % (n, perms, checksum, max_flips))


main()
