package textfile

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return out
}

func TestUTF8ReadsWhatShellsWrite(t *testing.T) {
	t.Parallel()
	want := "{\"é\": \"x\"}\r\n"
	be := []byte{0xFE, 0xFF}
	for _, u := range utf16.Encode([]rune(want)) {
		be = append(be, byte(u>>8), byte(u))
	}
	for name, in := range map[string][]byte{
		"UTF-8":               []byte(want),
		"UTF-8 with a BOM":    append([]byte{0xEF, 0xBB, 0xBF}, want...),
		"UTF-16LE with a BOM": utf16LE(want),
		"UTF-16BE with a BOM": be,
	} {
		got, err := UTF8(in)
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v", name, got, err)
		}
	}
	for name, in := range map[string][]byte{
		"UTF-16 without a BOM": utf16LE(want)[2:],
		"UTF-16 cut short":     utf16LE(want)[:5],
	} {
		if _, err := UTF8(in); err == nil || !strings.Contains(err.Error(), "UTF-16") {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestReadFromRefusesPastItsBound(t *testing.T) {
	t.Parallel()
	if _, err := ReadFrom(bytes.NewReader(make([]byte, 1<<20+1)), 1<<20); !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "1 MiB") {
		t.Errorf("one byte past 1 MiB: %v", err)
	}
	if got, err := ReadFrom(bytes.NewReader(make([]byte, 1<<20)), 1<<20); err != nil || len(got) != 1<<20 {
		t.Errorf("1 MiB: %d bytes, %v", len(got), err)
	}
}
