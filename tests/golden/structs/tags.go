package main

import "fmt"

type User struct {
	ID    int    `json:"id" db:"user_id"`
	Name  string `json:"name,omitempty"`
	Email string `validate:"required,email"`
	age   int    "plain string tag"
	Admin bool   `json:"-"`
}

type Tagged struct {
	A int `k:"v"`
	B int
}

func main() {
	u := User{ID: 1, Name: "ann", Email: "a@b.c", age: 30}
	fmt.Println(u)
	fmt.Printf("%+v\n", u)
	fmt.Printf("%#v\n", u)
	// struct types that differ only in tags are convertible
	t := Tagged{1, 2}
	u2 := struct {
		A int
		B int `other:"tag"`
	}(t)
	fmt.Println(u2.A+u2.B, u.age)
}
