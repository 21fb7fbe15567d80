package docxreview

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"time"
)

// readFile reads a zip entry of at most limit bytes.
func readFile(f *zip.File, limit int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(limit) {
		return nil, fmt.Errorf("%s decompresses to more than %d MB (limit; possible zip bomb)", f.Name, limit>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("corrupt .docx: open %s: %w", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, fmt.Errorf("corrupt .docx: %s: %w", f.Name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s decompresses to more than %d MB (limit; possible zip bomb)", f.Name, limit>>20)
	}
	return b, nil
}

func optional(files map[string]*zip.File, name string) ([]byte, error) {
	f := files[name]
	if f == nil {
		return nil, nil
	}
	return readFile(f, maxOther)
}

// rezip writes the archive again: unchanged entries copied as they are
// (compressed bytes and all), changed ones rewritten in place, added ones
// at the end.
func rezip(zr *zip.Reader, changed map[string][]byte, added []string) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	last := map[string]*zip.File{}
	for _, f := range zr.File {
		last[f.Name] = f
	}
	write := func(name string, modified time.Time, data []byte) error {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: modified})
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
	for _, f := range zr.File {
		data, ok := changed[f.Name]
		var err error
		if ok && last[f.Name] == f {
			err = write(f.Name, f.Modified, data)
		} else {
			err = zw.Copy(f)
		}
		if err != nil {
			return nil, fmt.Errorf("write .docx: %s: %w", f.Name, err)
		}
	}
	var stamp time.Time // of the added parts: the main document's
	if f := last[docPart]; f != nil {
		stamp = f.Modified
	}
	for _, name := range added {
		if err := write(name, stamp, changed[name]); err != nil {
			return nil, fmt.Errorf("write .docx: %s: %w", name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("write .docx: %w", err)
	}
	return buf.Bytes(), nil
}
