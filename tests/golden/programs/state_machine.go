package main

import "fmt"

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfOrder
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Selecting:
		return "Selecting"
	case Paying:
		return "Paying"
	case Dispensing:
		return "Dispensing"
	case OutOfOrder:
		return "OutOfOrder"
	}
	return "?"
}

type Event struct {
	Kind string
	Arg  int
}

type Machine struct {
	state   State
	stock   map[int]int
	prices  map[int]int
	choice  int
	paid    int
	revenue int
	log     []string
}

func (m *Machine) logf(format string, args ...any) {
	m.log = append(m.log, fmt.Sprintf(format, args...))
}

func (m *Machine) Handle(e Event) {
	prev := m.state
	switch m.state {
	case Idle:
		if e.Kind == "touch" {
			m.state = Selecting
		} else if e.Kind == "kick" {
			m.state = OutOfOrder
		}
	case Selecting:
		switch e.Kind {
		case "select":
			if m.stock[e.Arg] == 0 {
				m.logf("item %d sold out", e.Arg)
				break
			}
			m.choice = e.Arg
			m.state = Paying
		case "cancel":
			m.state = Idle
		}
	case Paying:
		switch e.Kind {
		case "coin":
			m.paid += e.Arg
			if m.paid >= m.prices[m.choice] {
				m.state = Dispensing
				m.Handle(Event{Kind: "dispense"})
				return
			}
		case "cancel":
			m.logf("refund %d", m.paid)
			m.paid = 0
			m.state = Idle
		}
	case Dispensing:
		if e.Kind == "dispense" {
			m.stock[m.choice]--
			change := m.paid - m.prices[m.choice]
			m.revenue += m.prices[m.choice]
			m.logf("dispensed item %d, change %d", m.choice, change)
			m.paid, m.choice = 0, 0
			m.state = Idle
		}
	case OutOfOrder:
		if e.Kind == "repair" {
			m.state = Idle
		}
	}
	if prev != m.state {
		m.logf("%v -> %v on %s", prev, m.state, e.Kind)
	} else {
		m.logf("%v ignores %s", m.state, e.Kind)
	}
}

func main() {
	m := &Machine{
		stock:  map[int]int{1: 2, 2: 0, 3: 5},
		prices: map[int]int{1: 150, 2: 100, 3: 75},
	}
	events := []Event{
		{"coin", 25}, {"touch", 0}, {"select", 2}, {"select", 1},
		{"coin", 100}, {"coin", 100}, {"touch", 0}, {"select", 3},
		{"coin", 50}, {"cancel", 0}, {"kick", 0}, {"touch", 0},
		{"repair", 0}, {"touch", 0}, {"select", 1}, {"coin", 200},
		{"touch", 0}, {"select", 1},
	}
	for _, e := range events {
		m.Handle(e)
	}
	for i, l := range m.log {
		fmt.Printf("%2d %s\n", i+1, l)
	}
	fmt.Println("final:", m.state, "revenue:", m.revenue, "stock:", m.stock)
}
