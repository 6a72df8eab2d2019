package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
)

// main decodes 6000 pseudo-random strings over an alphabet of valid, padding, newline
// and invalid characters with seven encodings and hex, printing the first results and
// an FNV-1a checksum of all of them (error offsets included).
func main() {
	alpha := "AZaz09+/-_=\n\r!QgwMTI"
	encs := []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding, base64.StdEncoding.Strict(), base64.RawStdEncoding.Strict(), base64.StdEncoding.WithPadding('!')}
	seed := uint64(7)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	h := uint64(0)
	for it := 0; it < 6000; it++ {
		n := next(14)
		b := make([]byte, n)
		for i := range b {
			b[i] = alpha[next(len(alpha))]
		}
		for ei, e := range encs {
			out, err := e.DecodeString(string(b))
			line := fmt.Sprintf("%d %q %q %v", ei, b, out, err)
			for _, c := range []byte(line) {
				h = (h ^ uint64(c)) * 1099511628211
			}
			if it < 40 {
				fmt.Println(line)
			}
		}
		hb, err := hex.DecodeString(string(b))
		line := fmt.Sprintf("hex %q %q %v", b, hb, err)
		for _, c := range []byte(line) {
			h = (h ^ uint64(c)) * 1099511628211
		}
	}
	fmt.Println(h)
}
