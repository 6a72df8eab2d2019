// A script mixing declarations and statements.
names := []string{"carol", "alice", "bob"}
fmt.Println("unsorted:", names)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

sort.Strings(names)
fmt.Println("sorted:", names)

var people []Person
for i, n := range names {
	people = append(people, Person{n, 20 + i*5})
}
fmt.Println(people)

const limit = 25

func older(ps []Person, age int) []Person {
	var out []Person
	for _, p := range ps {
		if p.Age > age {
			out = append(out, p)
		}
	}
	return out
}

fmt.Println("older than", limit, "->", older(people, limit))
