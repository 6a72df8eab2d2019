package main

import "fmt"

func main() {
	// multiplication table
	for i := 1; i <= 4; i++ {
		for j := 1; j <= 4; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}
	// primes by trial division
	var primes []int
	for n := 2; len(primes) < 15; n++ {
		isPrime := true
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			primes = append(primes, n)
		}
	}
	fmt.Println(primes)
	// triangle
	for i := range 5 {
		for range 4 - i {
			fmt.Print(" ")
		}
		for range 2*i + 1 {
			fmt.Print("*")
		}
		fmt.Println()
	}
	// bubble sort
	xs := []int{5, 2, 9, 1, 5, 6, -3}
	for i := 0; i < len(xs); i++ {
		swapped := false
		for j := 0; j < len(xs)-1-i; j++ {
			if xs[j] > xs[j+1] {
				xs[j], xs[j+1] = xs[j+1], xs[j]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	fmt.Println(xs)
	// count pairs summing to 10
	count := 0
	nums := []int{1, 9, 3, 7, 5, 5, 2, 8}
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == 10 {
				count++
			}
		}
	}
	fmt.Println(count)
}
