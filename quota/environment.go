package quota

import (
	"unicode/utf8"
)

// EnvironmentSize returns the size AWS counts for a function's environment
// variables: the UTF-8 bytes of the compact JSON object of the map, as printed
// in its "String measured:" error. Quotes, colons, commas and JSON escapes
// count; "<", ">" and "&" are not HTML-escaped. Key order does not change the
// length, so the map is not sorted and nothing is allocated.
func EnvironmentSize(vars map[string]string) int64 {
	n := int64(2) // {}
	for k, v := range vars {
		n += jsonStringSize(k) + 1 + jsonStringSize(v) + 1 // "k":"v",
	}
	if len(vars) > 0 {
		n-- // no comma after the last pair
	}
	return n
}

// environmentMinSize is EnvironmentSize when some values are unknown: those
// count as empty strings, so the result is the least size the map can have.
func environmentMinSize(vars map[string]Value[string]) (size int64, complete bool) {
	size, complete = 2, true
	for k, v := range vars {
		size += jsonStringSize(k) + 1 + jsonStringSize(v.V) + 1
		if v.Unknown {
			complete = false
		}
	}
	if len(vars) > 0 {
		size--
	}
	return size, complete
}

// jsonStringSize is the length of s as a JSON string literal, quotes included.
// Invalid UTF-8 is counted as the replacement character that encoders write.
func jsonStringSize(s string) int64 {
	n := int64(2)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\' || c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t':
				n += 2
			case c < 0x20:
				n += 6 // \u00XX
			default:
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			n += 3
		} else {
			n += int64(size)
		}
		i += size
	}
	return n
}
