package decode

import (
	"encoding/binary"
	"fmt"
	"strconv"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"
)

// FromMsgPack decodes a dynamic value as Terraform sends it: a msgpack
// array of the value's type, as JSON, and the value. cty's own decoder reads
// the type with encoding/json, which was 70% of the time of a call over a
// fleet, whose type repeats every member's; here each distinct member type
// is read once. Anything else (an unknown or null dynamic value) goes to cty.
func FromMsgPack(b []byte) (cty.Value, error) {
	typeJSON, rest, ok := splitDynamic(b)
	if !ok {
		return ctymsgpack.Unmarshal(b, cty.DynamicPseudoType)
	}
	p := typeParser{src: typeJSON, seen: map[string]cty.Type{}}
	ty, err := p.parse()
	if err != nil {
		return cty.NilVal, fmt.Errorf("reading the value's type: %w", err)
	}
	return ctymsgpack.Unmarshal(rest, ty)
}

// splitDynamic reads the header of a [type, value] msgpack array.
func splitDynamic(b []byte) (typeJSON, rest []byte, ok bool) {
	if len(b) < 2 || b[0] != 0x92 {
		return nil, nil, false
	}
	var n, head int
	switch c := b[1]; {
	case c == 0xc4 && len(b) >= 3:
		n, head = int(b[2]), 3
	case c == 0xc5 && len(b) >= 4:
		n, head = int(binary.BigEndian.Uint16(b[2:])), 4
	case c == 0xc6 && len(b) >= 6:
		n, head = int(binary.BigEndian.Uint32(b[2:])), 6
	case c >= 0xa0 && c <= 0xbf:
		n, head = int(c&0x1f), 2
	default:
		return nil, nil, false
	}
	if n < 0 || head+n > len(b) {
		return nil, nil, false
	}
	return b[head : head+n], b[head+n:], true
}

// typeParser reads cty's JSON form of types: "string", "number", "bool",
// "dynamic", ["list", T], ["set", T], ["map", T], ["tuple", [T...]] and
// ["object", {"name": T...}] with an optional third element listing
// optional attributes. Composite types are memoized by their text.
type typeParser struct {
	src  []byte
	pos  int
	seen map[string]cty.Type
}

func (p *typeParser) errorf(format string, args ...any) error {
	return fmt.Errorf("at byte %d: %s", p.pos, fmt.Sprintf(format, args...))
}

func (p *typeParser) skipSpace() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\n' || p.src[p.pos] == '\t' || p.src[p.pos] == '\r') {
		p.pos++
	}
}

func (p *typeParser) expect(c byte) error {
	p.skipSpace()
	if p.pos >= len(p.src) || p.src[p.pos] != c {
		return p.errorf("expected %q", c)
	}
	p.pos++
	return nil
}

func (p *typeParser) peek() byte {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *typeParser) str() (string, error) {
	p.skipSpace()
	start := p.pos
	if err := p.expect('"'); err != nil {
		return "", err
	}
	escaped := false
	for p.pos < len(p.src) && p.src[p.pos] != '"' {
		if p.src[p.pos] == '\\' {
			escaped = true
			p.pos++
		}
		p.pos++
	}
	if p.pos >= len(p.src) {
		return "", p.errorf("unterminated string")
	}
	p.pos++
	if !escaped {
		return string(p.src[start+1 : p.pos-1]), nil
	}
	return strconv.Unquote(string(p.src[start:p.pos]))
}

// end finds where the composite value starting at pos ends.
func (p *typeParser) end() (int, error) {
	depth, i := 0, p.pos
	for ; i < len(p.src); i++ {
		switch p.src[i] {
		case '"':
			for i++; i < len(p.src) && p.src[i] != '"'; i++ {
				if p.src[i] == '\\' {
					i++
				}
			}
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		}
	}
	return 0, p.errorf("unterminated type")
}

func (p *typeParser) parse() (cty.Type, error) {
	switch p.peek() {
	case '"':
		name, err := p.str()
		if err != nil {
			return cty.NilType, err
		}
		switch name {
		case "string":
			return cty.String, nil
		case "number":
			return cty.Number, nil
		case "bool":
			return cty.Bool, nil
		case "dynamic":
			return cty.DynamicPseudoType, nil
		}
		return cty.NilType, p.errorf("unknown type %q", name)
	case '[':
		end, err := p.end()
		if err != nil {
			return cty.NilType, err
		}
		key := string(p.src[p.pos:end])
		if t, ok := p.seen[key]; ok {
			p.pos = end
			return t, nil
		}
		t, err := p.composite()
		if err != nil {
			return cty.NilType, err
		}
		p.seen[key] = t
		return t, nil
	}
	return cty.NilType, p.errorf("expected a type")
}

func (p *typeParser) composite() (cty.Type, error) {
	if err := p.expect('['); err != nil {
		return cty.NilType, err
	}
	kind, err := p.str()
	if err != nil {
		return cty.NilType, err
	}
	if err := p.expect(','); err != nil {
		return cty.NilType, err
	}
	var t cty.Type
	switch kind {
	case "list", "set", "map":
		elem, err := p.parse()
		if err != nil {
			return cty.NilType, err
		}
		t = map[string]func(cty.Type) cty.Type{"list": cty.List, "set": cty.Set, "map": cty.Map}[kind](elem)
	case "tuple":
		var elems []cty.Type
		if err := p.expect('['); err != nil {
			return cty.NilType, err
		}
		for p.peek() != ']' {
			if len(elems) > 0 {
				if err := p.expect(','); err != nil {
					return cty.NilType, err
				}
			}
			e, err := p.parse()
			if err != nil {
				return cty.NilType, err
			}
			elems = append(elems, e)
		}
		p.pos++
		t = cty.Tuple(elems)
	case "object":
		attrs := map[string]cty.Type{}
		if err := p.expect('{'); err != nil {
			return cty.NilType, err
		}
		for p.peek() != '}' {
			if len(attrs) > 0 {
				if err := p.expect(','); err != nil {
					return cty.NilType, err
				}
			}
			name, err := p.str()
			if err != nil {
				return cty.NilType, err
			}
			if err := p.expect(':'); err != nil {
				return cty.NilType, err
			}
			if attrs[name], err = p.parse(); err != nil {
				return cty.NilType, err
			}
		}
		p.pos++
		var optional []string
		if p.peek() == ',' {
			p.pos++
			if err := p.expect('['); err != nil {
				return cty.NilType, err
			}
			for p.peek() != ']' {
				if len(optional) > 0 {
					if err := p.expect(','); err != nil {
						return cty.NilType, err
					}
				}
				name, err := p.str()
				if err != nil {
					return cty.NilType, err
				}
				optional = append(optional, name)
			}
			p.pos++
		}
		if len(optional) > 0 {
			t = cty.ObjectWithOptionalAttrs(attrs, optional)
		} else {
			t = cty.Object(attrs)
		}
	default:
		return cty.NilType, p.errorf("unknown type kind %q", kind)
	}
	if err := p.expect(']'); err != nil {
		return cty.NilType, err
	}
	return t, nil
}
