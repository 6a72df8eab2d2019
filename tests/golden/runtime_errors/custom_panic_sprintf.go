package main

import "fmt"

func check(balance, amount int) {
	if amount > balance {
		panic(fmt.Sprintf("insufficient funds: balance %d, requested %d", balance, amount))
	}
	fmt.Println("ok", balance-amount)
}

func main() {
	check(100, 30)
	check(100, 130)
}
