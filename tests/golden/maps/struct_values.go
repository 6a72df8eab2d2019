package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name   string
	Salary int
	Skills []string
}

func main() {
	staff := map[string]Employee{
		"e1": {"Ann", 5000, []string{"go"}},
		"e2": {"Bob", 4000, nil},
	}
	// map elements are not addressable: copy, modify, store
	e := staff["e2"]
	e.Salary += 500
	staff["e2"] = e
	fmt.Println(staff["e2"].Salary)
	// but the slice inside is shared
	staff["e1"].Skills[0] = "Go"
	fmt.Println(staff["e1"].Skills)
	fmt.Println(staff)
	ptrs := map[string]*Employee{"p": {Name: "Pat", Salary: 1}}
	ptrs["p"].Salary = 9000
	fmt.Println(ptrs["p"].Name, ptrs["p"].Salary)
	var ids []string
	total := 0
	for id, emp := range staff {
		ids = append(ids, id)
		total += emp.Salary
	}
	sort.Strings(ids)
	fmt.Println(ids, total)
	missing := staff["nobody"]
	fmt.Printf("%+v\n", missing)
	type Stats struct{ Count, Sum int }
	agg := map[string]Stats{}
	for _, kv := range []struct {
		k string
		v int
	}{{"a", 1}, {"b", 2}, {"a", 3}} {
		s := agg[kv.k]
		s.Count++
		s.Sum += kv.v
		agg[kv.k] = s
	}
	fmt.Printf("%v %+v\n", agg, agg["a"])
}
