package docxreview

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"github.com/pplint/pplint/segment"
)

// Found is a comment read back from a .docx.
type Found struct {
	ID       int
	Author   string
	Initials string
	Date     string
	Text     string // its paragraphs, one per line
	// Start and End are the range it marks in the decoded source
	// (segment.Load's), -1 when the document does not mark one in a
	// paragraph.
	Start, End int
}

// Sentinels that stand for range marks while the text is read.
const (
	openMark  = "\U000F0000"
	closeMark = "\U000F0001"
	endMark   = "\U000F0002"
)

var rangeMark = regexp.MustCompile(`<(?:[A-Za-z_][\w.-]*:)?comment(RangeStart|RangeEnd)\b[^>]*?\b(?:[A-Za-z_][\w.-]*:)?id="(\d+)"[^>]*/>`)

// ReadComments reads a .docx back with segment's reader and returns its
// text (the decoded source, without the comments) and its comments with
// the ranges they mark.
func ReadComments(data []byte) ([]byte, []Found, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, nil, err
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		if f.Name != docPart && f.Name != "word/comments.xml" {
			continue
		}
		b, err := readFile(f, maxPart)
		if err != nil {
			return nil, nil, err
		}
		parts[f.Name] = b
	}
	// Each mark becomes a run of sentinel text, so that the reader places it.
	marked := rangeMark.ReplaceAllFunc(parts[docPart], func(m []byte) []byte {
		sm := rangeMark.FindSubmatch(m)
		s := openMark
		if string(sm[1]) == "RangeEnd" {
			s = endMark
		}
		return []byte(`<w:r><w:t>` + s + string(sm[2]) + closeMark + `</w:t></w:r>`)
	})
	pieces := map[string][]byte{}
	for _, f := range zr.File {
		if f.Name == "[Content_Types].xml" || f.Name == "word/styles.xml" {
			b, err := readFile(f, maxOther)
			if err != nil {
				return nil, nil, err
			}
			pieces[f.Name] = b
		}
	}
	pieces[docPart] = marked
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range pieces {
		w, err := zw.Create(name)
		if err != nil {
			return nil, nil, err
		}
		if _, err := w.Write(b); err != nil {
			return nil, nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, nil, err
	}
	doc, err := segment.Load("review.docx", buf.Bytes(), segment.LoadOptions{Format: segment.FormatDocx})
	if err != nil {
		return nil, nil, err
	}
	src := string(doc.Source)
	var clean strings.Builder
	starts, ends := map[int]int{}, map[int]int{}
	for src != "" {
		i := strings.Index(src, openMark)
		j := strings.Index(src, endMark)
		k := i
		if k < 0 || (j >= 0 && j < k) {
			k = j
		}
		if k < 0 {
			clean.WriteString(src)
			break
		}
		clean.WriteString(src[:k])
		end := strings.Index(src[k:], closeMark)
		if end < 0 {
			return nil, nil, errors.New("unterminated mark")
		}
		id, err := strconv.Atoi(src[k+len(openMark) : k+end])
		if err != nil {
			return nil, nil, err
		}
		if k == j {
			ends[id] = clean.Len()
		} else {
			starts[id] = clean.Len()
		}
		src = src[k+end+len(closeMark):]
	}
	found, err := readCommentsPart(parts["word/comments.xml"])
	if err != nil {
		return nil, nil, fmt.Errorf("word/comments.xml: %w", err)
	}
	for i := range found {
		f := &found[i]
		f.Start, f.End = -1, -1
		if s, ok := starts[f.ID]; ok {
			f.Start = s
		}
		if e, ok := ends[f.ID]; ok {
			f.End = e
		}
	}
	return []byte(clean.String()), found, nil
}

// readCommentsPart lists the w:comment elements of a comments part.
func readCommentsPart(raw []byte) ([]Found, error) {
	if raw == nil {
		return nil, nil
	}
	d := xml.NewDecoder(bytes.NewReader(raw))
	var (
		out    []Found
		cur    = -1 // index in out of the open comment
		inText bool
		paras  int
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "comment":
				id, err := strconv.Atoi(attr(t, "id"))
				if err != nil {
					return nil, fmt.Errorf("comment id %q", attr(t, "id"))
				}
				out = append(out, Found{ID: id, Author: attr(t, "author"), Initials: attr(t, "initials"), Date: attr(t, "date")})
				cur, paras = len(out)-1, 0
			case "p":
				if cur >= 0 && paras > 0 {
					out[cur].Text += "\n"
				}
				paras++
			case "t":
				inText = cur >= 0
			case "br":
				if cur >= 0 {
					out[cur].Text += "\n"
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "comment":
				cur = -1
			}
		case xml.CharData:
			if inText {
				out[cur].Text += string(t)
			}
		}
	}
}
