package quota

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
)

// ZipInfo is what Lambda counts of a .zip package.
type ZipInfo struct {
	// ZippedBytes is the size of the file, which the direct-upload quota limits.
	ZippedBytes int64
	// UnzippedBytes is the sum of the entries' uncompressed sizes, saturating
	// at math.MaxInt64 for archives that claim more.
	UnzippedBytes int64
	// Entries is the number of entries in the central directory.
	Entries int64
}

// ZipError says why a file could not be read as a .zip package.
type ZipError struct {
	Path   string
	Reason string
	Err    error
}

func (e *ZipError) Error() string {
	if e.Path == "" {
		return e.Reason
	}
	return fmt.Sprintf("%q %s", e.Path, e.Reason)
}

func (e *ZipError) Unwrap() error { return e.Err }

const (
	eocdSignature        = 0x06054b50
	eocdLen              = 22
	zip64LocatorSig      = 0x07064b50
	zip64LocatorLen      = 20
	zip64EOCDSignature   = 0x06064b50
	zip64EOCDLen         = 56
	centralHeaderSig     = 0x02014b50
	centralHeaderLen     = 46
	zip64ExtraID         = 0x0001
	maxCommentLen        = 0xffff
	uint16Max            = 0xffff
	uint32Max            = 0xffffffff
	centralReadBufferLen = 64 << 10
)

// InspectZip measures a .zip file from its central directory alone. Nothing is
// decompressed, so the cost grows with the number of entries, not with the
// sizes they claim, and memory stays bounded. A missing file gives an error
// that matches fs.ErrNotExist.
func InspectZip(path string) (ZipInfo, error) {
	st, err := os.Stat(path)
	if err != nil {
		return ZipInfo{}, &ZipError{Path: path, Reason: describeStatError(err), Err: err}
	}
	if !st.Mode().IsRegular() {
		kind := "not a regular file"
		if st.IsDir() {
			kind = "a directory, not a .zip file"
		}
		return ZipInfo{}, &ZipError{Path: path, Reason: "is " + kind}
	}
	f, err := os.Open(path)
	if err != nil {
		return ZipInfo{}, &ZipError{Path: path, Reason: describeStatError(err), Err: err}
	}
	defer f.Close()
	info, err := inspectZipReader(f, st.Size())
	if err != nil {
		var ze *ZipError
		if errors.As(err, &ze) {
			ze.Path = path
		}
		return ZipInfo{}, err
	}
	return info, nil
}

func describeStatError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist"
	case errors.Is(err, fs.ErrPermission):
		return "cannot be read: permission denied"
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return "cannot be read: " + pe.Err.Error()
		}
		return "cannot be read: " + err.Error()
	}
}

func zipErr(format string, args ...any) error {
	return &ZipError{Reason: fmt.Sprintf(format, args...)}
}

// inspectZipReader is InspectZip over any reader of a known size.
func inspectZipReader(r io.ReaderAt, size int64) (ZipInfo, error) {
	if size < eocdLen {
		return ZipInfo{}, zipErr("is not a .zip file: %d bytes is too small to hold a zip end record", size)
	}
	dir, err := findDirectory(r, size)
	if err != nil {
		return ZipInfo{}, err
	}
	unzipped, err := sumCentralDirectory(r, dir)
	if err != nil {
		return ZipInfo{}, err
	}
	return ZipInfo{ZippedBytes: size, UnzippedBytes: unzipped, Entries: int64(dir.entries)}, nil
}

type directory struct {
	entries uint64
	offset  uint64
	size    uint64
}

// findDirectory reads the end of central directory record, and the Zip64 one
// when the classic record overflows, and checks it against the file's size.
func findDirectory(r io.ReaderAt, size int64) (directory, error) {
	tailLen := min(size, eocdLen+maxCommentLen)
	tail := make([]byte, tailLen)
	if _, err := r.ReadAt(tail, size-tailLen); err != nil && !errors.Is(err, io.EOF) {
		return directory{}, zipErr("cannot be read: %v", err)
	}
	pos := -1
	for i := len(tail) - eocdLen; i >= 0; i-- {
		if binary.LittleEndian.Uint32(tail[i:]) == eocdSignature &&
			i+eocdLen+int(binary.LittleEndian.Uint16(tail[i+20:])) <= len(tail) {
			pos = i
			break
		}
	}
	if pos < 0 {
		return directory{}, zipErr("is not a .zip file: no end of central directory record (the file may be truncated)")
	}
	eocdOffset := size - tailLen + int64(pos)
	rec := tail[pos:]
	if d := binary.LittleEndian.Uint16(rec[4:]); d != 0 || binary.LittleEndian.Uint16(rec[6:]) != 0 {
		return directory{}, zipErr("is a multi-disk (split) archive, which Lambda does not accept")
	}
	dir := directory{
		entries: uint64(binary.LittleEndian.Uint16(rec[10:])),
		size:    uint64(binary.LittleEndian.Uint32(rec[12:])),
		offset:  uint64(binary.LittleEndian.Uint32(rec[16:])),
	}
	end := uint64(eocdOffset)
	if dir.entries == uint16Max || dir.size == uint32Max || dir.offset == uint32Max {
		z, zEnd, found, err := readZip64Directory(r, eocdOffset)
		if err != nil {
			return directory{}, err
		}
		if found {
			dir, end = z, zEnd
		}
	}
	if dir.offset > end || dir.size > end-dir.offset {
		return directory{}, zipErr("is not a valid .zip file: its central directory (%d bytes at offset %d) lies outside the file", dir.size, dir.offset)
	}
	if dir.entries > dir.size/centralHeaderLen {
		return directory{}, zipErr("is not a valid .zip file: its central directory claims %d entries but has room for at most %d", dir.entries, dir.size/centralHeaderLen)
	}
	return dir, nil
}

