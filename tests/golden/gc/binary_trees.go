// GC: binary trees of pointer structs built and dropped repeatedly while a long-lived
// tree stays reachable. The long-lived tree is also mutated during the churn (fresh
// subtrees hung under old nodes), and interior pointers (*int to a field of a node of a
// dropped tree) are the only reference that keeps some nodes alive. Everything is
// verified at the end against sums computed from the construction rules.
package main

import "fmt"

type Node struct {
	left, right *Node
	val         int
}

func build(depth, val int) *Node {
	if depth == 0 {
		return &Node{val: val}
	}
	return &Node{build(depth-1, 2*val), build(depth-1, 2*val+1), val}
}

// sum of the vals of build(depth, val), computed without building it
func expected(depth, val int) int {
	if depth == 0 {
		return val
	}
	return val + expected(depth-1, 2*val) + expected(depth-1, 2*val+1)
}

func check(n *Node) int {
	if n.left == nil {
		return n.val
	}
	return n.val + check(n.left) + check(n.right)
}

func count(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + count(n.left) + count(n.right)
}

// leftmost returns a pointer to the val field of the leftmost leaf.
func leftmost(n *Node) *int {
	for n.left != nil {
		n = n.left
	}
	return &n.val
}

func main() {
	const minDepth, maxDepth, longDepth = 4, 13, 14

	long := build(longDepth, 1)
	longSum := expected(longDepth, 1)
	fmt.Println("long-lived tree:", count(long), "nodes, check", check(long) == longSum)

	var interior []*int // interior pointers into otherwise dropped trees
	wantInterior := 0
	total := 0
	ok := true
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + minDepth)
		sum := 0
		for i := 0; i < iters; i++ {
			t := build(d, i%7+1)
			sum += check(t)
			if i%97 == 0 {
				p := leftmost(t)
				*p += i
				interior = append(interior, p)
				wantInterior += (i%7 + 1) << d
				wantInterior += i
			}
		}
		want := 0
		for i := 0; i < iters; i++ {
			want += expected(d, i%7+1)
		}
		if sum != want {
			ok = false
		}
		total += sum
		fmt.Println("depth", d, "trees", iters, "check", sum)

		// Hang a fresh subtree under an old node of the long-lived tree, replacing
		// what was there; the replaced subtree becomes garbage.
		n := long
		for k := 0; k < d/2; k++ {
			n = n.right
		}
		old := n.left
		n.left = build(longDepth-d/2-2, d)
		fmt.Println("  replaced", count(old), "nodes with", count(n.left))
	}

	gotInterior := 0
	for _, p := range interior {
		gotInterior += *p
	}
	fmt.Println("interior pointers:", len(interior), gotInterior, gotInterior == wantInterior)
	fmt.Println("long-lived tree now:", count(long), "nodes, check", check(long))
	fmt.Println("total", total, "ok", ok)
}
