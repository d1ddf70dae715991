package quota_test

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

func inspectBytes(t testing.TB, b []byte) (quota.ZipInfo, error) {
	t.Helper()
	return quota.InspectZipReader(bytes.NewReader(b), int64(len(b)))
}

func TestInspectZip(t *testing.T) {
	t.Parallel()
	tests := map[string]struct {
		entries      []ziptest.Entry
		wantUnzipped int64
	}{
		"empty archive":       {nil, 0},
		"one entry":           {[]ziptest.Entry{{Name: "a", Size: 10, Stored: 3}}, 10},
		"sum of entries":      {[]ziptest.Entry{{Name: "a", Size: 100}, {Name: "b/", Size: 0}, {Name: "b/c", Size: 262144000}}, 262144100},
		"zip64 entry (4 GiB)": {[]ziptest.Entry{{Name: "big", Size: 4 << 30}}, 4 << 30},
		"claims a terabyte":   {[]ziptest.Entry{{Name: "a", Size: 1 << 40}, {Name: "b", Size: 1 << 40}}, 2 << 40},
		"saturates":           {[]ziptest.Entry{{Name: "a", Size: math.MaxUint64 - 1}, {Name: "b", Size: math.MaxUint64 - 1}}, math.MaxInt64},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			b := ziptest.Bytes(t, tc.entries...)
			info, err := inspectBytes(t, b)
			if err != nil {
				t.Fatal(err)
			}
			if info.UnzippedBytes != tc.wantUnzipped || info.ZippedBytes != int64(len(b)) || info.Entries != int64(len(tc.entries)) {
				t.Fatalf("got %+v, want unzipped %d, zipped %d, %d entries", info, tc.wantUnzipped, len(b), len(tc.entries))
			}
		})
	}
}

func TestInspectZipAgreesWithArchiveZip(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	if err := w.SetComment(strings.Repeat("c", 1000)); err != nil {
		t.Fatal(err)
	}
	for i, body := range []string{"hello", strings.Repeat("z", 100000), ""} {
		fw, err := w.Create(string(rune('a' + i)))
		if err != nil {
			t.Fatal(err)
		}
		_, _ = fw.Write([]byte(body))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var want uint64
	for _, f := range r.File {
		want += f.UncompressedSize64
	}
	info, err := inspectBytes(t, buf.Bytes())
	if err != nil || uint64(info.UnzippedBytes) != want {
		t.Fatalf("got %+v, %v; archive/zip sums %d", info, err, want)
	}
}

func TestInspectZipRejectsInvalid(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("n", 60)
	good := ziptest.Bytes(t, ziptest.Entry{Name: "a" + long, Size: 5, Stored: 5}, ziptest.Entry{Name: "b" + long, Size: 7})
	eocd := bytes.LastIndex(good, []byte("PK\x05\x06"))
	patch := func(off int, v uint16) []byte {
		b := bytes.Clone(good)
		binary.LittleEndian.PutUint16(b[eocd+off:], v)
		return b
	}
	patch32 := func(off int, v uint32) []byte {
		b := bytes.Clone(good)
		binary.LittleEndian.PutUint32(b[eocd+off:], v)
		return b
	}
	tests := map[string]struct {
		data []byte
		want string
	}{
		"empty file":               {nil, "too small"},
		"text file":                {[]byte(strings.Repeat("not a zip\n", 10)), "no end of central directory"},
		"truncated":                {good[:len(good)-10], "no end of central directory"},
		"cut before directory":     {good[len(good)/2:], "outside the file"},
		"entry count lies (more)":  {patch(10, 3), "ends after 2 of the 3 entries"},
		"entry count lies (huge)":  {patch(10, 0xfffe), "has room for at most"},
		"directory offset outside": {patch32(16, 1<<30), "outside the file"},
		"multi-disk":               {patch(4, 1), "multi-disk"},
		"bad entry signature": {func() []byte {
			b := bytes.Clone(good)
			cd := bytes.Index(b, []byte("PK\x01\x02"))
			b[cd+3] = 9
			return b
		}(), "bad signature"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := inspectBytes(t, tc.data)
			var ze *quota.ZipError
			if !errors.As(err, &ze) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error = %v, want a ZipError containing %q", err, tc.want)
			}
		})
	}
}

func TestInspectZipFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	good := ziptest.Write(t, dir, "good.zip", ziptest.Entry{Name: "a", Size: 1})
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.zip")
	if err := os.Symlink(good, link); err != nil {
		t.Fatal(err)
	}
	if _, err := quota.InspectZip(link); err != nil {
		t.Fatalf("a symlink to a zip must be followed: %v", err)
	}
	tests := map[string]struct {
		path, want string
		notExist   bool
	}{
		"missing":       {filepath.Join(dir, "missing.zip"), "does not exist", true},
		"directory":     {dir, "a directory", false},
		"fifo":          {fifo, "not a regular file", false},
		"symlink loop":  {loop, "cannot be read", false},
		"name too long": {filepath.Join(dir, strings.Repeat("n", 300)), "cannot be read", false},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, err := quota.InspectZip(tc.path)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.path) {
				t.Fatalf("error = %v, want one naming the file and containing %q", err, tc.want)
			}
			if errors.Is(err, fs.ErrNotExist) != tc.notExist {
				t.Fatalf("errors.Is(err, fs.ErrNotExist) = %v, want %v", !tc.notExist, tc.notExist)
			}
		})
	}
}

func TestInspectZipUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	t.Parallel()
	path := ziptest.Write(t, t.TempDir(), "secret.zip", ziptest.Entry{Name: "a"})
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	if _, err := quota.InspectZip(path); err == nil || !strings.Contains(err.Error(), "permission denied") {
		t.Fatalf("error = %v, want permission denied", err)
	}
}

// FuzzInspectZip feeds arbitrary bytes and mutated archives: the inspector
// must return a result or a ZipError, never panic, and never claim more
// entries than the bytes can hold.
func FuzzInspectZip(f *testing.F) {
	f.Add(ziptest.Bytes(f))
	f.Add(ziptest.Bytes(f, ziptest.Entry{Name: "a", Size: 5, Stored: 5}, ziptest.Entry{Name: "dir/", Size: 0}))
	f.Add(ziptest.Bytes(f, ziptest.Entry{Name: "big", Size: 1 << 40}))
	f.Add([]byte("PK\x05\x06\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		info, err := inspectBytes(t, data)
		if err != nil {
			var ze *quota.ZipError
			if !errors.As(err, &ze) {
				t.Fatalf("error %T is not a ZipError: %v", err, err)
			}
			return
		}
		if info.Entries*46 > int64(len(data)) || info.UnzippedBytes < 0 || info.ZippedBytes != int64(len(data)) {
			t.Fatalf("impossible result %+v for %d bytes", info, len(data))
		}
	})
}

// BenchmarkInspectZip measures a 20,000-entry archive and, as the baseline
// in the same run, the standard library's archive/zip reading the same
// directory. scripts/bench-zip.sh compares with Debian's `unzip -Z -t`.
func BenchmarkInspectZip(b *testing.B) {
	entries := make([]ziptest.Entry, 20000)
	for i := range entries {
		entries[i] = ziptest.Entry{Name: "node_modules/pkg/" + strings.Repeat("f", 20) + strconv.Itoa(i), Size: 1 << 20}
	}
	data := ziptest.Bytes(b, entries...)
	b.Run("InspectZip", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := inspectBytes(b, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("baseline/archive-zip", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			r, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
			if err != nil {
				b.Fatal(err)
			}
			var sum uint64
			for _, f := range r.File {
				sum += f.UncompressedSize64
			}
		}
	})
}
