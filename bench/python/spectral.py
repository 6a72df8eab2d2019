# spectral: spectral norm of an infinite matrix — nested loops over float
# lists, a tiny hot function (eval_a) called n*n times per product, sqrt.
import math
import sys


def eval_a(i, j):
    return 1.0 / float((i + j) * (i + j + 1) // 2 + i + 1)


def times_vec(v, u, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * u[j]
        v[i] = s


def times_transp(v, u, n):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * u[j]
        v[i] = s


def a_times_transp(v, u, tmp, n):
    times_vec(tmp, u, n)
    times_transp(v, tmp, n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        a_times_transp(v, u, tmp, n)
        a_times_transp(u, v, tmp, n)
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main()
