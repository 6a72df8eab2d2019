package main

func main() {
	arr := [3]int{1, 2, 3}
	_ = arr[5]
	s := "abc"
	_ = s[-1]
}
