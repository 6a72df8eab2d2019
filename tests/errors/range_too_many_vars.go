package main

func main() {
	for i, v := range 10 {
		_, _ = i, v
	}
}
