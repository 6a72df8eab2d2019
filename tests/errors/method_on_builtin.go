package main

func (i int) Double() int { return i * 2 }

func main() {}
