package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	root *node
	size int
}

type node struct {
	key         int
	val         string
	left, right *node
}

func (t *Tree) Put(k int, v string) {
	t.root = t.put(t.root, k, v)
}

func (t *Tree) put(n *node, k int, v string) *node {
	if n == nil {
		t.size++
		return &node{key: k, val: v}
	}
	switch {
	case k < n.key:
		n.left = t.put(n.left, k, v)
	case k > n.key:
		n.right = t.put(n.right, k, v)
	default:
		n.val = v
	}
	return n
}

func (t *Tree) Get(k int) (string, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	return "", false
}

func minNode(n *node) *node {
	for n.left != nil {
		n = n.left
	}
	return n
}

func (t *Tree) Delete(k int) {
	var del func(n *node, k int) *node
	del = func(n *node, k int) *node {
		if n == nil {
			return nil
		}
		if k < n.key {
			n.left = del(n.left, k)
		} else if k > n.key {
			n.right = del(n.right, k)
		} else {
			if n.left == nil {
				t.size--
				return n.right
			}
			if n.right == nil {
				t.size--
				return n.left
			}
			m := minNode(n.right)
			n.key, n.val = m.key, m.val
			n.right = del(n.right, m.key)
		}
		return n
	}
	t.root = del(t.root, k)
}

func (t *Tree) Walk(f func(k int, v string)) {
	var walk func(*node)
	walk = func(n *node) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.key, n.val)
		walk(n.right)
	}
	walk(t.root)
}

func height(n *node) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

func balanced(n *node) bool {
	if n == nil {
		return true
	}
	d := height(n.left) - height(n.right)
	return d >= -1 && d <= 1 && balanced(n.left) && balanced(n.right)
}

func (t *Tree) Levels() [][]int {
	var out [][]int
	level := []*node{}
	if t.root != nil {
		level = append(level, t.root)
	}
	for len(level) > 0 {
		var keys []int
		var next []*node
		for _, n := range level {
			keys = append(keys, n.key)
			if n.left != nil {
				next = append(next, n.left)
			}
			if n.right != nil {
				next = append(next, n.right)
			}
		}
		out = append(out, keys)
		level = next
	}
	return out
}

func render(n *node, prefix string, sb *strings.Builder) {
	if n == nil {
		return
	}
	render(n.right, prefix+"    ", sb)
	sb.WriteString(prefix + fmt.Sprint(n.key) + "\n")
	render(n.left, prefix+"    ", sb)
}

func main() {
	var t Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		t.Put(k, fmt.Sprintf("v%d", k))
	}
	t.Put(40, "forty")
	fmt.Println("size", t.size, "height", height(t.root), "balanced", balanced(t.root))
	for _, k := range []int{40, 65, 99} {
		v, ok := t.Get(k)
		fmt.Printf("get %d: %q %v\n", k, v, ok)
	}
	var keys []int
	t.Walk(func(k int, v string) { keys = append(keys, k) })
	fmt.Println(keys)
	fmt.Println(t.Levels())
	var sb strings.Builder
	render(t.root, "", &sb)
	fmt.Print(sb.String())
	t.Delete(30)
	t.Delete(50)
	t.Delete(12345)
	fmt.Println("after delete:", t.size, t.Levels())
	var skew Tree
	for i := 1; i <= 6; i++ {
		skew.Put(i, "")
	}
	fmt.Println("skewed height", height(skew.root), balanced(skew.root))
}
