package quota

import (
	"strconv"
	"strings"
)

// PathStep is one step of a path to an input: an attribute (Name), a map's
// element (Name is its key) or a list's (Index). Decoding errors and the
// findings about a collection's members carry their paths as steps, so that
// surfaces place them without parsing text.
type PathStep struct {
	Kind  StepKind
	Name  string
	Index int
}

// StepKind says what a PathStep steps into.
type StepKind uint8

const (
	StepAttribute StepKind = iota
	StepKey
	StepIndex
)

// FormatPath writes a path as users write it: function.vpc_config[0].subnet_ids,
// functions["api"].
func FormatPath(path []PathStep) string {
	var b strings.Builder
	for _, st := range path {
		switch st.Kind {
		case StepIndex:
			b.WriteString("[" + strconv.Itoa(st.Index) + "]")
		case StepKey:
			b.WriteString("[" + strconv.Quote(st.Name) + "]")
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(st.Name)
		}
	}
	return b.String()
}
