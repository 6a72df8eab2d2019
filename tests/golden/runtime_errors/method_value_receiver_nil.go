package main

import "fmt"

type Account struct {
	Balance int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
}

func main() {
	accounts := map[string]*Account{"alice": {10}}
	accounts["alice"].Deposit(5)
	fmt.Println(accounts["alice"].Balance)
	accounts["bob"].Deposit(5)
}
