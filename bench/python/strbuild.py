# strbuild: string building — a list of pieces per line joined with
# str.join, str(), + concatenation into a growing string that is folded into
# a hash and reset, indexing single characters.
import sys


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    h = total = 0
    line = ""
    for i in range(n):
        parts = []
        for j in range(10):
            parts.append(str(i * j + j))
            parts.append(",")
        s = "".join(parts)
        t = "<" + str(i) + ":" + str(len(s)) + ">"
        total += len(s) + len(t)
        h = (h * 31 + ord(s[len(s) // 2]) + ord(t[len(t) - 2])) % 1000000007
        line += t
        if len(line) > 200:
            h = (h * 7 + len(line) + ord(line[len(line) // 3])) % 1000000007
            line = ""
    print("strbuild n=%d total=%d hash=%d tail=%s" % (n, total, h, line))


main()
