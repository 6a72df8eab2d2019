package main

import (
	"fmt"
	"strings"
)

const W, H = 12, 10

type Grid [H][W]bool

func (g *Grid) Set(pattern []string, x0, y0 int) {
	for y, row := range pattern {
		for x, c := range row {
			if c == '#' {
				g[y0+y][x0+x] = true
			}
		}
	}
}

func (g *Grid) neighbours(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dx == 0 && dy == 0 {
				continue
			}
			xx, yy := (x+dx+W)%W, (y+dy+H)%H
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbours(x, y)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, c := range row {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Alive() int {
	n := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	g.Set([]string{".#.", "..#", "###"}, 1, 1) // glider
	g.Set([]string{"###"}, 8, 6)               // blinker
	start := g
	for gen := 0; gen <= 4; gen++ {
		fmt.Printf("generation %d (%d alive)\n%v", gen, g.Alive(), g)
		g = g.Step()
	}
	// a glider on a torus returns to its shape after 4*W generations
	var solo Grid
	solo.Set([]string{".#.", "..#", "###"}, 0, 0)
	s := solo
	period := 0
	for {
		s = s.Step()
		period++
		if s == solo || period > 1000 {
			break
		}
	}
	fmt.Println("glider period on torus:", period)
	fmt.Println("start unchanged:", start.Alive(), start == g)
}
