# mapcount: counting keys in a str-keyed and an int-keyed dict — string keys
# built with str(), membership lookups, inserts and updates, then iteration
# over each dict with an order-independent checksum.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
    words = {}
    nums = {}
    x = 7
    hits = misses = 0
    for _ in range(n):
        x = x * 48271 % 2147483647
        k = x % 50000
        key = "w" + str(k % 5000)
        v = words.get(key)
        if v is not None:
            words[key] = v + 1
        else:
            words[key] = 1
        v = nums.get(k)
        if v is not None:
            hits += v
            nums[k] = v + 1
        else:
            misses += 1
            nums[k] = 1
    wsum = 0
    for k, v in words.items():
        wsum += v * (len(k) + ord(k[len(k) - 1]))
    nsum = 0
    for k, v in nums.items():
        nsum = (nsum + k * v) % 1000000007
    print("mapcount n=%d words=%d nums=%d hits=%d misses=%d wsum=%d nsum=%d"
          % (n, len(words), len(nums), hits, misses, wsum, nsum))


main()
