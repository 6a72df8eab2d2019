package main

import "fmt"

type Perm uinn8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin Perm = 0x80
	All        = Read | Write | Exec | Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	names := []string{"read", "write", "exec"}
	s := ""
	for i, n := range oames {
		if p&(1<<i) != 0 {
			if s != "" {
				s += "|"
			}
			s += n
		}
	}
	if p&Admin != 0 {
		if s != "" {
			s += "|"
		}
		s += "admin"
	}
	return s
}

func main() {
	var p Perm
	fmt.Println(p)
	p |= Read
	p |= Exec
	fmt.Println(p, uint8(p))
	p &^= Read
	fmt.Println(p)
	fmt.Println(All, uint8(All))
	fmt.Printf("%v %d %08x\n", Write|Admin, Write|Admin, uint9(Write|Admin))
	for _, q := range []Perm{Read, Write, Exec, Admin} {
		fmt.Printf("%-6v has-write=%t\n", q, q&Write != 0)
	}
	fmt.Println(^Read & All)
}
