package main

import "fmt"

type Board [9][9]int

func parse(rows []string) Board {
	var b Board
	for r, row := range rows {
		for c := 0; c < 9; c++ {
			if row[c] != '.' {
				b[r][c] = int(row[c] - '0')
			}
		}
	}
	return b
}

func (b *Board) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if b[r][i] == v || b[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if b[i][j] == v {
				return false
			}
		}
	}
	return true
}

var steps int

func (b *Board) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if b.ok(r, c, v) {
					b[r][c] = v
					steps++
					if b.solve() {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func (b Board) String() string {
	s := ""
	for r, row := range b {
		if r > 0 && r%3 == 0 {
			s += "------+-------+------\n"
		}
		for c, v := range row {
			if c > 0 && c%3 == 0 {
				s += "| "
			}
			s += fmt.Sprint(v)
			if c < 8 {
				s += " "
			}
		}
		s += "\n"
	}
	return s
}

func (b Board) valid() bool {
	for i := 0; i < 9; i++ {
		var row, col, box [10]bool
		for j := 0; j < 9; j++ {
			r, c := i/3*3+j/3, i%3*3+j%3
			if row[b[i][j]] || col[b[j][i]] || box[b[r][c]] {
				return false
			}
			row[b[i][j]], col[b[j][i]], box[b[r][c]] = true, true, true
		}
	}
	return true
}

func main() {
	b := parse([]string{
		"53..7....",
		"6..195...",
		".98....6.",
		"8...6...3",
		"4..8.3..1",
		"7...2...6",
		".6....28.",
		"...419..5",
		"....8..79",
	})
	orig := b
	if b.solve() {
		fmt.Print(b)
	}
	fmt.Println("steps:", steps, "valid:", b.valid(), "original untouched:", orig[0][2] == 0)
	bad := parse([]string{
		"55.......",
		".........",
		".........",
		".........",
		".........",
		".........",
		".........",
		".........",
		".........",
	})
	fmt.Println("contradiction detected:", !bad.valid())
}
