package tfplan

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// A minimal scanner over JSON text that finds the extent of values without
// decoding them, so that the reader decodes only the resources it checks
// and skips the rest of a large plan without copying it. The values it
// returns are decoded by encoding/json, which validates them.

// syntaxError's offset is within the value being scanned; callers say which.
type syntaxError struct {
	offset int
	msg    string
}

func (e *syntaxError) Error() string { return "invalid JSON: " + e.msg }

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// valueEnd returns the offset just past the JSON value that starts at i.
func valueEnd(b []byte, i int) (int, error) {
	i = skipSpace(b, i)
	if i >= len(b) {
		return 0, &syntaxError{i, "unexpected end of input (is the file truncated?)"}
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				end, err := stringEnd(b, j)
				if err != nil {
					return 0, err
				}
				j = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1, nil
				}
			}
		}
		return 0, &syntaxError{len(b), "unexpected end of input (is the file truncated?)"}
	default:
		j := i
		for j < len(b) && b[j] != ',' && b[j] != '}' && b[j] != ']' && b[j] != ' ' && b[j] != '\n' && b[j] != '\r' && b[j] != '\t' {
			j++
		}
		if j == i {
			return 0, &syntaxError{i, fmt.Sprintf("unexpected %q", b[i])}
		}
		return j, nil
	}
}

func stringEnd(b []byte, i int) (int, error) {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1, nil
		}
	}
	return 0, &syntaxError{len(b), "unexpected end of input in a string (is the file truncated?)"}
}

// members calls fn with each key and raw value of the object at b; fn
// returning an error stops the walk.
func members(b []byte, fn func(key string, value []byte) error) error {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return &syntaxError{i, "expected an object"}
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return nil
	}
	for {
		if i >= len(b) || b[i] != '"' {
			return &syntaxError{i, "expected a key"}
		}
		end, err := stringEnd(b, i)
		if err != nil {
			return err
		}
		key, err := unquote(b[i:end])
		if err != nil {
			return &syntaxError{i, "invalid key"}
		}
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return &syntaxError{i, "expected ':'"}
		}
		start := skipSpace(b, i+1)
		end, err = valueEnd(b, start)
		if err != nil {
			return err
		}
		if err := fn(key, b[start:end]); err != nil {
			return err
		}
		i = skipSpace(b, end)
		switch {
		case i < len(b) && b[i] == ',':
			i = skipSpace(b, i+1)
		case i < len(b) && b[i] == '}':
			return nil
		default:
			return &syntaxError{i, "expected ',' or '}' (is the file truncated?)"}
		}
	}
}

// member is the raw value of one key of the object at b; nil when the
// object has no such key.
func member(b []byte, key string) ([]byte, error) {
	var out []byte
	err := members(b, func(k string, v []byte) error {
		if k == key {
			out = v
		}
		return nil
	})
	return out, err
}

// elements calls fn with each raw element of the array at b.
func elements(b []byte, fn func(value []byte) error) error {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return &syntaxError{i, "expected an array"}
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == ']' {
		return nil
	}
	for {
		end, err := valueEnd(b, i)
		if err != nil {
			return err
		}
		if err := fn(b[i:end]); err != nil {
			return err
		}
		i = skipSpace(b, end)
		switch {
		case i < len(b) && b[i] == ',':
			i = skipSpace(b, i+1)
		case i < len(b) && b[i] == ']':
			return nil
		default:
			return &syntaxError{i, "expected ',' or ']' (is the file truncated?)"}
		}
	}
}

func isNull(b []byte) bool { return len(b) == 0 || string(b) == "null" }

// unquote reads a JSON string, without allocating more than the result
// when it has no escapes.
func unquote(b []byte) (string, error) {
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' && !bytes.ContainsAny(b[1:len(b)-1], "\\\"") {
		return string(b[1 : len(b)-1]), nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return "", err
	}
	return s, nil
}
