// Pathological patterns run in linear time (no backtracking blow-up), large inputs, a
// regexp shared by goroutines, and many distinct patterns.
package main

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

func main() {
	long := strings.Repeat("a", 100000)
	for _, p := range []string{`(a*)*b`, `(a|a)*b`, `(x+x+)+y`, `(a|aa)+$`, `^(a+)+$`, `(.*a){20}`} {
		re := regexp.MustCompile(p)
		fmt.Println(p, re.MatchString(long), len(re.FindString(long)), re.MatchString(strings.Repeat("x", 50000)))
	}
	big := strings.Repeat("word1 word22 ", 20000)
	w := regexp.MustCompile(`\w+\d`)
	fmt.Println(len(w.FindAllString(big, -1)), len(w.ReplaceAllString(big, "$0$0")), len(w.Split(big, -1)))

	shared := regexp.MustCompile(`(\d+)-(\d+)`)
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			n := 0
			for i := 0; i < 500; i++ {
				s := fmt.Sprintf("%d-%d x %d-%d", g, i, i, g)
				for _, m := range shared.FindAllStringSubmatch(s, -1) {
					n += len(m[1]) + len(m[2])
				}
				if ok, _ := regexp.MatchString(fmt.Sprintf(`^%d-`, g), s); ok {
					n++
				}
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	fmt.Println(total)

	count := 0
	for i := 0; i < 300; i++ {
		re := regexp.MustCompile(fmt.Sprintf(`^p%d(x|y)+$`, i))
		if re.MatchString(fmt.Sprintf("p%dxyx", i)) {
			count++
		}
	}
	fmt.Println(count)
}
