package segment

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits on what a .docx may decompress to. A zip entry can expand a
// thousandfold, so sizes are checked against the header and then counted
// while reading, whatever the header claims.
const (
	MaxDocxPart   = 50 << 20 // word/document.xml, decompressed
	maxStylesPart = 10 << 20 // word/styles.xml, decompressed
	maxXMLDepth   = 1000     // element nesting in either part
)

// oleMagic starts legacy .doc files and password-protected .docx files.
var oleMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

// errTooLarge is returned by limitedReader past its limit.
var errTooLarge = errors.New("too large")

// parseDocx reads the body of a Word document: paragraphs, headings (by
// style or outline level), list items (numbering) and table cells. The
// returned source is the extracted text with one paragraph per line, every
// w:p of the body counted in document order (empty ones too), so that a
// position's line is the paragraph number and its column the character in
// the paragraph. Line breaks inside a paragraph become spaces and tabs stay
// tabs, so each paragraph is exactly one line.
func parseDocx(data []byte) ([]byte, []Block, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return nil, nil, errors.New("not a .docx file: a legacy .doc or a password-protected document (OLE compound file)")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, nil, fmt.Errorf("not a valid .docx file (corrupt or truncated zip archive): %w", err)
	}
	var body, styles *zip.File
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			body = f
		case "word/styles.xml":
			styles = f
		}
	}
	if body == nil {
		return nil, nil, errors.New("not a .docx file: the archive has no word/document.xml")
	}
	st := docxStyles{}
	if styles != nil {
		// Styles only name headings and lists: a broken styles part costs
		// that, not the document.
		_ = readPart(styles, maxStylesPart, func(r io.Reader) error { return st.read(r) })
	}
	var paras []docxPara
	err = readPart(body, MaxDocxPart, func(r io.Reader) error {
		var err error
		paras, err = readBody(r)
		return err
	})
	if err != nil {
		return nil, nil, err
	}
	src, blocks := docxBlocks(paras, st)
	if len(blocks) == 0 {
		return nil, nil, ErrNoText
	}
	return src, blocks, nil
}

// readPart opens a zip entry and passes it to read through a reader that
// fails past limit decompressed bytes.
func readPart(f *zip.File, limit int64, read func(io.Reader) error) error {
	tooLarge := fmt.Errorf("%s decompresses to more than %d MB (limit; possible zip bomb)", f.Name, limit>>20)
	if f.UncompressedSize64 > uint64(limit) {
		return tooLarge
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("corrupt .docx: open %s: %w", f.Name, err)
	}
	defer rc.Close()
	lr := &limitedReader{r: rc, left: limit}
	err = read(lr)
	switch {
	case lr.over:
		return tooLarge
	case err != nil:
		return fmt.Errorf("corrupt .docx: %s: %s", f.Name, oneLine(err.Error()))
	}
	return nil
}

// limitedReader reads at most left bytes and then fails with errTooLarge.
type limitedReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// Refuse only if there is more to read.
		var one [1]byte
		if n, _ := l.r.Read(one[:]); n > 0 {
			l.over = true
			return 0, errTooLarge
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// docxBlocks lays the paragraphs out one per line and makes a block of
// each one that has text.
func docxBlocks(paras []docxPara, st docxStyles) ([]byte, []Block) {
	var src bytes.Buffer
	var blocks []Block
	for _, p := range paras {
		line := src.Len()
		src.WriteString(p.text)
		src.WriteByte('\n')
		trimmed := strings.TrimSpace(p.text)
		if trimmed == "" {
			continue
		}
		lead := strings.Index(p.text, trimmed)
		kind, level := KindParagraph, 0
		switch lvl, list := st.classify(p); {
		case p.inTable:
			kind = KindTableCell
		case lvl > 0:
			kind, level = KindHeading, lvl
		case list:
			kind = KindListItem
		}
		start := line + lead
		blocks = append(blocks, Block{Kind: kind, Level: level, Text: trimmed,
			Runs: []Run{{TextStart: 0, TextEnd: len(trimmed), SrcStart: start, SrcEnd: start + len(trimmed)}}})
	}
	return src.Bytes(), blocks
}

// oneLine keeps an error message on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
