package decode

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"
)

// FromWire reads a dynamic value as Terraform sends it to a function: a
// msgpack array of the value's type, as JSON, and the value. The value is
// checked against its type once, then read lazily: a composite stays in
// msgpack until a check looks inside it, and what no row of the attribute
// table reads (an aws_lambda_function's ARNs, role) is never decoded. Decoding a
// 100,000-function fleet into cty first, and walking it, took seconds.
func FromWire(b []byte, root string) (Val, error) {
	doc := &document{b: b, types: map[string]*wtype{}, dynamic: map[int]*wtype{}}
	t, err := doc.validate(dynamicType, 0, 0)
	if err != nil {
		return Val{}, err
	}
	if t != len(b) {
		return Val{}, fmt.Errorf("%d bytes after the value", len(b)-t)
	}
	v, w := doc.value(dynamicType, 0)
	return Val{v: v, w: w, step: step{name: root}}, nil
}

// wtype is a cty type with what reading its msgpack needs: an object's
// attribute names sorted, with their types in the same order.
type wtype struct {
	ty    cty.Type
	kind  typeKind
	elem  *wtype   // of a list, set or map
	names []string // of an object's attributes, sorted
	elems []*wtype // an object's attribute types, or a tuple's elements
}

type typeKind uint8

const (
	kindString typeKind = iota
	kindNumber
	kindBool
	kindDynamic
	kindList
	kindSet
	kindMap
	kindTuple
	kindObject
)

var (
	dynamicType = &wtype{ty: cty.DynamicPseudoType, kind: kindDynamic}
	stringType  = &wtype{ty: cty.String, kind: kindString}
	numberType  = &wtype{ty: cty.Number, kind: kindNumber}
	boolType    = &wtype{ty: cty.Bool, kind: kindBool}
)

// attr is the position of an object's attribute, or -1.
func attrIndex[S string | []byte](t *wtype, name S) int {
	lo, hi := 0, len(t.names)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.names[m] < string(name) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.names) && t.names[lo] == string(name) {
		return lo
	}
	return -1
}

// attrAt is the position of the attribute named by an object's entry-th
// key, or -1. cty writes the keys in order, so it is most often entry.
func (t *wtype) attrAt(name []byte, entry int) int {
	if entry < len(t.names) && t.names[entry] == string(name) {
		return entry
	}
	return attrIndex(t, name)
}

// document is one msgpack value and the types of its dynamic parts, read
// once each: a fleet repeats its members' type for every member.
type document struct {
	b []byte
	// types are the composite types read, by their text; dynamic are the
	// types of the dynamic values, by position.
	types   map[string]*wtype
	dynamic map[int]*wtype
}

// maxDepth bounds nesting, which Terraform values never come near, so that
// hostile input cannot exhaust the stack.
const maxDepth = 256

func (doc *document) errorf(pos int, format string, args ...any) error {
	return fmt.Errorf("at byte %d: %s", pos, fmt.Sprintf(format, args...))
}

