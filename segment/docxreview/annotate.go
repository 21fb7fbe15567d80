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
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
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

// xmlRoot is what scanRoot learns about a small XML part.
type xmlRoot struct {
	name        xml.Name
	prefix      string
	endAt       int // start of the root's end tag
	selfClosing bool
	children    []xml.StartElement // the root's child elements
	maxID       int                // largest w:id anywhere
}

func scanRoot(raw []byte) (*xmlRoot, error) {
	d := xml.NewDecoder(bytes.NewReader(raw))
	d.CharsetReader = func(label string, _ io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("XML encoding %q is not supported", label)
	}
	r := &xmlRoot{endAt: -1}
	depth := 0
	for {
		off := int(d.InputOffset())
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				end := int(d.InputOffset())
				r.name, r.prefix = t.Name, prefixOf(raw[off:end])
				r.selfClosing = bytes.HasSuffix(raw[off:end], []byte("/>"))
			}
			if depth == 1 {
				r.children = append(r.children, t.Copy())
			}
			for _, a := range t.Attr {
				if a.Name.Space == wNS && a.Name.Local == "id" {
					if n, err := strconv.Atoi(a.Value); err == nil && n > r.maxID {
						r.maxID = n
					}
				}
			}
			if depth++; depth > maxDepth {
				return nil, errors.New("elements nested too deeply")
			}
		case xml.EndElement:
			depth--
			if depth == 0 && r.endAt < 0 {
				r.endAt = off
			}
		}
	}
	if r.endAt < 0 {
		return nil, errors.New("no root element")
	}
	return r, nil
}

// insert returns raw with s added as the root's last children.
func (r *xmlRoot) insert(raw []byte, s string) []byte {
	var out bytes.Buffer
	if r.selfClosing {
		// <x:root …/>: open it, add s, close it.
		head := bytes.TrimRight(raw[:r.endAt], " \t\r\n")
		head = bytes.TrimSuffix(head, []byte("/>"))
		out.Write(head)
		out.WriteString(">" + s + "</")
		if r.prefix != "" {
			out.WriteString(r.prefix + ":")
		}
		out.WriteString(r.name.Local + ">")
		out.Write(raw[r.endAt:])
		return out.Bytes()
	}
	out.Write(raw[:r.endAt])
	out.WriteString(s)
	out.Write(raw[r.endAt:])
	return out.Bytes()
}

// commentsRelation returns the comments part the main document relates to
// and, when there is none, the relationships part with one added.
func commentsRelation(rels []byte) (string, []byte, error) {
	el := `<Relationship xmlns="` + nsRels + `" Id="%s" Type="` + relComments + `" Target="comments.xml"/>`
	if rels == nil {
		return "word/comments.xml", []byte(xmlHeader + `<Relationships xmlns="` + nsRels + `">` +
			strings.Replace(fmt.Sprintf(el, "rId1"), ` xmlns="`+nsRels+`"`, "", 1) + `</Relationships>`), nil
	}
	r, err := scanRoot(rels)
	if err != nil {
		return "", nil, fmt.Errorf("corrupt .docx: %s: %w", docRels, err)
	}
	ids := map[string]bool{}
	for _, c := range r.children {
		ids[attr(c, "Id")] = true
		if attr(c, "Type") == relComments && attr(c, "TargetMode") != "External" {
			target := attr(c, "Target")
			name := strings.TrimPrefix(path.Clean(path.Join("word", target)), "/")
			if strings.HasPrefix(target, "/") {
				name = strings.TrimPrefix(path.Clean(target), "/")
			}
			return name, nil, nil
		}
	}
	id := ""
	for n := len(ids) + 1; id == "" || ids[id]; n++ {
		id = "rId" + strconv.Itoa(n)
	}
	s := fmt.Sprintf(el, id)
	if r.name.Space == nsRels && r.prefix == "" {
		s = strings.Replace(s, ` xmlns="`+nsRels+`"`, "", 1)
	}
	return "word/comments.xml", r.insert(rels, s), nil
}

// addOverride returns [Content_Types].xml with an Override for part, or
// nil when it has one.
func addOverride(types []byte, part, ctype string) ([]byte, error) {
	r, err := scanRoot(types)
	if err != nil {
		return nil, fmt.Errorf("corrupt .docx: %s: %w", typesPart, err)
	}
	for _, c := range r.children {
		if c.Name.Local == "Override" && strings.EqualFold(attr(c, "PartName"), part) {
			return nil, nil
		}
	}
	s := `<Override xmlns="` + nsTypes + `" PartName="` + esc(part) + `" ContentType="` + ctype + `"/>`
	if r.name.Space == nsTypes && r.prefix == "" {
		s = strings.Replace(s, ` xmlns="`+nsTypes+`"`, "", 1)
	}
	return r.insert(types, s), nil
}

// commentXML renders one w:comment.
func commentXML(p string, decl bool, id int, c Comment, fallback bool, o Options) string {
	var b strings.Builder
	ns := ""
	if decl {
		ns = ` xmlns:` + p + `="` + wNS + `"`
	}
	fmt.Fprintf(&b, `<%[1]s:comment%[2]s %[1]s:id="%[3]d" %[1]s:author="%[4]s" %[1]s:date="%[5]s" %[1]s:initials="%[6]s">`,
		p, ns, id, esc(o.Author), o.Date.UTC().Format("2006-01-02T15:04:05Z"), esc(o.Initials))
	paras := c.Text
	if fallback && c.Note != "" {
		paras = append(append([]string(nil), paras...), c.Note)
	}
	if len(paras) == 0 {
		paras = []string{""}
	}
	for i, text := range paras {
		b.WriteString("<" + p + ":p>")
		rpr := ""
		if i == 0 {
			b.WriteString("<" + p + ":r><" + p + ":annotationRef/></" + p + ":r>")
			rpr = "<" + p + ":rPr><" + p + ":b/></" + p + ":rPr>"
		}
		if text != "" {
			b.WriteString("<" + p + ":r>" + rpr)
			for j, line := range strings.Split(text, "\n") {
				if j > 0 {
					b.WriteString("<" + p + ":br/>")
				}
				b.WriteString("<" + p + `:t xml:space="preserve">` + esc(line) + "</" + p + ":t>")
			}
			b.WriteString("</" + p + ":r>")
		}
		b.WriteString("</" + p + ":p>")
	}
	b.WriteString("</" + p + ":comment>")
	return b.String()
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// sortedKeys returns m's keys in order.
func sortedKeys[V any](m map[int]V) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}