func readZip64Directory(r io.ReaderAt, eocdOffset int64) (dir directory, end uint64, found bool, err error) {
	if eocdOffset < zip64LocatorLen {
		return directory{}, 0, false, nil
	}
	loc := make([]byte, zip64LocatorLen)
	if _, err := r.ReadAt(loc, eocdOffset-zip64LocatorLen); err != nil {
		return directory{}, 0, false, zipErr("cannot be read: %v", err)
	}
	if binary.LittleEndian.Uint32(loc) != zip64LocatorSig {
		return directory{}, 0, false, nil
	}
	recOffset := binary.LittleEndian.Uint64(loc[8:])
	if recOffset > uint64(eocdOffset-zip64LocatorLen) || uint64(eocdOffset-zip64LocatorLen)-recOffset < zip64EOCDLen {
		return directory{}, 0, false, zipErr("is not a valid .zip file: its Zip64 end record offset %d lies outside the file", recOffset)
	}
	rec := make([]byte, zip64EOCDLen)
	if _, err := r.ReadAt(rec, int64(recOffset)); err != nil {
		return directory{}, 0, false, zipErr("cannot be read: %v", err)
	}
	if binary.LittleEndian.Uint32(rec) != zip64EOCDSignature {
		return directory{}, 0, false, zipErr("is not a valid .zip file: no Zip64 end record where its locator points")
	}
	if binary.LittleEndian.Uint32(rec[16:]) != 0 || binary.LittleEndian.Uint32(rec[20:]) != 0 {
		return directory{}, 0, false, zipErr("is a multi-disk (split) archive, which Lambda does not accept")
	}
	return directory{
		entries: binary.LittleEndian.Uint64(rec[32:]),
		size:    binary.LittleEndian.Uint64(rec[40:]),
		offset:  binary.LittleEndian.Uint64(rec[48:]),
	}, recOffset, true, nil
}

// sumCentralDirectory walks the central directory records and adds up their
// uncompressed sizes, reading the Zip64 extra field where a size overflows.
func sumCentralDirectory(r io.ReaderAt, dir directory) (int64, error) {
	br := bufio.NewReaderSize(io.NewSectionReader(r, int64(dir.offset), int64(dir.size)), centralReadBufferLen)
	var hdr [centralHeaderLen]byte
	var total uint64
	for i := uint64(0); i < dir.entries; i++ {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			return 0, zipErr("is not a valid .zip file: its central directory ends after %d of the %d entries it claims", i, dir.entries)
		}
		if binary.LittleEndian.Uint32(hdr[:]) != centralHeaderSig {
			return 0, zipErr("is not a valid .zip file: central directory entry %d has a bad signature", i+1)
		}
		size := uint64(binary.LittleEndian.Uint32(hdr[24:]))
		nameLen := int(binary.LittleEndian.Uint16(hdr[28:]))
		extraLen := int(binary.LittleEndian.Uint16(hdr[30:]))
		commentLen := int(binary.LittleEndian.Uint16(hdr[32:]))
		if _, err := br.Discard(nameLen); err != nil {
			return 0, zipErr("is not a valid .zip file: central directory entry %d is truncated", i+1)
		}
		extra, err := br.Peek(extraLen)
		if err != nil {
			return 0, zipErr("is not a valid .zip file: central directory entry %d is truncated", i+1)
		}
		if size == uint32Max {
			z, ok := zip64UncompressedSize(extra)
			if !ok {
				return 0, zipErr("is not a valid .zip file: entry %d needs a Zip64 size that its extra field lacks", i+1)
			}
			size = z
		}
		if _, err := br.Discard(extraLen + commentLen); err != nil {
			return 0, zipErr("is not a valid .zip file: central directory entry %d is truncated", i+1)
		}
		total += size
		if total < size || total > math.MaxInt64 {
			total = math.MaxInt64
		}
	}
	return int64(total), nil
}

// zip64UncompressedSize finds the uncompressed size in a Zip64 extra field,
// where it is the first value when the header's own field is 0xffffffff.
func zip64UncompressedSize(extra []byte) (uint64, bool) {
	for len(extra) >= 4 {
		id := binary.LittleEndian.Uint16(extra)
		n := int(binary.LittleEndian.Uint16(extra[2:]))
		extra = extra[4:]
		if n > len(extra) {
			return 0, false
		}
		if id == zip64ExtraID {
			if n < 8 {
				return 0, false
			}
			return binary.LittleEndian.Uint64(extra), true
		}
		extra = extra[n:]
	}
	return 0, false
}
