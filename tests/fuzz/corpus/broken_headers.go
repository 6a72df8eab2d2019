package main
func main() {
	if x {
	} else if {
	}
	for i := 0; i < 3; i++ x
