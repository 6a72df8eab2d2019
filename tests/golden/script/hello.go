#!/usr/bin/env gale
fmt.Println("hello from a gale script")
x := 6 * 7
fmt.Println("the answer is", x)
