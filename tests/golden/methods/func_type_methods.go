package main

import (
	"fmt"
	"sort"
)

type Handler interface {
	Handle(req string) string
}

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

type Router struct {
	routes map[string]Handler
}

func (r *Router) Add(path string, h Handler) {
	if r.routes == nil {
		r.routes = map[string]Handler{}
	}
	r.routes[path] = h
}

func (r *Router) Serve(path string) string {
	if h, ok := r.routes[path]; ok {
		return h.Handle(path)
	}
	return "404 " + path
}

type static string

func (s static) Handle(string) string { return string(s) }

func logging(next Handler) Handler {
	return HandlerFunc(func(req string) string {
		return "[log] " + next.Handle(req)
	})
}

func main() {
	var r Router
	r.Add("/hello", HandlerFunc(func(req string) string { return "hello from " + req }))
	r.Add("/static", static("static content"))
	r.Add("/logged", logging(static("inner")))
	for _, p := range []string{"/hello", "/static", "/logged", "/missing"} {
		fmt.Println(r.Serve(p))
	}
	var paths []string
	for p := range r.routes {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	fmt.Println(paths)
	fmt.Printf("%T\n", r.routes["/hello"])
}
