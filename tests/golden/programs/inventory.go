package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota + 1
	Garden
	Kitchen
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "tools"
	case Garden:
		return "garden"
	case Kitchen:
		return "kitchen"
	}
	return fmt.Sprintf("category(%d)", int(c))
}

type Item struct {
	SKU      string
	Name     string
	Cat      Category
	PriceCts int
	Qty      int
}

func (i Item) Value() int { return i.PriceCts * i.Qty }

type Priced interface{ Value() int }

type Inventory struct {
	items map[string]*Item
}

var ErrUnknownSKU = errors.New("unknown SKU")

type StockError struct {
	SKU       string
	Have, Req int
}

func (e StockError) Error() string {
	return fmt.Sprintf("not enough %s: have %d, requested %d", e.SKU, e.Have, e.Req)
}

func (inv *Inventory) Add(it Item) {
	if inv.items == nil {
		inv.items = map[string]*Item{}
	}
	if cur, ok := inv.items[it.SKU]; ok {
		cur.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %v", sku, ErrUnknownSKU)
	}
	if it.Qty < n {
		return StockError{sku, it.Qty, n}
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) SKUs() []string {
	var out []string
	for k := range inv.items {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func total(ps []Priced) int {
	t := 0
	for _, p := range ps {
		t += p.Value()
	}
	return t
}

func cents(c int) string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func main() {
	var inv Inventory
	inv.Add(Item{"T-100", "Hammer", Tools, 1299, 10})
	inv.Add(Item{"G-200", "Rake", Garden, 2450, 3})
	inv.Add(Item{"K-300", "Whisk", Kitchen, 399, 25})
	inv.Add(Item{"T-101", "Wrench set", Tools, 4999, 2})
	inv.Add(Item{"T-100", "Hammer", Tools, 1299, 5})
	for _, op := range []struct {
		sku string
		n   int
	}{{"K-300", 5}, {"G-200", 4}, {"X-999", 1}, {"T-101", 2}} {
		if err := inv.Remove(op.sku, op.n); err != nil {
			var se StockError
			if e, ok := err.(StockError); ok {
				se = e
				fmt.Println("stock error:", se, "short by", se.Req-se.Have)
			} else {
				fmt.Println("error:", err)
			}
		}
	}
	fmt.Printf("%-6s %-12s %-8s %8s %4s %10s\n", "SKU", "NAME", "CAT", "PRICE", "QTY", "VALUE")
	var line strings.Builder
	for range 53 {
		line.WriteByte('-')
	}
	fmt.Println(line.String())
	byCat := map[Category]int{}
	var ps []Priced
	for _, sku := range inv.SKUs() {
		it := inv.items[sku]
		fmt.Printf("%-6s %-12s %-8v %8s %4d %10s\n", it.SKU, it.Name, it.Cat, cents(it.PriceCts), it.Qty, cents(it.Value()))
		byCat[it.Cat] += it.Value()
		ps = append(ps, *it)
	}
	fmt.Println("total:", cents(total(ps)))
	fmt.Println("by category:", byCat)
	var empty []string
	for _, sku := range inv.SKUs() {
		if inv.items[sku].Qty == 0 {
			empty = append(empty, sku)
		}
	}
	fmt.Printf("out of stock: %q\n", empty)
}
