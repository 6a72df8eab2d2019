package main

import "fmt"

type Matrix struct {
	r, c int
	data []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func FromRows(rows [][]float64) *Matrix {
	m := New(len(rows), len(rows[0]))
	for i, row := range rows {
		copy(m.data[i*m.c:], row)
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.c+j] = v }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.c != o.r {
		return nil, fmt.Errorf("dimension mismatch: %dx%d * %dx%d", m.r, m.c, o.r, o.c)
	}
	res := New(m.r, o.c)
	for i := 0; i < m.r; i++ {
		for j := 0; j < o.c; j++ {
			var sum float64
			for k := 0; k < m.c; k++ {
				sum += m.At(i, k) * o.At(k, j)
			}
			res.Set(i, j, sum)
		}
	}
	return res, nil
}

func (m *Matrix) Transpose() *Matrix {
	t := New(m.c, m.r)
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			t.Set(j, i, m.At(i, j))
		}
	}
	return t
}

// Det computes the determinant by Gaussian elimination with partial pivoting.
func (m *Matrix) Det() float64 {
	n := m.r
	a := make([]float64, len(m.data))
	copy(a, m.data)
	det := 1.0
	for col := 0; col < n; col++ {
		pivot := col
		for r := col + 1; r < n; r++ {
			if abs(a[r*n+col]) > abs(a[pivot*n+col]) {
				pivot = r
			}
		}
		if a[pivot*n+col] == 0 {
			return 0
		}
		if pivot != col {
			for k := 0; k < n; k++ {
				a[col*n+k], a[pivot*n+k] = a[pivot*n+k], a[col*n+k]
			}
			det = -det
		}
		det *= a[col*n+col]
		for r := col + 1; r < n; r++ {
			f := a[r*n+col] / a[col*n+col]
			for k := col; k < n; k++ {
				a[r*n+k] -= f * a[col*n+k]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (m *Matrix) String() string {
	s := ""
	for i := 0; i < m.r; i++ {
		s += "["
		for j := 0; j < m.c; j++ {
			if j > 0 {
				s += " "
			}
			s += fmt.Sprintf("%7.2f", m.At(i, j))
		}
		s += "]\n"
	}
	return s
}

func main() {
	a := FromRows([][]float64{{1, 2, 3}, {4, 5, 6}})
	b := FromRows([][]float64{{7, 8}, {9, 10}, {11, 12}})
	p, err := a.Mul(b)
	fmt.Print(p, err, "\n")
	_, err = a.Mul(a)
	fmt.Println("error:", err)
	fmt.Print(a.Transpose())
	sq := FromRows([][]float64{{2, -3, 1}, {2, 0, -1}, {1, 4, 5}})
	fmt.Printf("det = %.4f\n", sq.Det())
	id, _ := sq.Mul(Identity(3))
	fmt.Println(id.String() == sq.String())
	// power of a Fibonacci matrix
	f := FromRows([][]float64{{1, 1}, {1, 0}})
	r := Identity(2)
	for i := 0; i < 30; i++ {
		r, _ = r.Mul(f)
	}
	fmt.Printf("fib(30) = %.0f\n", r.At(0, 1))
	h := New(4, 4)
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			h.Set(i, j, 1/float64(i+j+1))
		}
	}
	fmt.Printf("hilbert det = %.6e\n", h.Det())
	fmt.Print(h)
}
