package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")

type TxKind int

const (
	Deposit TxKind = iota
	Withdrawal
	TransferIn
	TransferOut
)

func (k TxKind) String() string {
	return [...]string{"deposit", "withdrawal", "transfer-in", "transfer-out"}[k]
}

type Tx struct {
	Kind   TxKind
	Amount int64
	Ref    string
}

type Account struct {
	ID      string
	Owner   string
	balance int64
	history []Tx
}

func (a *Account) Balance() int64 { return a.balance }

func (a *Account) Deposit(amt int64) error {
	if amt <= 0 {
		return fmt.Errorf("invalid deposit amount %d", amt)
	}
	a.balance += amt
	a.history = append(a.history, Tx{Deposit, amt, ""})
	return nil
}

func (a *Account) Withdraw(amt int64) error {
	if amt > a.balance {
		return fmt.Errorf("withdraw %d from %s: %v", amt, a.ID, ErrInsufficient)
	}
	a.balance -= amt
	a.history = append(a.history, Tx{Withdrawal, amt, ""})
	return nil
}

type Bank struct {
	accounts map[string]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(owner string, initial int64) *Account {
	b.nextID++
	a := &Account{ID: fmt.Sprintf("ACC%03d", b.nextID), Owner: owner}
	if initial > 0 {
		a.Deposit(initial)
	}
	b.accounts[a.ID] = a
	return a
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %v", err)
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if src.balance < amt {
		return ErrInsufficient
	}
	src.balance -= amt
	dst.balance += amt
	src.history = append(src.history, Tx{TransferOut, amt, to})
	dst.history = append(dst.history, Tx{TransferIn, amt, from})
	return nil
}

func (b *Bank) Report() {
	var ids []string
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		a := b.accounts[id]
		total += a.balance
		fmt.Printf("%-7s %-6s %8s  (%d transactions)\n", a.ID, a.Owner, money(a.balance), len(a.history))
	}
	fmt.Printf("%-14s %8s\n", "TOTAL", money(total))
}

func money(cents int64) string {
	return fmt.Sprintf("%d.%02d", cents/100, cents%100)
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 10000)
	bob := bank.Open("bob", 2500)
	carol := bank.Open("carol", 0)
	steps := []struct {
		desc string
		run  func() error
	}{
		{"alice deposits 5.50", func() error { return alice.Deposit(550) }},
		{"bob withdraws 30.00", func() error { return bob.Withdraw(3000) }},
		{"bob withdraws 20.00", func() error { return bob.Withdraw(2000) }},
		{"carol deposits -1", func() error { return carol.Deposit(-1) }},
		{"alice -> carol 42.42", func() error { return bank.Transfer(alice.ID, carol.ID, 4242) }},
		{"carol -> bob 100.00", func() error { return bank.Transfer(carol.ID, bob.ID, 10000) }},
		{"dave -> bob", func() error { return bank.Transfer("ACC999", bob.ID, 1) }},
		{"carol -> bob 2.42", func() error { return bank.Transfer(carol.ID, bob.ID, 242) }},
	}
	for i, s := range steps {
		if err := s.run(); err != nil {
			fmt.Printf("%d. %-22s ERROR: %v\n", i+1, s.desc, err)
		} else {
			fmt.Printf("%d. %-22s ok\n", i+1, s.desc)
		}
	}
	bank.Report()
	for _, tx := range carol.history {
		fmt.Printf("carol: %-12v %6s %s\n", tx.Kind, money(tx.Amount), tx.Ref)
	}
}
