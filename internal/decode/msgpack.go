package decode

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// The msgpack items a cty value is written with, read without copying.

type itemKind uint8

const (
	itemNil itemKind = iota
	itemBool
	itemInt
	itemUint
	itemFloat
	itemStr
	itemBin
	itemExt
	itemArray
	itemMap
)

// item is one msgpack item's header: its kind, its length (elements of an
// array, entries of a map, bytes of a string, binary or extension body) and
// where its body starts. A scalar's value is in bits: an int as int64, a
// float as float64 bits, a bool as 0 or 1.
type item struct {
	kind itemKind
	n    int
	body int
	bits uint64
}

func (it item) int() int64     { return int64(it.bits) }
func (it item) float() float64 { return math.Float64frombits(it.bits) }

var errTruncated = errors.New("truncated msgpack")

// uintAt reads a big-endian unsigned integer of size 1, 2, 4 or 8 bytes at
// b[pos]; ok is false past the end.
func uintAt(b []byte, pos, size int) (uint64, bool) {
	if pos+size > len(b) {
		return 0, false
	}
	switch size {
	case 1:
		return uint64(b[pos]), true
	case 2:
		return uint64(binary.BigEndian.Uint16(b[pos:])), true
	case 4:
		return uint64(binary.BigEndian.Uint32(b[pos:])), true
	}
	return binary.BigEndian.Uint64(b[pos:]), true
}

// readItem reads the header of the item at b[pos].
func readItem(b []byte, pos int) (item, error) {
	if pos >= len(b) {
		return item{}, errTruncated
	}
	c := b[pos]
	switch {
	case c <= 0x7f:
		return item{kind: itemInt, bits: uint64(c), body: pos + 1}, nil
	case c >= 0xe0:
		return item{kind: itemInt, bits: uint64(int64(int8(c))), body: pos + 1}, nil
	case c <= 0x8f:
		return item{kind: itemMap, n: int(c & 0x0f), body: pos + 1}, nil
	case c <= 0x9f:
		return item{kind: itemArray, n: int(c & 0x0f), body: pos + 1}, nil
	case c <= 0xbf:
		return item{kind: itemStr, n: int(c & 0x1f), body: pos + 1}, nil
	}
	kind, size := itemNil, 0
	switch c {
	case 0xc0:
		return item{kind: itemNil, body: pos + 1}, nil
	case 0xc2, 0xc3:
		return item{kind: itemBool, bits: uint64(c - 0xc2), body: pos + 1}, nil
	case 0xca:
		v, ok := uintAt(b, pos+1, 4)
		if !ok {
			return item{}, errTruncated
		}
		return item{kind: itemFloat, bits: math.Float64bits(float64(math.Float32frombits(uint32(v)))), body: pos + 5}, nil
	case 0xcb:
		v, ok := uintAt(b, pos+1, 8)
		if !ok {
			return item{}, errTruncated
		}
		return item{kind: itemFloat, bits: v, body: pos + 9}, nil
	case 0xcc, 0xcd, 0xce, 0xcf:
		size = 1 << (c - 0xcc)
		v, ok := uintAt(b, pos+1, size)
		if !ok {
			return item{}, errTruncated
		}
		return item{kind: itemUint, bits: v, body: pos + 1 + size}, nil
	case 0xd0, 0xd1, 0xd2, 0xd3:
		size = 1 << (c - 0xd0)
		v, ok := uintAt(b, pos+1, size)
		if !ok {
			return item{}, errTruncated
		}
		// Sign-extend from the item's width.
		shift := 64 - 8*size
		return item{kind: itemInt, bits: uint64(int64(v<<shift) >> shift), body: pos + 1 + size}, nil
	case 0xd4, 0xd5, 0xd6, 0xd7, 0xd8:
		// The extension's type byte is part of its body here.
		return item{kind: itemExt, n: 1 + 1<<(c-0xd4), body: pos + 1}, nil
	case 0xc4, 0xc5, 0xc6:
		kind, size = itemBin, 1<<(c-0xc4)
	case 0xc7, 0xc8, 0xc9:
		kind, size = itemExt, 1<<(c-0xc7)
	case 0xd9, 0xda, 0xdb:
		kind, size = itemStr, 1<<(c-0xd9)
	case 0xdc, 0xdd:
		kind, size = itemArray, 2<<(c-0xdc)
	case 0xde, 0xdf:
		kind, size = itemMap, 2<<(c-0xde)
	default:
		return item{}, fmt.Errorf("invalid msgpack code 0x%02x", c)
	}
	n, ok := uintAt(b, pos+1, size)
	if !ok || n > uint64(len(b)) {
		return item{}, errTruncated
	}
	if kind == itemExt {
		n++
	}
	return item{kind: kind, n: int(n), body: pos + 1 + size}, nil
}

// end is where the item's own bytes end: after a scalar's body, or after
// the header of an array or map.
func (it item) end() int {
	switch it.kind {
	case itemStr, itemBin, itemExt:
		return it.body + it.n
	}
	return it.body
}

// payload is a string's, binary's or extension's body; ok is false when it
// runs past the end.
func (it item) payload(b []byte) ([]byte, bool) {
	if it.end() > len(b) || it.end() < it.body {
		return nil, false
	}
	return b[it.body:it.end()], true
}

// skip returns where the item at pos, with everything inside it, ends.
func skip(b []byte, pos int) (int, error) {
	for pending := 1; pending > 0; pending-- {
		// The items of Terraform's values are mostly short strings and small
		// integers, read here without decoding a header.
		if pos < len(b) {
			switch c := b[pos]; {
			case c <= 0x7f || c >= 0xe0 || c == 0xc0 || c == 0xc2 || c == 0xc3:
				pos++
				continue
			case c >= 0xa0 && c <= 0xbf:
				if pos += 1 + int(c&0x1f); pos > len(b) {
					return 0, errTruncated
				}
				continue
			}
		}
		it, err := readItem(b, pos)
		if err != nil {
			return 0, err
		}
		if _, ok := it.payload(b); !ok {
			return 0, errTruncated
		}
		switch it.kind {
		case itemArray:
			pending += it.n
		case itemMap:
			pending += 2 * it.n
		}
		// Each element takes at least a byte: a count beyond the bytes left
		// is a lie, found here instead of after counting it down.
		if pending-1 > len(b)-it.end() {
			return 0, errTruncated
		}
		pos = it.end()
	}
	return pos, nil
}
