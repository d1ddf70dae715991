package quota_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func TestEnvironmentSize(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		vars map[string]string
		want int64
	}{
		"nil":                   {nil, 2},
		"empty":                 {map[string]string{}, 2},
		"issue example":         {map[string]string{"A1": "xyz", "B2": "<&>"}, 23},
		"one pair":              {map[string]string{"K": "v"}, len64(`{"K":"v"}`)},
		"quote is two bytes":    {map[string]string{"K": `"`}, len64(`{"K":"\""}`)},
		"backslash":             {map[string]string{"K": `\`}, len64(`{"K":"\\"}`)},
		"newline and tab":       {map[string]string{"K": "a\nb\tc"}, len64(`{"K":"a\nb\tc"}`)},
		"control char is six":   {map[string]string{"K": "\x01"}, len64(`{"K":"\u0001"}`)},
		"multibyte UTF-8":       {map[string]string{"K": "é€😀"}, 2 + 3 + 1 + 2 + 2 + 3 + 4},
		"invalid UTF-8 as FFFD": {map[string]string{"K": "\xff"}, len64(`{"K":"` + "\uFFFD" + `"}`)},
		"empty key and value":   {map[string]string{"": ""}, len64(`{"":""}`)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if got := quota.EnvironmentSize(tc.vars); got != tc.want {
				t.Fatalf("EnvironmentSize = %d, want %d", got, tc.want)
			}
		})
	}
}

func len64(s string) int64 { return int64(len(s)) }

// envOfSize builds a map whose measured size is exactly n bytes (n >= 9).
func envOfSize(n int) map[string]string {
	return map[string]string{"KK": strings.Repeat("x", n-len(`{"KK":""}`))}
}

func TestEnvironmentBoundary(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits()
	for _, tc := range []struct {
		size    int
		violate bool
	}{{4095, false}, {4096, false}, {4097, true}} {
		res := quota.CheckEnvironmentVariables(l, quota.KnownStringMap(envOfSize(tc.size)))
		f, got := res.Violation(quota.EnvironmentVariablesMaxBytes)
		if got != tc.violate {
			t.Fatalf("size %d: violation = %v, want %v", tc.size, got, tc.violate)
		}
		if got && (f.Measured != 4097 || f.Limit != 4096 || f.Summary != "Lambda Environment Variables Too Large" ||
			!strings.Contains(f.Detail, "4,097 bytes (4 KB), 1 byte more than the 4,096 bytes (4 KB) allowed by the quota \"Environment variables size\" (environment_variables_max_bytes)")) {
			t.Fatalf("violation = %+v", f)
		}
	}
}

func TestEnvironmentWithUnknownValues(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits()
	small := quota.Known(map[string]quota.Value[string]{"AA": quota.Known("x"), "BB": quota.Unknown[string]()})
	res := quota.CheckEnvironmentVariables(l, small)
	if len(res.Findings) != 0 || len(res.Undecided) != 1 {
		t.Fatalf("small map with unknown value: %+v, want undecided only", res)
	}
	big := quota.Known(map[string]quota.Value[string]{"AA": quota.Known(strings.Repeat("x", 5000)), "BB": quota.Unknown[string]()})
	res = quota.CheckEnvironmentVariables(l, big)
	if _, ok := res.Violation(quota.EnvironmentVariablesMaxBytes); !ok {
		t.Fatalf("known part over the quota must be a certain violation: %+v", res)
	}
	// An unknown map may have any keys, and any size.
	want := []quota.ID{quota.EnvironmentVariableKeyPattern, quota.EnvironmentVariableReservedKeys, quota.EnvironmentVariablesMaxBytes}
	if res := quota.CheckEnvironmentVariables(l, quota.Unknown[map[string]quota.Value[string]]()); !slices.Equal(res.Undecided, want) {
		t.Fatalf("unknown map: %+v, want undecided %v", res, want)
	}
}

// FuzzEnvironmentSize checks the count against encoding/json without HTML
// escaping, which writes the same bytes as AWS's measured string for valid
// UTF-8 other than U+2028 and U+2029 (which Go escapes and AWS does not).
func FuzzEnvironmentSize(f *testing.F) {
	f.Add("A1", "xyz", "B2", "<&>")
	f.Add("K", "\"\\\n\x00", "", "")
	f.Add("\xff\xfe", "é😀", "x", "\u2028")
	f.Fuzz(func(t *testing.T, k1, v1, k2, v2 string) {
		m := map[string]string{k1: v1, k2: v2}
		got := quota.EnvironmentSize(m)
		if got < 2 {
			t.Fatalf("size %d below the empty object", got)
		}
		for _, s := range []string{k1, v1, k2, v2} {
			if !utf8.ValidString(s) || strings.ContainsAny(s, "\u2028\u2029") {
				return
			}
		}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(m); err != nil {
			t.Fatal(err)
		}
		if want := int64(buf.Len() - 1); got != want { // Encode appends a newline
			t.Fatalf("EnvironmentSize = %d, encoding/json = %d for %q", got, want, buf.String())
		}
	})
}

func BenchmarkEnvironmentSize4KB(b *testing.B) {
	m := make(map[string]string, 60)
	for i := range 60 {
		m[strings.Repeat("K", 8)+string(rune('A'+i%26))+string(rune('a'+i/26))] = strings.Repeat("v", 50)
	}
	if n := quota.EnvironmentSize(m); n < 3500 || n > 4096 {
		b.Fatalf("benchmark map measures %d bytes, want close to 4 KB", n)
	}
	b.Run("EnvironmentSize", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			quota.EnvironmentSize(m)
		}
	})
	b.Run("baseline/encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			_ = enc.Encode(m)
		}
	})
}

// The keys of a sensitive map are sensitive too: messages count them.
func TestEnvironmentKeysOfASensitiveMapAreNotNamed(t *testing.T) {
	t.Parallel()
	for _, sensitive := range []bool{false, true} {
		vars := quota.KnownStringMap(map[string]string{"bad-key": "v", "AWS_REGION": "eu-west-1"})
		vars.Sensitive = sensitive
		res := quota.CheckEnvironmentVariables(quota.DefaultLimits(), vars)
		if len(res.Errors()) != 2 {
			t.Fatalf("sensitive=%v: %v, want the reserved key and the pattern", sensitive, res.Findings)
		}
		for _, f := range res.Findings {
			named := strings.Contains(f.Detail, "bad-key") || strings.Contains(f.Detail, "AWS_REGION")
			if named == sensitive || sensitive && !strings.Contains(f.Detail, "1 sensitive key") {
				t.Errorf("sensitive=%v: %s", sensitive, f.Detail)
			}
		}
	}
}
