// Matching texts of several MiB (matched outside the VM) while other goroutines allocate
// and the collector runs.
package main

import (
	"fmt"
	"regexp"
	"runtime"
	"strings"
	"sync"
)

func main() {
	text := strings.Repeat("lorem ipsum dolor sit amet ", 200000) + "needle-42 end"
	b := []byte(text)
	re := regexp.MustCompile(`needle-(\d+)`)
	var wg sync.WaitGroup
	results := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			switch i % 4 {
			case 0:
				results[i] = fmt.Sprint(re.FindStringSubmatchIndex(text))
			case 1:
				results[i] = fmt.Sprintf("%q", re.FindSubmatch(b))
			case 2:
				results[i] = fmt.Sprint(len(regexp.MustCompile(`\bi\w+`).FindAllStringIndex(text, -1)))
			default:
				var keep [][]int
				for j := 0; j < 20000; j++ {
					keep = append(keep, make([]int, 8))
				}
				runtime.GC()
				results[i] = fmt.Sprint(len(keep), re.MatchString(text[:len(text)-10]))
			}
		}(i)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(regexp.MustCompile(`(?s)^.*$`).MatchString(text+"\xff"), len(regexp.MustCompile(`(?s)l.*?m`).FindString(text+"\xff")))
}
