package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -7, 255, -255, 123456} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%08x|\n", n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("|%-+6d|%+06d|% 06d|%-06d|\n", 42, 42, 42, 42)
	fmt.Printf("|%c|%c|%c|%c|\n", 65, 0x4e16, 'é', 128512)
	fmt.Printf("|%q|%q|%q|%q|\n", 65, '\n', 0x1F600, '\'')
	fmt.Printf("|%v|%v|%v|%v|\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("|%x|%X|%d|\n", uint64(1<<64-1), int64(-1<<63), uint32(1<<32-1))
	fmt.Printf("|%3c|%-4q|\n", 'z', 'y')
	fmt.Printf("|%.3d|%8.4d|%-8.3d|%.0d|%.0d|\n", 7, 42, -5, 0, 1)
	fmt.Printf("|%#08x|%# x|%+x|\n", 255, 255, 255)
	var b byte = 10
	var r rune = 'A'
	fmt.Printf("%d %v %c %d %v %c\n", b, b, b+55, r, r, r)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%d%%\n", 50)
}