// validate checks that the item at pos is a value of type t as cty writes
// it, and returns where it ends. Everything read lazily afterwards was
// checked here, so reading cannot fail.
func (doc *document) validate(t *wtype, pos, depth int) (int, error) {
	if depth > maxDepth {
		return 0, doc.errorf(pos, "nested too deeply")
	}
	b := doc.b
	it, err := readItem(b, pos)
	if err != nil {
		return 0, doc.errorf(pos, "%s", err)
	}
	body, ok := it.payload(b)
	if !ok {
		return 0, doc.errorf(pos, "%s", errTruncated)
	}
	switch {
	case it.kind == itemExt:
		// An unknown value; a longer body holds refinements, which the
		// checks do not use.
		if it.n > 2 && (body[0] != 0x0c || it.n > 1025) {
			return 0, doc.errorf(pos, "unsupported extension")
		}
		return it.end(), nil
	case t.kind == kindDynamic:
		if it.kind == itemNil {
			return it.end(), nil
		}
		inner, at, err := doc.typeOf(it, pos)
		if err != nil {
			return 0, err
		}
		return doc.validate(inner, at, depth+1)
	case it.kind == itemNil:
		return it.end(), nil
	}
	if !fits(t.kind, it.kind) {
		return 0, doc.errorf(pos, "a %s is required", t.ty.FriendlyName())
	}
	switch t.kind {
	case kindNumber:
		if it.kind == itemFloat && math.IsNaN(it.float()) || it.kind == itemStr || it.kind == itemBin {
			if _, err := number(it, body); err != nil {
				return 0, doc.errorf(pos, "%s", err)
			}
		}
	case kindList, kindSet, kindTuple:
		if t.kind == kindTuple && it.n != len(t.elems) {
			return 0, doc.errorf(pos, "a tuple of length %d is required", len(t.elems))
		}
		at := it.end()
		for i := range it.n {
			et := t.elem
			if t.kind == kindTuple {
				et = t.elems[i]
			}
			if at, err = doc.validate(et, at, depth+1); err != nil {
				return 0, err
			}
		}
		return at, nil
	case kindMap, kindObject:
		if t.kind == kindObject && it.n != len(t.names) {
			return 0, doc.errorf(pos, "an object with %d attributes is required (%d given)", len(t.names), it.n)
		}
		var seen bitset
		if t.kind == kindObject {
			seen = newBitset(len(t.names))
		}
		keys := distinctKeys{doc: doc, it: it}
		at := it.end()
		for entry := range it.n {
			key, err := readItem(b, at)
			if err != nil {
				return 0, doc.errorf(at, "%s", err)
			}
			name, ok := key.payload(b)
			if !ok || key.kind != itemStr {
				return 0, doc.errorf(at, "keys must be strings")
			}
			et := t.elem
			if t.kind == kindObject {
				i := t.attrAt(name, entry)
				if i < 0 || seen.has(i) {
					return 0, doc.errorf(at, "unexpected attribute %q", name)
				}
				seen.add(i)
				et = t.elems[i]
			} else if !keys.add(entry, name) {
				return 0, doc.errorf(at, "key %q given twice", name)
			}
			if at, err = doc.validate(et, key.end(), depth+1); err != nil {
				return 0, err
			}
		}
		return at, nil
	}
	return it.end(), nil
}

// distinctKeys checks that a map's keys are distinct. In order, as cty
// writes them, each is past the one before; otherwise each is compared with
// the ones before it, or, in a large map, looked up.
type distinctKeys struct {
	doc       *document
	it        item
	prev      []byte
	unordered bool
	seen      map[string]bool
}

// add reports whether the entry-th key, name, differs from the ones before.
func (d *distinctKeys) add(entry int, name []byte) bool {
	defer func() { d.prev = name }()
	if d.unordered = d.unordered || entry > 0 && bytes.Compare(name, d.prev) <= 0; !d.unordered {
		return true
	}
	if d.it.n <= 32 {
		twice := false
		d.before(entry, func(k []byte) bool { twice = bytes.Equal(k, name); return !twice })
		return !twice
	}
	if d.seen == nil {
		d.seen = make(map[string]bool, d.it.n)
		d.before(entry, func(k []byte) bool { d.seen[string(k)] = true; return true })
	}
	if d.seen[string(name)] {
		return false
	}
	d.seen[string(name)] = true
	return true
}

// before calls each with the first n keys, until it returns false.
func (d *distinctKeys) before(n int, each func(key []byte) bool) {
	b, at := d.doc.b, d.it.end()
	for range n {
		key, _ := readItem(b, at)
		name, _ := key.payload(b)
		if !each(name) {
			return
		}
		at, _ = skip(b, key.end())
	}
}

// fits reports whether an item of kind k can hold a value of type kind t.
func fits(t typeKind, k itemKind) bool {
	switch t {
	case kindString:
		return k == itemStr || k == itemBin
	case kindBool:
		return k == itemBool
	case kindNumber:
		return k == itemInt || k == itemUint || k == itemFloat || k == itemStr || k == itemBin
	case kindList, kindSet, kindTuple:
		return k == itemArray
	case kindMap, kindObject:
		return k == itemMap
	}
	return false
}

// bitset marks an object's attributes seen; most objects have under 64,
// which need no allocation.
type bitset struct {
	small uint64
	large []bool
}

