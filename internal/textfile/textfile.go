// Package textfile reads the text files the commands are given as their
// writers hand them over: bounded in size before they are read whole, and
// in UTF-8 whatever byte order mark a Windows shell wrote.
package textfile

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf16"
)

// ErrTooLarge is a file over the bound a reader gave.
var ErrTooLarge = errors.New("too large")

// Read reads at most limit bytes of a file, refusing a larger one before
// it is read whole, and converts it to UTF-8 as UTF8 does.
func Read(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadFrom(f, limit)
}

// ReadFrom is Read for a stream, such as standard input.
func ReadFrom(r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: over the %s this command reads", ErrTooLarge, size(limit))
	}
	return UTF8(data)
}

func size(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// UTF8 is a file's bytes as UTF-8: a UTF-8 byte order mark is passed over
// (RFC 8259 lets a JSON parser ignore it; PowerShell's Out-File -Encoding
// utf8 writes one), and UTF-16 with a byte order mark (what PowerShell
// 5.1's > writes) is converted. UTF-16 without one is named, since it
// would read as binary.
func UTF8(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return data[3:], nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return fromUTF16(data[2:], binary.LittleEndian)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return fromUTF16(data[2:], binary.BigEndian)
	case len(data) >= 2 && (data[0] == 0) != (data[1] == 0):
		return nil, errors.New("the file is UTF-16 without a byte order mark: write it as UTF-8 " +
			"(PowerShell: | Out-File -Encoding utf8), or with the byte order mark PowerShell's > writes")
	}
	return data, nil
}

func fromUTF16(b []byte, order binary.ByteOrder) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, errors.New("the file is UTF-16 (it starts with a byte order mark) but has an odd number of bytes: was it cut short?")
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = order.Uint16(b[2*i:])
	}
	return []byte(string(utf16.Decode(units))), nil
}
