// Package ziptest writes .zip packages for tests: real archives whose entries
// claim any uncompressed size, so tests can cross the 250 MB unzipped quota
// without writing 250 MB.
package ziptest

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Entry is one file in a test archive. Its stored data is Stored bytes of
// zeros (0 for an empty entry), while the central directory claims Size
// uncompressed bytes.
type Entry struct {
	Name   string
	Size   uint64
	Stored int
}

// Bytes returns an archive holding the entries.
func Bytes(tb testing.TB, entries ...Entry) []byte {
	tb.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, e := range entries {
		fw, err := w.CreateRaw(&zip.FileHeader{
			Name:               e.Name,
			Method:             zip.Deflate,
			CompressedSize64:   uint64(e.Stored),
			UncompressedSize64: e.Size,
		})
		if err != nil {
			tb.Fatalf("ziptest: %v", err)
		}
		if _, err := fw.Write(make([]byte, e.Stored)); err != nil {
			tb.Fatalf("ziptest: %v", err)
		}
	}
	if err := w.Close(); err != nil {
		tb.Fatalf("ziptest: %v", err)
	}
	return buf.Bytes()
}

// Write writes an archive holding the entries to dir/name and returns its path.
func Write(tb testing.TB, dir, name string, entries ...Entry) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, Bytes(tb, entries...), 0o600); err != nil {
		tb.Fatalf("ziptest: %v", err)
	}
	return path
}

// WriteSized writes an archive of exactly size bytes on disk, whose one entry
// claims unzipped bytes. It pads the stored data to reach the size.
func WriteSized(tb testing.TB, dir, name string, size int64, unzipped uint64) string {
	tb.Helper()
	overhead := int64(len(Bytes(tb, Entry{Name: "pad", Size: unzipped})))
	if size < overhead {
		tb.Fatalf("ziptest: %d bytes is smaller than an archive's %d bytes of overhead", size, overhead)
	}
	path := Write(tb, dir, name, Entry{Name: "pad", Size: unzipped, Stored: int(size - overhead)})
	if st, err := os.Stat(path); err != nil || st.Size() != size {
		tb.Fatalf("ziptest: wrote %v bytes, want %d (%v)", st, size, err)
	}
	return path
}