func newBitset(n int) bitset {
	if n <= 64 {
		return bitset{}
	}
	return bitset{large: make([]bool, n)}
}

func (s *bitset) has(i int) bool {
	if s.large != nil {
		return s.large[i]
	}
	return s.small&(1<<i) != 0
}

func (s *bitset) add(i int) {
	if s.large != nil {
		s.large[i] = true
		return
	}
	s.small |= 1 << i
}

// typeOf reads the [type, value] array of a value of dynamic type, and
// returns the type and where the value starts.
func (doc *document) typeOf(it item, pos int) (*wtype, int, error) {
	if it.kind != itemArray || it.n != 2 {
		return nil, 0, doc.errorf(pos, "a value of dynamic type must be a [type, value] array")
	}
	tj, err := readItem(doc.b, it.end())
	if err != nil {
		return nil, 0, doc.errorf(it.end(), "%s", err)
	}
	text, ok := tj.payload(doc.b)
	if !ok || tj.kind != itemStr && tj.kind != itemBin {
		return nil, 0, doc.errorf(it.end(), "a value of dynamic type must start with its type")
	}
	if t, ok := doc.dynamic[pos]; ok {
		return t, tj.end(), nil
	}
	p := typeParser{src: text, seen: doc.types}
	t, err := p.parse()
	if err == nil && p.peek() != 0 {
		err = p.errorf("unexpected text after the type")
	}
	if err != nil {
		return nil, 0, fmt.Errorf("reading the value's type: %w", err)
	}
	doc.dynamic[pos] = t
	return t, tj.end(), nil
}

// number reads a number as cty writes it: an integer, a float, or, when
// neither holds it exactly, its decimal text.
func number(it item, body []byte) (cty.Value, error) {
	switch it.kind {
	case itemInt:
		return cty.NumberIntVal(it.int()), nil
	case itemUint:
		return cty.NumberUIntVal(it.bits), nil
	case itemFloat:
		switch f := it.float(); {
		case math.IsNaN(f):
			return cty.NilVal, fmt.Errorf("a number cannot be NaN")
		case math.IsInf(f, 1):
			return cty.PositiveInfinity, nil
		case math.IsInf(f, -1):
			return cty.NegativeInfinity, nil
		default:
			return cty.NumberFloatVal(f), nil
		}
	}
	v, err := cty.ParseNumberVal(string(body))
	if err != nil {
		return cty.NilVal, fmt.Errorf("a number is required")
	}
	return v, nil
}

// value is the validated value of type t at pos: a cty value for a
// primitive, null or unknown, else a wireValue to read lazily.
func (doc *document) value(t *wtype, pos int) (cty.Value, *wireValue) {
	it, _ := readItem(doc.b, pos)
	body, _ := it.payload(doc.b)
	switch {
	case it.kind == itemExt:
		return cty.UnknownVal(t.ty), nil
	case t.kind == kindDynamic:
		if it.kind == itemNil {
			return cty.NullVal(cty.DynamicPseudoType), nil
		}
		inner, at, _ := doc.typeOf(it, pos)
		return doc.value(inner, at)
	case it.kind == itemNil:
		return cty.NullVal(t.ty), nil
	}
	switch t.kind {
	case kindString:
		// cty normalizes strings; Terraform's already are, so ASCII is kept as is.
		return cty.StringVal(string(body)), nil
	case kindBool:
		return cty.BoolVal(it.bits == 1), nil
	case kindNumber:
		v, _ := number(it, body)
		return v, nil
	}
	return cty.NilVal, &wireValue{doc: doc, t: t, pos: pos, n: it.n, first: it.end()}
}

// wireValue is a list, set, tuple, map or object still in msgpack. Its
// members are found on first use.
type wireValue struct {
	doc *document
	t   *wtype
	// pos is where the value starts, first where its first member does;
	// n is its number of members.
	pos, first, n int
	// at are the members' positions: elements in order, an object's
	// attributes in the order of t.names, a map's values in key order.
	at   []int
	keys []string
	// kid is the composite member read last, at position last: the checks
	// read a block's attributes one after another.
	kid  *wireValue
	last int
	// place is this value's place, once a member asked for it.
	place  place
	placed bool
}

