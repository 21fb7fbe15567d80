package segment

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// docxPara is one w:p of the body.
type docxPara struct {
	text     string
	style    string // w:pStyle
	outline  int    // w:outlineLvl + 1; 0 when absent
	numbered bool   // w:numPr with a numId other than 0
	inTable  bool
}

// readBody walks word/document.xml and returns its paragraphs in document
// order. Only w:t text is kept (not deleted text or field codes); the
// fallback copy of alternate content is skipped; a paragraph inside a text
// box is a paragraph of its own.
func readBody(r io.Reader) ([]docxPara, error) {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, _ io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("XML encoding %q is not supported", label)
	}
	var (
		paras  []docxPara
		open   []int // indices of the open paragraphs (text boxes nest them)
		texts  []*strings.Builder
		names  []string // open element local names
		tables int      // open w:tc
		inText bool
	)
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(names) >= maxXMLDepth {
				return nil, fmt.Errorf("elements nested more than %d deep", maxXMLDepth)
			}
			name := t.Name.Local
			parent := ""
			if len(names) > 0 {
				parent = names[len(names)-1]
			}
			switch name {
			case "Fallback", "moveFrom", "delText", "instrText":
				if err := d.Skip(); err != nil {
					return nil, err
				}
				continue
			case "p":
				open = append(open, len(paras))
				texts = append(texts, &strings.Builder{})
				paras = append(paras, docxPara{inTable: tables > 0})
			case "tc":
				tables++
			case "t":
				inText = len(open) > 0
			case "tab", "br", "cr", "noBreakHyphen":
				if len(open) > 0 && parent == "r" {
					texts[len(texts)-1].WriteString(docxChars[name])
				}
			case "pStyle", "outlineLvl", "numId":
				if len(open) > 0 && inParaProps(names) {
					p := &paras[open[len(open)-1]]
					val := attr(t, "val")
					switch name {
					case "pStyle":
						p.style = val
					case "outlineLvl":
						if n, err := strconv.Atoi(val); err == nil && n >= 0 && n < 9 {
							p.outline = n + 1
						}
					case "numId":
						p.numbered = val != "" && val != "0"
					}
				}
			}
			names = append(names, name)
		case xml.EndElement:
			if len(names) == 0 {
				continue
			}
			name := names[len(names)-1]
			names = names[:len(names)-1]
			switch name {
			case "p":
				if len(open) > 0 {
					paras[open[len(open)-1]].text = texts[len(texts)-1].String()
					open, texts = open[:len(open)-1], texts[:len(texts)-1]
				}
			case "tc":
				tables--
			case "t":
				inText = false
			}
		case xml.CharData:
			if inText && len(texts) > 0 {
				texts[len(texts)-1].WriteString(lineSafe.Replace(string(t)))
			}
		}
	}
	return paras, nil
}

// lineSafe keeps a paragraph on one line.
var lineSafe = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\v", " ", "\f", " ", "\u2028", " ", "\u2029", " ")

// docxChars is the text of run elements that stand for a character; a
// line break is a space, so that a paragraph stays one line.
var docxChars = map[string]string{"tab": "\t", "br": " ", "cr": " ", "noBreakHyphen": "-"}

// inParaProps reports whether the element path ends in a paragraph's
// properties (w:p/w:pPr, or w:pPr/w:numPr for numId).
func inParaProps(names []string) bool {
	n := len(names)
	switch {
	case n >= 2 && names[n-1] == "pPr" && names[n-2] == "p":
		return true
	case n >= 3 && names[n-1] == "numPr" && names[n-2] == "pPr" && names[n-3] == "p":
		return true
	}
	return false
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// docxStyle is what word/styles.xml says about one paragraph style.
type docxStyle struct {
	name     string
	basedOn  string
	outline  int // w:outlineLvl + 1
	numbered bool
}

// docxStyles maps style ids to styles.
type docxStyles map[string]docxStyle

// read loads the paragraph styles of word/styles.xml.
func (st docxStyles) read(r io.Reader) error {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(string, io.Reader) (io.Reader, error) { return nil, errors.New("unsupported encoding") }
	var cur *docxStyle
	id, depth := "", 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth++; depth > maxXMLDepth {
				return errors.New("styles nested too deeply")
			}
			switch t.Name.Local {
			case "style":
				id, cur = attr(t, "styleId"), &docxStyle{}
			case "name", "basedOn", "outlineLvl", "numId":
				if cur == nil {
					continue
				}
				v := attr(t, "val")
				switch t.Name.Local {
				case "name":
					cur.name = v
				case "basedOn":
					cur.basedOn = v
				case "outlineLvl":
					if n, err := strconv.Atoi(v); err == nil && n >= 0 && n < 9 {
						cur.outline = n + 1
					}
				case "numId":
					cur.numbered = v != "" && v != "0"
				}
			}
		case xml.EndElement:
			depth--
			if t.Name.Local == "style" && cur != nil {
				st[id], cur = *cur, nil
			}
		}
	}
}

// headingName matches heading style names and ids: "heading 1", "Heading1",
// "标题 1", "标题1"; a trailing digit is the level.
var headingName = regexp.MustCompile(`^(?i:heading|标题)\s*([1-9])$`)

// classify returns the heading level (0: not a heading) and whether the
// paragraph is a list item, from its own properties and its style chain.
func (st docxStyles) classify(p docxPara) (int, bool) {
	level, list := min(p.outline, 6), p.numbered
	id := p.style
	for i := 0; i < 8 && id != ""; i++ {
		s, known := st[id]
		for _, n := range []string{s.name, id} {
			ln := strings.ToLower(strings.TrimSpace(n))
			if m := headingName.FindStringSubmatch(ln); m != nil && level == 0 {
				level = min(int(m[1][0]-'0'), 6)
			}
			if (ln == "title" || ln == "标题") && level == 0 {
				level = 1
			}
		}
		if level == 0 && s.outline > 0 {
			level = min(s.outline, 6)
		}
		list = list || s.numbered
		if !known {
			break
		}
		id = s.basedOn
	}
	return level, list
}
