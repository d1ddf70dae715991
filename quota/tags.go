package quota

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// awsTagPrefix begins the keys AWS reserves for its own tags, in any case;
// they do not count toward the tags per resource.
const awsTagPrefix = "aws:"

func reservedTagKey(k string) bool {
	return len(k) >= len(awsTagPrefix) && strings.EqualFold(k[:len(awsTagPrefix)], awsTagPrefix)
}

// tags checks a function's whole tag set (tags_all). While the set is
// unknown, the tags users wrote (V) are part of it: too many of them, or
// one that breaks a rule, fails already.
func (c *checker) tags(of string, tags StringMap) {
	switch {
	case tags.Unknown && tags.V == nil:
		c.undecided(FunctionTagsMax, TagKeyMaxLength, TagValueMaxLength, TagKeyReserved)
		return
	case !tags.Set && !tags.Unknown:
		return
	}
	counted := 0
	var reserved []string
	longKey, longValue := "", ""
	valueUnknown := false
	for _, k := range slices.Sorted(maps.Keys(tags.V)) {
		switch {
		case k == "":
			reserved = append(reserved, `""`)
		case reservedTagKey(k):
			reserved = append(reserved, strconv.Quote(k))
		default:
			counted++
		}
		if utf8.RuneCountInString(k) > utf8.RuneCountInString(longKey) {
			longKey = k
		}
		switch v := tags.V[k]; {
		case v.Unknown:
			valueUnknown = true
		case utf8.RuneCountInString(v.V) > utf8.RuneCountInString(tags.V[longValue].V):
			longValue = k
		}
	}
	// A sensitive map's keys are sensitive too; an opaque one's may be.
	hidden := tags.Hidden()
	key := func(k string) string {
		if hidden {
			return "one of the tag keys" + of
		}
		return "the tag key " + strconv.Quote(k) + of
	}
	what := "the number of tags" + of + ", not counting keys that begin with aws:,"
	if tags.Unknown {
		what = "the number of tags" + of + ", counting only the tags written before the provider's default tags are merged in,"
	}
	if counted > int(c.limits.Value(FunctionTagsMax)) || !tags.Unknown {
		c.atMost(FunctionTagsMax, "tags", int64(counted), what)
	} else {
		c.undecided(FunctionTagsMax)
	}
	c.atMost(TagKeyMaxLength, "tags", int64(utf8.RuneCountInString(longKey)), "the length of "+key(longKey))
	if longValue != "" || !valueUnknown {
		c.atMost(TagValueMaxLength, "tags", int64(utf8.RuneCountInString(tags.V[longValue].V)), "the length of the value of "+key(longValue))
	}
	if valueUnknown && !tags.Unknown && !c.violated(TagValueMaxLength) {
		c.undecided(TagValueMaxLength)
	}
	if len(reserved) > 0 {
		detail := fmt.Sprintf("The tags%s have %d keys that are empty or begin with aws:", of, len(reserved))
		if !hidden {
			noun := map[bool]string{true: "key", false: "keys"}[len(reserved) == 1]
			detail = fmt.Sprintf("The tags%s have the %s %s", of, noun, strings.Join(reserved, ", "))
		}
		c.rule(TagKeyReserved, "tags", detail+". A tag key needs at least one character and may not begin with aws:, "+
			"which AWS reserves for its own tags; AWS refuses it.")
	}
	if tags.Unknown {
		// The provider's default tags are not known: they may break any rule.
		for _, id := range []ID{TagKeyMaxLength, TagValueMaxLength, TagKeyReserved} {
			if !c.violated(id) {
				c.undecided(id)
			}
		}
	}
}
