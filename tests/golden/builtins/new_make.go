package main

import "fmt"

type Config struct {
	Name  string
	Level int
	Tags  []string
}

func main() {
	ip := new(int)
	*ip += 5
	fmt.Println(*ip)
	sp := new(string)
	fmt.Printf("%q\n", *sp)
	cp := new(Config)
	cp.Tags = append(cp.Tags, "x")
	fmt.Printf("%+v\n", *cp)
	ap := new([3]bool)
	ap[1] = true
	fmt.Println(*ap)
	slp := new([]int)
	*slp = append(*slp, 1, 2)
	fmt.Println(*slp, len(*slp))
	mp := new(map[string]int)
	fmt.Println(*mp == nil)
	s := make([]Config, 2)
	s[1].Level = 3
	fmt.Println(s)
	m := make(map[string][]int)
	m["a"] = append(m["a"], 1)
	fmt.Println(m)
	m2 := make(map[int]bool, 10)
	fmt.Println(len(m2))
	pp := new(*int)
	*pp = ip
	**pp = 99
	fmt.Println(*ip)
	fp := new(func() int)
	fmt.Println(*fp == nil)
}
