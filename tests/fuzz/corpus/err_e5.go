package main
type T struct{}
func main() {
	var x T
	if x == T{} {
	}
}
