package quota

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

//go:embed runtimes.hcl
var runtimesHCL []byte

// Lifecycle is a managed runtime's dates: from Deprecated it gets no more
// patches; from BlockCreate Lambda refuses to create functions on it, and
// from BlockUpdate to update them. A zero date is not published.
type Lifecycle struct {
	Runtime                              string
	Deprecated, BlockCreate, BlockUpdate time.Time
	Successor                            string
}

// Change is what a plan does to a function, which decides the runtime date
// that applies.
type Change int

const (
	// ChangeUnknown: the surface cannot tell (a data source, a function in
	// a condition, TFLint): the dates are a warning.
	ChangeUnknown Change = iota
	// ChangeCreate: the function is created (or replaced).
	ChangeCreate
	// ChangeUpdate: the function is updated in place.
	ChangeUpdate
)

// RuntimeUse is when a function reaches AWS and how: Today is the day
// checked (zero: the runtime's dates are not checked).
type RuntimeUse struct {
	Today  time.Time
	Change Change
}

var runtimes = mustReadRuntimes()

// Runtimes are the runtimes the table knows, by identifier.
func Runtimes() map[string]Lifecycle {
	out := make(map[string]Lifecycle, len(runtimes))
	for k, v := range runtimes {
		out[k] = v
	}
	return out
}

func mustReadRuntimes() map[string]Lifecycle {
	rs, err := readRuntimes(runtimesHCL)
	if err != nil {
		panic(err)
	}
	return rs
}

func readRuntimes(src []byte) (map[string]Lifecycle, error) {
	f, diags := hclsyntax.ParseConfig(src, "runtimes.hcl", hcl.InitialPos)
	if diags.HasErrors() {
		return nil, diags
	}
	var file struct {
		Runtimes []struct {
			ID          string `hcl:"id,label"`
			Deprecated  string `hcl:"deprecated,optional"`
			BlockCreate string `hcl:"block_create,optional"`
			BlockUpdate string `hcl:"block_update,optional"`
			Successor   string `hcl:"successor,optional"`
		} `hcl:"runtime,block"`
	}
	if diags := gohcl.DecodeBody(f.Body, nil, &file); diags.HasErrors() {
		return nil, diags
	}
	out := map[string]Lifecycle{}
	for _, r := range file.Runtimes {
		l := Lifecycle{Runtime: r.ID, Successor: r.Successor}
		for _, d := range []struct {
			text string
			into *time.Time
		}{{r.Deprecated, &l.Deprecated}, {r.BlockCreate, &l.BlockCreate}, {r.BlockUpdate, &l.BlockUpdate}} {
			if d.text == "" {
				continue
			}
			t, err := time.Parse(time.DateOnly, d.text)
			if err != nil {
				return nil, fmt.Errorf("runtimes.hcl: %s: %w", r.ID, err)
			}
			*d.into = t
		}
		if _, dup := out[r.ID]; dup {
			return nil, fmt.Errorf("runtimes.hcl: %s is listed twice", r.ID)
		}
		out[r.ID] = l
	}
	return out, nil
}

// reached is whether a published date is on or before today.
func reached(date, today time.Time) bool { return !date.IsZero() && !today.Before(date) }

// day formats a date as the runtimes page does.
func day(t time.Time) string { return t.Format("January 2, 2006") }

// runtimeLifecycle checks a function's runtime against its dates. Creating
// a function past the runtime's block-create date, or updating one past its
// block-update date, is an error; a deprecated runtime short of those is a
// warning with the dates. Where the surface cannot tell a create from an
// update (an unchanged function in a condition is valid), every date is a
// warning. A runtime the table does not know is never flagged; a container
// image has no managed runtime.
func (c *checker) runtimeLifecycle(of string, f Function) {
	use := f.Lifecycle
	if use.Today.IsZero() || f.PackageType.IsKnown() && f.PackageType.V == PackageTypeImage {
		return
	}
	if f.Runtime.Unknown {
		if use.Change != ChangeUnknown {
			c.undecided(RuntimeCreateBlocked, RuntimeUpdateBlocked)
		}
		return
	}
	l, ok := runtimes[f.Runtime.V]
	if !f.Runtime.IsKnown() || !ok || !reached(l.Deprecated, use.Today) && !reached(l.BlockCreate, use.Today) && !reached(l.BlockUpdate, use.Today) {
		return
	}
	runtime := f.Runtime.V
	move := ""
	if l.Successor != "" {
		move = fmt.Sprintf(" Move to %s.", l.Successor)
	}
	switch {
	case use.Change == ChangeCreate && reached(l.BlockCreate, use.Today):
		c.rule(RuntimeCreateBlocked, "runtime", fmt.Sprintf("The function%s is created on %s, which Lambda no longer accepts for new "+
			"functions since %s: \"The runtime parameter of %s is no longer supported for creating or updating AWS Lambda functions.\"%s",
			of, runtime, day(l.BlockCreate), runtime, move))
		return
	case use.Change == ChangeUpdate && reached(l.BlockUpdate, use.Today):
		c.rule(RuntimeUpdateBlocked, "runtime", fmt.Sprintf("The function%s is updated on %s, which Lambda no longer accepts for updates "+
			"since %s: \"The runtime parameter of %s is no longer supported for creating or updating AWS Lambda functions.\"%s",
			of, runtime, day(l.BlockUpdate), runtime, move))
		return
	}
	var dates []string
	for _, d := range []struct {
		date time.Time
		what string
	}{{l.Deprecated, "deprecated"}, {l.BlockCreate, "creating functions on it fails"}, {l.BlockUpdate, "updating them fails"}} {
		switch {
		case d.date.IsZero():
		case reached(d.date, use.Today):
			dates = append(dates, fmt.Sprintf("%s since %s", d.what, day(d.date)))
		default:
			dates = append(dates, fmt.Sprintf("%s from %s", d.what, day(d.date)))
		}
	}
	c.add(Finding{Kind: Deprecation, Attribute: "runtime", Index: -1, Summary: "Deprecated Lambda Runtime",
		Detail: fmt.Sprintf("The function%s runs on %s: %s (the Lambda runtimes page).", of, runtime, joinDates(dates)),
		Remedy: "Move the function to a supported runtime before the next date." + move})
}

func joinDates(dates []string) string {
	switch len(dates) {
	case 0:
		return ""
	case 1:
		return dates[0]
	}
	out := dates[0]
	for _, d := range dates[1 : len(dates)-1] {
		out += "; " + d
	}
	return out + "; and " + dates[len(dates)-1]
}
