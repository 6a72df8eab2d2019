package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	var x int
	for x = 10; x > 0; x -= 3 {
	}
	fmt.Println(x)
	m := 0
	for m < 5 {
		m += 2
	}
	fmt.Println(m)
	for i := 0; i < 3; {
		fmt.Print("i", i, " ")
		i++
	}
	fmt.Println()
	total := 0
	for i := 1; i <= 10; i++ {
		if i%3 == 0 {
			continue
		}
		total += i
	}
	fmt.Println(total)
	for false {
		fmt.Println("never")
	}
	var fib [10]int
	for i := range fib {
		if i < 2 {
			fib[i] = i
		} else {
			fib[i] = fib[i-1] + fib[i-2]
		}
	}
	fmt.Println(fib)
}
