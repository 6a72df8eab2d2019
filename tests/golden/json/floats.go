// Floats of every magnitude (pseudo-random bit patterns, float64 and float32) marshalled
// as Go does and read back exactly.
package main

import (
	"encoding/json"
	"fmt"
	"math"
)

var seed uint64 = 99

func rnd() uint64 {
	seed = seed*6364136223846793005 + 1442695040888963407
	return seed
}

func main() {
	for i := 0; i < 2000; i++ {
		f := math.Float64frombits(rnd())
		g := float32(math.Float32frombits(uint32(rnd() >> 32)))
		s := float64(int64(rnd()>>40)) / float64(uint64(1)<<(rnd()%40))
		b1, e1 := json.Marshal(f)
		b2, e2 := json.Marshal(g)
		b3, _ := json.Marshal(s)
		var back float64
		json.Unmarshal(b3, &back)
		var back32 float32
		json.Unmarshal(b2, &back32)
		fmt.Println(string(b1), e1, string(b2), e2, string(b3), back == s, back32 == g || e2 != nil)
	}
}
