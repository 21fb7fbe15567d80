// Package docxreview writes findings into Word documents as comments: a
// review copy of a .docx with each comment anchored on the exact text it is
// about, or a new .docx of a document read from another format.
//
// Comments are placed by byte offsets into the decoded source that
// segment.Load builds, the offsets report locations index into. For a .docx
// that source is the body text, one paragraph per line; Annotate walks
// word/document.xml the same way to map each offset back to the run, and
// the character in it, that it was read from.
package docxreview

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Comment is one remark to write as a Word comment.
type Comment struct {
	Start, End int      // byte range of the decoded source it is about
	Text       []string // its paragraphs; the first is set in bold
	// Note is added as a last paragraph when the comment cannot mark its
	// exact text and marks the whole paragraph instead.
	Note string
}

// Options are the comments' author, initials and date.
type Options struct {
	Author   string    // default "pplint"
	Initials string    // default "PL"
	Date     time.Time // zero: now
}

func (o Options) defaults() Options {
	if o.Author == "" {
		o.Author = "pplint"
	}
	if o.Initials == "" {
		o.Initials = "PL"
	}
	if o.Date.IsZero() {
		o.Date = time.Now()
	}
	return o
}

// Placement says where one comment went.
type Placement struct {
	ID    int  // its w:id
	Exact bool // on its exact text (else on the whole paragraph)
}

// Limits, as the reader's.
const (
	maxPart  = 50 << 20
	maxOther = 10 << 20
)

var oleMagic = []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")

// Part names and types.
const (
	docPart      = "word/document.xml"
	docRels      = "word/_rels/document.xml.rels"
	typesPart    = "[Content_Types].xml"
	relComments  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
	typeComments = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
	nsRels       = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsTypes      = "http://schemas.openxmlformats.org/package/2006/content-types"
)

// Annotate returns a copy of the .docx data with the comments added. src is
// the decoded source the comments' offsets index into (segment.Load's);
// the document must read back to exactly that text. Only the paragraphs
// that receive comment marks change; every other part is copied as it is,
// and existing comments are kept (new ones are numbered after them).
func Annotate(data, src []byte, cs []Comment, o Options) ([]byte, []Placement, error) {
	o = o.defaults()
	if bytes.HasPrefix(data, oleMagic) {
		return nil, nil, errors.New("not a .docx file: a legacy .doc or a password-protected document (OLE compound file)")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, nil, fmt.Errorf("not a valid .docx file (corrupt or truncated zip archive): %w", err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	if files[docPart] == nil {
		return nil, nil, errors.New("not a .docx file: the archive has no word/document.xml")
	}
	raw, err := readFile(files[docPart], maxPart)
	if err != nil {
		return nil, nil, err
	}
	b, err := walkBody(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("corrupt .docx: %s: %w", docPart, err)
	}
	if src != nil && b.text() != string(src) {
		return nil, nil, errors.New("word/document.xml does not read back to the text that was checked (please report this)")
	}

	// The comments part: the one the document relates to, or a new one.
	changed := map[string][]byte{}
	var added []string
	rels, err := optional(files, docRels)
	if err != nil {
		return nil, nil, err
	}
	commentsName, relsOut, err := commentsRelation(rels)
	if err != nil {
		return nil, nil, err
	}
	if relsOut != nil {
		if rels == nil {
			added = append(added, docRels)
		}
		changed[docRels] = relsOut
	}
	existing, err := optional(files, commentsName)
	if err != nil {
		return nil, nil, err
	}
	firstID := b.maxID + 1
	var cx *xmlRoot
	if existing != nil {
		if cx, err = scanRoot(existing); err != nil {
			return nil, nil, fmt.Errorf("corrupt .docx: %s: %w", commentsName, err)
		}
		firstID = max(firstID, cx.maxID+1)
	}

	if len(b.paras) > 0 && !b.paras[0].main && bytes.Contains(raw, []byte("http://purl.oclc.org/ooxml/wordprocessingml/main")) {
		return nil, nil, errors.New("a Strict Open XML document: save it as a Word Document (.docx) and check that copy")
	}
	pl := b.plan(cs, firstID)
	doc, err := b.apply(pl)
	if err != nil {
		return nil, nil, err
	}
	changed[docPart] = doc

	var items strings.Builder
	prefix, decl := "w", existing != nil
	if cx != nil && cx.name.Space == wNS && cx.prefix != "" {
		prefix, decl = cx.prefix, false
	}
	for i, c := range cs {
		items.WriteString(commentXML(prefix, decl, pl.places[i].ID, c, !pl.places[i].Exact, o))
	}
	if existing != nil {
		changed[commentsName] = cx.insert(existing, items.String())
	} else {
		changed[commentsName] = []byte(xmlHeader + `<w:comments xmlns:w="` + wNS + `">` + items.String() + `</w:comments>`)
		added = append(added, commentsName)
	}
	types, err := optional(files, typesPart)
	if err != nil {
		return nil, nil, err
	}
	if types == nil {
		return nil, nil, errors.New("not a .docx file: the archive has no [Content_Types].xml")
	}
	typesOut, err := addOverride(types, "/"+commentsName, typeComments)
	if err != nil {
		return nil, nil, err
	}
	if typesOut != nil {
		changed[typesPart] = typesOut
	}
	out, err := rezip(zr, changed, added)
	if err != nil {
		return nil, nil, err
	}
	return out, pl.places, nil
}
