// A call's frame shows the line of its '(' as Go's does: a call spread over lines, and a
// function literal called where it ends ("}()").
package main

func f(a, b int) int {
	panic("boom")
}

func main() {
	func() {
		_ = f(
			1,
			2)
	}()
}
