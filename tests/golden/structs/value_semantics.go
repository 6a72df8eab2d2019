package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func deposit(a Account, amt int) Account {
	a.Balance += amt
	a.History = append(a.History, amt)
	return a
}

func depositPtr(a *Account, amt int) {
	a.Balance += amt
	a.History = append(a.History, amt)
}

func main() {
	a := Account{Owner: "ann", Balance: 10}
	b := a // full copy
	b.Balance = 99
	b.Owner = "bob"
	fmt.Println(a.Owner, a.Balance, b.Owner, b.Balance)
	c := deposit(a, 5)
	fmt.Println(a.Balance, c.Balance, len(a.History), len(c.History))
	depositPtr(&a, 7)
	fmt.Println(a.Balance, a.History)
	accounts := []Account{{Owner: "x"}, {Owner: "y"}}
	for _, acc := range accounts {
		acc.Balance = 1000 // modifies the copy
	}
	fmt.Println(accounts[0].Balance)
	for i := range accounts {
		accounts[i].Balance = 1000
	}
	fmt.Println(accounts[0].Balance, accounts[1].Balance)
	first := accounts[0]
	first.Owner = "changed"
	fmt.Println(accounts[0].Owner)
	p := &accounts[1]
	p.Owner = "via-pointer"
	fmt.Println(accounts[1].Owner)
	m := map[string]Account{"k": {Owner: "m"}}
	tmp := m["k"]
	tmp.Balance = 5
	fmt.Println(m["k"].Balance)
	m["k"] = tmp
	fmt.Println(m["k"].Balance)
	arr := [2]Account{{Owner: "a0"}, {Owner: "a1"}}
	arr2 := arr
	arr2[0].Owner = "copy"
	fmt.Println(arr[0].Owner, arr2[0].Owner)
	type Wrapper struct{ Inner Account }
	w1 := Wrapper{Account{Owner: "w"}}
	w2 := w1
	w2.Inner.Owner = "w2"
	fmt.Println(w1.Inner.Owner, w2.Inner.Owner)
}
