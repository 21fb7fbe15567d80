package docxreview

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strconv"
	"strings"
)

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
