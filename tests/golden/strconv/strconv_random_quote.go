package main

// Random byte strings through the Quote family, Unquote, QuotedPrefix and UnquoteChar.

import (
	"fmt"
	"strconv"
)

type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}

var pieces = []string{"a", "\\", "\"", "'", "`", "\n", "\t", "\x00", "\x7f", "\xff", "\xc3", "é", "\u2028", "\u00a0", "\ufeff",
	"\U0001F600", "\\x4", "\\u00", "\\U0001F60", "\\n", "\\'", "\\\"", "\\7", "\\400", "\\q", " ", "\r", "\u0300"}

func main() {
	r := &rng{0x2545F4914F6CDD1D}
	for i := 0; i < 400; i++ {
		s := ""
		for k := int(r.next() % 7); k > 0; k-- {
			s += pieces[r.next()%uint64(len(pieces))]
		}
		q, qa, qg := strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s)
		u1, e1 := strconv.Unquote(q)
		u2, e2 := strconv.Unquote(qa)
		fmt.Printf("%s %s %s %v %v %v %q\n", q, qa, qg, u1 == s, u2 == u1, e1 == nil && e2 == nil, strconv.CanBackquote(s))
		for _, lit := range []string{`"` + s + `"`, "'" + s + "'", "`" + s + "`", `"` + s + `" tail`} {
			u, err := strconv.Unquote(lit)
			p, perr := strconv.QuotedPrefix(lit)
			fmt.Printf("  %q %v %q %v\n", u, err, p, perr)
		}
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Printf("  %q %v %q %v\n", v, mb, tail, err)
	}
}
