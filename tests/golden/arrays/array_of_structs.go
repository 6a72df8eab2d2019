package main

import "fmt"

type Item struct {
	Name  string
	Price int
	Qty   int
}

func total(items [4]Item) int {
	sum := 0
	for _, it := range items {
		sum += it.Price * it.Qty
	}
	return sum
}

func main() {
	inv := [4]Item{
		{"apple", 3, 10},
		{"pear", 4, 5},
		{Name: "plum", Price: 2},
		{},
	}
	fmt.Println(total(inv))
	inv[2].Qty = 7
	inv[3] = Item{"kiwi", 1, 1}
	fmt.Println(total(inv))
	fmt.Printf("%v\n", inv)
	fmt.Printf("%+v\n", inv[0])
	cheapest := inv[0]
	for _, it := range inv[1:] {
		if it.Price < cheapest.Price {
			cheapest = it
		}
	}
	fmt.Println(cheapest.Name)
	p := &inv[1]
	p.Price *= 2
	fmt.Println(inv[1])
	var empty [2]Item
	fmt.Printf("%+v\n", empty)
}
