package main

import (
	"fmt"
	"sort"
	"strings"
)

func render(v any, indent string, sb *strings.Builder) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		if x {
			sb.WriteString("true")
		} else {
			sb.WriteString("false")
		}
	case int:
		sb.WriteString(fmt.Sprint(x))
	case float64:
		sb.WriteString(fmt.Sprintf("%g", x))
	case string:
		sb.WriteString(fmt.Sprintf("%q", x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			render(e, indent+"  ", sb)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]any:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			sb.WriteString(fmt.Sprintf("%s  %q: ", indent, k))
			render(x[k], indent+"  ", sb)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		sb.WriteString(fmt.Sprintf("\"<unsupported %T>\"", x))
	}
}

func count(v any) (leaves int) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			leaves += count(e)
		}
	case map[string]any:
		for _, e := range x {
			leaves += count(e)
		}
	default:
		leaves = 1
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "gale",
		"version": 1,
		"ratio":   0.75,
		"tags":    []any{"vm", "go", 3, nil, true},
		"nested": map[string]any{
			"empty_list": []any{},
			"empty_map":  map[string]any{},
			"deep":       map[string]any{"z": []any{map[string]any{"k": "v\n\"q\""}}},
		},
		"odd": struct{}{},
	}
	var sb strings.Builder
	render(doc, "", &sb)
	fmt.Println(sb.String())
	fmt.Println("leaves:", count(doc))
}
