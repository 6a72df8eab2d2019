#!/usr/bin/env gale
text := "the quick brown fox jumps over the lazy dog the fox"
counts := map[string]int{}
word := ""
for i := 0; i <= len(text); i++ {
	if i == len(text) || text[i] == ' ' {
		if word != "" {
			counts[word]++
		}
		word = ""
		continue
	}
	word += string(text[i])
}
var keys []string
for k := range counts {
	keys = append(keys, k)
}
sort.Strings(keys)
for _, k := range keys {
	fmt.Printf("%-6s %d\n", k, counts[k])
}
fmt.Println(counts)
