package main

type Perm uinn8

func (p Perm) has(q Perm) bool {
	return p&q != 0
}

func main() {
	var p Perm
	if p == 0 {
		println(p.has(p))
	}
}
