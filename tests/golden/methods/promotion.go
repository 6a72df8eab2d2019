package main

import "fmt"

type Engine struct{ HP int }

func (e Engine) Start() string   { return fmt.Sprintf("engine %dhp started", e.HP) }
func (e *Engine) Tune(extra int) { e.HP += extra }
func (e Engine) Kind() string    { return "generic engine" }

type Wheels struct{ N int }

func (w Wheels) Roll() string { return fmt.Sprintf("%d wheels rolling", w.N) }

type Car struct {
	Engine
	Wheels
	Model string
}

// Car overrides Kind but can still call the embedded one
func (c Car) Kind() string { return c.Model + " (" + c.Engine.Kind() + ")" }

type Starter interface{ Start() string }
type Tuner interface{ Tune(int) }

type SportsCar struct {
	*Car
	Turbo bool
}

func main() {
	c := Car{Engine{150}, Wheels{4}, "sedan"}
	fmt.Println(c.Start())
	fmt.Println(c.Roll())
	fmt.Println(c.Kind())
	c.Tune(50)
	fmt.Println(c.HP, c.Start())
	var s Starter = c
	fmt.Println(s.Start())
	var t Tuner = &c // Tune is in the method set of *Car only
	t.Tune(1)
	fmt.Println(c.HP)
	_, ok := any(c).(Tuner)
	fmt.Println(ok)
	sc := SportsCar{&c, true}
	sc.Tune(100)
	fmt.Println(c.HP, sc.Kind(), sc.Roll())
	var t2 Tuner = sc // *Car embedded: Tune promoted to SportsCar values
	t2.Tune(1)
	fmt.Println(c.HP)
}
