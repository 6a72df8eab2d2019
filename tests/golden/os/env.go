// The environment: Getenv, LookupEnv, Setenv, Unsetenv, Environ, Expand and ExpandEnv.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

func main() {
	fmt.Println(os.Getenv("GALE_TEST_UNSET_VAR") == "")
	v, ok := os.LookupEnv("GALE_TEST_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)

	fmt.Println(os.Setenv("GALE_TEST_A", "apple"))
	fmt.Println(os.Getenv("GALE_TEST_A"))
	fmt.Println(os.Setenv("GALE_TEST_EMPTY", ""))
	v, ok = os.LookupEnv("GALE_TEST_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.Setenv("GALE_TEST_B", "has=equals sign"))
	fmt.Println(os.Getenv("GALE_TEST_B"))

	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GALE_TEST_") {
			found++
		}
		if kv == "GALE_TEST_B=has=equals sign" {
			fmt.Println("Environ has", kv)
		}
	}
	fmt.Println("found", found)

	fmt.Println(os.Unsetenv("GALE_TEST_A"))
	_, ok = os.LookupEnv("GALE_TEST_A")
	fmt.Println("after Unsetenv:", ok)
	fmt.Println(os.Unsetenv("GALE_TEST_NEVER_SET"))

	os.Setenv("GALE_NAME", "gopher")
	os.Setenv("GALE_N", "3")
	fmt.Println(os.ExpandEnv("hello $GALE_NAME, ${GALE_N} times; $GALE_MISSING|${GALE_NAME}s"))
	mapping := func(s string) string { return "<" + s + ">" }
	for _, s := range []string{"$a $bc ${d} $", "${}x", "${unclosed", "$1 $* ${@} $$ $-", "no vars",
		"$a.b", "end$", "${a}${b}", "$_x1 y"} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, mapping))
	}

	// goroutines changing and reading the environment at once
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(2)
		key := "GALE_CONC_" + strconv.Itoa(g)
		go func() {
			defer wg.Done()
			for i := 0; i <= 300; i++ {
				os.Setenv(key, strconv.Itoa(i))
				if i%3 == 0 {
					os.Unsetenv(key)
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 300; i++ {
				v := os.Getenv(key)
				if v != "" {
					if _, err := strconv.Atoi(v); err != nil {
						fmt.Println("torn value", v)
					}
				}
				os.Environ()
			}
		}()
	}
	wg.Wait()
	for g := 0; g < 4; g++ {
		v, ok := os.LookupEnv("GALE_CONC_" + strconv.Itoa(g))
		fmt.Printf("%q %v\n", v, ok)
	}
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("GALE_NAME") == "")
}