func (w *wireValue) index() {
	if w.at != nil || w.n == 0 {
		return
	}
	b := w.doc.b
	w.at = make([]int, w.n)
	pos := w.first
	switch w.t.kind {
	case kindList, kindSet, kindTuple:
		for i := range w.at {
			w.at[i] = pos
			pos, _ = skip(b, pos)
		}
	case kindObject:
		for entry := range w.n {
			key, _ := readItem(b, pos)
			name, _ := key.payload(b)
			w.at[w.t.attrAt(name, entry)] = key.end()
			pos, _ = skip(b, key.end())
		}
	case kindMap:
		type entry struct {
			key string
			at  int
		}
		entries := make([]entry, w.n)
		for i := range entries {
			key, _ := readItem(b, pos)
			name, _ := key.payload(b)
			entries[i] = entry{string(name), key.end()}
			pos, _ = skip(b, key.end())
		}
		// cty writes a map's keys in order; another writer might not.
		slices.SortFunc(entries, func(a, b entry) int { return cmpString(a.key, b.key) })
		w.keys = make([]string, len(entries))
		for i, e := range entries {
			w.keys[i], w.at[i] = e.key, e.at
		}
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// length is the number of members.
func (w *wireValue) length() int { return w.n }

// member is the i-th member, in the order of index.
func (w *wireValue) member(i int) (cty.Value, *wireValue) {
	w.index()
	if w.kid != nil && w.last == i {
		return cty.NilVal, w.kid
	}
	t := w.t.elem
	if w.t.kind == kindTuple || w.t.kind == kindObject {
		t = w.t.elems[i]
	}
	v, kid := w.doc.value(t, w.at[i])
	if kid != nil {
		w.kid, w.last = kid, i
	}
	return v, kid
}

// find is the position of an object's attribute or a map's key, or -1.
func (w *wireValue) find(name string) int {
	if w.t.kind == kindObject {
		return attrIndex(w.t, name)
	}
	w.index()
	if i, ok := slices.BinarySearch(w.keys, name); ok {
		return i
	}
	return -1
}

// names are an object's attribute names or a map's keys, sorted.
func (w *wireValue) names() []string {
	if w.t.kind == kindObject {
		return w.t.names
	}
	w.index()
	return w.keys
}

// cty decodes the whole value, for a caller that needs it as one. The
// value was validated, so cty reads it.
func (w *wireValue) cty() cty.Value {
	end, _ := skip(w.doc.b, w.pos)
	v, err := ctymsgpack.Unmarshal(w.doc.b[w.pos:end], w.t.ty)
	if err != nil {
		return cty.DynamicVal
	}
	return v
}

// typeParser reads cty's JSON form of types: "string", "number", "bool",
// "dynamic", ["list", T], ["set", T], ["map", T], ["tuple", [T...]] and
// ["object", {"name": T...}] with an optional third element listing
// optional attributes. Composite types are memoized by their text.
type typeParser struct {
	src   []byte
	pos   int
	depth int
	seen  map[string]*wtype
	// last is the memoized type read last, and its text.
	last     *wtype
	lastText []byte
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
	s := string(p.src[start+1 : p.pos-1])
	if escaped {
		var err error
		if s, err = strconv.Unquote(string(p.src[start:p.pos])); err != nil {
			return "", p.errorf("invalid string")
		}
	}
	if !utf8.ValidString(s) {
		return "", p.errorf("invalid UTF-8")
	}
	return s, nil
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

func (p *typeParser) parse() (*wtype, error) {
	switch p.peek() {
	case '"':
		name, err := p.str()
		if err != nil {
			return nil, err
		}
		switch name {
		case "string":
			return stringType, nil
		case "number":
			return numberType, nil
		case "bool":
			return boolType, nil
		case "dynamic":
			return dynamicType, nil
		}
		return nil, p.errorf("unknown type %q", name)
	case '[':
		if p.depth > maxDepth {
			return nil, p.errorf("type nested too deeply")
		}
		// A collection's members, such as a fleet's functions, share
		// their type: memoized by its text, each distinct one is built
		// once. Deeper types are small, and the outermost is read once.
		var text []byte
		if memo := p.depth == 1; memo {
			// Most often the type is the one before it again: a comparison
			// of bytes finds it without scanning for its end.
			if p.last != nil && bytes.HasPrefix(p.src[p.pos:], p.lastText) {
				p.pos += len(p.lastText)
				return p.last, nil
			}
			end, err := p.end()
			if err != nil {
				return nil, err
			}
			text = p.src[p.pos:end]
			if t, ok := p.seen[string(text)]; ok {
				p.pos = end
				p.last, p.lastText = t, text
				return t, nil
			}
		}
		p.depth++
		t, err := p.composite()
		p.depth--
		if err != nil {
			return nil, err
		}
		if text != nil {
			p.seen[string(text)] = t
			p.last, p.lastText = t, text
		}
		return t, nil
	}
	return nil, p.errorf("expected a type")
}

// list reads a comma-separated sequence up to close, each item with read.
func (p *typeParser) list(closing byte, read func() error) error {
	for n := 0; p.peek() != closing; n++ {
		if p.peek() == 0 {
			return p.errorf("expected %q", closing)
		}
		if n > 0 {
			if err := p.expect(','); err != nil {
				return err
			}
		}
		if err := read(); err != nil {
			return err
		}
	}
	p.pos++
	return nil
}

func (p *typeParser) composite() (*wtype, error) {
	if err := p.expect('['); err != nil {
		return nil, err
	}
	kind, err := p.str()
	if err != nil {
		return nil, err
	}
	if err := p.expect(','); err != nil {
		return nil, err
	}
	var t *wtype
	switch kind {
	case "list", "set", "map":
		elem, err := p.parse()
		if err != nil {
			return nil, err
		}
		switch kind {
		case "list":
			t = &wtype{ty: cty.List(elem.ty), kind: kindList, elem: elem}
		case "set":
			t = &wtype{ty: cty.Set(elem.ty), kind: kindSet, elem: elem}
		default:
			t = &wtype{ty: cty.Map(elem.ty), kind: kindMap, elem: elem}
		}
	case "tuple":
		t = &wtype{kind: kindTuple}
		if err := p.expect('['); err != nil {
			return nil, err
		}
		err := p.list(']', func() error {
			e, err := p.parse()
			t.elems = append(t.elems, e)
			return err
		})
		if err != nil {
			return nil, err
		}
		tys := make([]cty.Type, len(t.elems))
		for i, e := range t.elems {
			tys[i] = e.ty
		}
		t.ty = cty.Tuple(tys)
	case "object":
		if t, err = p.object(); err != nil {
			return nil, err
		}
	default:
		return nil, p.errorf("unknown type kind %q", kind)
	}
	if err := p.expect(']'); err != nil {
		return nil, err
	}
	return t, nil
}

func (p *typeParser) object() (*wtype, error) {
	attrs := map[string]*wtype{}
	if err := p.expect('{'); err != nil {
		return nil, err
	}
	err := p.list('}', func() error {
		name, err := p.str()
		if err != nil {
			return err
		}
		if err := p.expect(':'); err != nil {
			return err
		}
		if _, dup := attrs[name]; dup {
			return p.errorf("attribute %q given twice", name)
		}
		attrs[name], err = p.parse()
		return err
	})
	if err != nil {
		return nil, err
	}
	var optional []string
	if p.peek() == ',' {
		p.pos++
		if err := p.expect('['); err != nil {
			return nil, err
		}
		err := p.list(']', func() error {
			name, err := p.str()
			if _, ok := attrs[name]; err == nil && !ok {
				err = p.errorf("optional attribute %q is not an attribute", name)
			}
			optional = append(optional, name)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	t := &wtype{kind: kindObject, names: make([]string, 0, len(attrs))}
	for name := range attrs {
		t.names = append(t.names, name)
	}
	slices.Sort(t.names)
	tys := make(map[string]cty.Type, len(attrs))
	t.elems = make([]*wtype, len(t.names))
	for i, name := range t.names {
		t.elems[i] = attrs[name]
		tys[name] = attrs[name].ty
	}
	if len(optional) > 0 {
		t.ty = cty.ObjectWithOptionalAttrs(tys, optional)
	} else {
		t.ty = cty.Object(tys)
	}
	return t, nil
}
