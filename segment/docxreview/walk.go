package docxreview

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// wNS is the WordprocessingML main namespace.
const wNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

// maxDepth bounds element nesting, as the reader does.
const maxDepth = 1000

// body is word/document.xml as walked: its paragraphs in the order and with
// the text segment's reader gives them (one per line of the decoded source),
// each text piece tied to the run element it came from.
type body struct {
	raw   []byte
	paras []*para
	// dels are the raw offsets of tracked deletions and moves away
	// (w:del, w:moveFrom) in the content, not in properties.
	dels  []int
	maxID int // the largest w:id of the part
}

// para is one paragraph element (any "p", as the reader counts them).
type para struct {
	text   strings.Builder
	pieces []piece
	main   bool // a w:p: comment markers may go in it
	// inTextBox: Word ignores comment ranges in text boxes ([MS-OI29500]
	// 2.1.315); their text is marked on the paragraph that holds the box.
	inTextBox bool
	// contentAt is where its content starts (after w:pPr, else after the
	// start tag); endAt is where its end tag starts.
	contentAt, endAt int
	selfClosing      bool
	outer            *para // enclosing paragraph (text boxes), or nil
	prefix           string
}

// piece is a stretch [at, end) of a paragraph's text read from one child
// of a run: the character of a w:tab (etc.) or text of a w:t.
type piece struct {
	at, end int
	run     *run // nil: not in a run that can be split
	child   int  // index in run.children
	atomic  bool // one character standing for the whole child element
	// base is the offset of this piece in the child's decoded text, conv
	// maps an offset in the piece (as read, see lineSafe) to one in the
	// decoded text: len(conv) == end-at+1.
	base int
	conv []int
}

// run is a w:r element.
type run struct {
	start, end int // raw range
	tagEnd     int // end of the start tag
	closeAt    int // start of the end tag
	rPrEnd     int // end of w:rPr, or tagEnd
	children   []child
	ok         bool // can be split and marked around
	// refOut: a comment ending here has its reference at the end of the
	// paragraph, not beside the run: in a field result Word regenerates,
	// or a tracked insertion a reviewer may reject.
	refOut bool
	para   *para
}

// child is one element of a run's content after w:rPr.
type child struct {
	start, end int
	text       *strings.Builder // decoded text of a w:t (nil otherwise)
	prefix     string
}

// runParents are the elements in which a run may be split and comment
// range markers placed beside it.
var runParents = map[string]bool{"p": true, "hyperlink": true, "ins": true, "smartTag": true, "customXml": true,
	"sdtContent": true, "fldSimple": true, "moveTo": true, "dir": true, "bdo": true}

// readChars are the run elements the reader reads as a character.
var readChars = map[string]string{"tab": "\t", "br": " ", "cr": " ", "noBreakHyphen": "-"}

type frame struct {
	name  xml.Name
	start int
	run   *run // set on a w:r frame
	child int  // index of this element in its run's children, or -1
	rPr   bool // the w:rPr of the enclosing run
	para  *para
}

// walkBody reads word/document.xml the way segment's reader does and
// records where every piece of text sits.
func walkBody(raw []byte) (*body, error) {
	b := &body{raw: raw}
	d := xml.NewDecoder(bytes.NewReader(raw))
	d.CharsetReader = func(label string, _ io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("XML encoding %q is not supported", label)
	}
	var (
		stack  []frame
		open   []*para
		inText bool
		fields []bool // complex fields: true once past "separate"
	)
	inResult := func() bool {
		for _, f := range fields {
			if f {
				return true
			}
		}
		return false
	}
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
			if len(stack) >= maxDepth {
				return nil, fmt.Errorf("elements nested more than %d deep", maxDepth)
			}
			tagEnd := int(d.InputOffset())
			name := t.Name.Local
			var parent *frame
			if len(stack) > 0 {
				parent = &stack[len(stack)-1]
			}
			for _, a := range t.Attr {
				if a.Name.Space == wNS && a.Name.Local == "id" {
					if n, err := strconv.Atoi(a.Value); err == nil && n > b.maxID {
						b.maxID = n
					}
				}
			}
			if (name == "del" || name == "moveFrom") && t.Name.Space == wNS && parent != nil &&
				!strings.HasSuffix(parent.name.Local, "Pr") && !strings.HasSuffix(parent.name.Local, "Change") {
				b.dels = append(b.dels, off)
			}
			if t.Name.Space == wNS && name == "fldChar" {
				switch attr(t, "fldCharType") {
				case "begin":
					fields = append(fields, false)
				case "separate":
					if len(fields) > 0 {
						fields[len(fields)-1] = true
					}
				case "end":
					if len(fields) > 0 {
						fields = fields[:len(fields)-1]
					}
				}
			}
			childIdx, isRPr := -1, false
			if parent != nil && parent.run != nil {
				r := parent.run
				if name == "rPr" && len(r.children) == 0 {
					isRPr = true
				} else {
					childIdx = len(r.children)
					r.children = append(r.children, child{start: off, prefix: prefixOf(raw[off:tagEnd])})
				}
			}
			switch name {
			case "Fallback", "moveFrom", "delText", "instrText":
				if err := d.Skip(); err != nil {
					return nil, err
				}
				if childIdx >= 0 {
					parent.run.children[childIdx].end = int(d.InputOffset())
				}
				continue
			case "p":
				p := &para{main: t.Name.Space == wNS, contentAt: tagEnd, prefix: prefixOf(raw[off:tagEnd]),
					selfClosing: bytes.HasSuffix(raw[off:tagEnd], []byte("/>"))}
				if len(open) > 0 {
					p.outer = open[len(open)-1]
				}
				for i := range stack {
					p.inTextBox = p.inTextBox || stack[i].name.Local == "txbxContent"
				}
				open = append(open, p)
				b.paras = append(b.paras, p)
				for i := range stack {
					if stack[i].run != nil {
						stack[i].run.ok = false
					}
				}
			case "t":
				inText = len(open) > 0
			case "tab", "br", "cr", "noBreakHyphen":
				if len(open) > 0 && parent != nil && parent.name.Local == "r" {
					p := open[len(open)-1]
					pc := piece{at: p.text.Len(), atomic: true}
					p.text.WriteString(readChars[name])
					pc.end = p.text.Len()
					if parent.run != nil && parent.run.ok && childIdx >= 0 {
						pc.run, pc.child = parent.run, childIdx
					}
					p.pieces = append(p.pieces, pc)
				}
			}
			f := frame{name: t.Name, start: off, child: childIdx, rPr: isRPr}
			if name == "r" && t.Name.Space == wNS {
				r := &run{start: off, tagEnd: tagEnd, rPrEnd: tagEnd, refOut: inResult()}
				if len(open) > 0 {
					r.para = open[len(open)-1]
				}
				r.ok = r.para != nil && r.para.main && !r.para.inTextBox && parent != nil && parent.name.Space == wNS && runParents[parent.name.Local] &&
					!bytes.HasSuffix(raw[off:tagEnd], []byte("/>"))
				if parent != nil && (parent.name.Local == "fldSimple" || parent.name.Local == "ins" || parent.name.Local == "moveTo") {
					r.refOut = true
				}
				f.run = r
			}
			if name == "p" {
				f.para = open[len(open)-1]
			}
			if name == "t" && childIdx >= 0 {
				parent.run.children[childIdx].text = &strings.Builder{}
			}
			stack = append(stack, f)
		case xml.EndElement:
			if len(stack) == 0 {
				continue
			}
			f := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end := int(d.InputOffset())
			if f.child >= 0 && len(stack) > 0 && stack[len(stack)-1].run != nil {
				r := stack[len(stack)-1].run
				r.children[f.child].end = end
			}
			if f.rPr {
				stack[len(stack)-1].run.rPrEnd = end
			}
			if f.name.Local == "pPr" && len(stack) > 0 && stack[len(stack)-1].para != nil {
				stack[len(stack)-1].para.contentAt = end
			}
			switch f.name.Local {
			case "p":
				if len(open) > 0 {
					p := open[len(open)-1]
					p.endAt = off
					open = open[:len(open)-1]
				}
			case "t":
				inText = false
			}
			if f.run != nil {
				f.run.closeAt, f.run.end = off, end
			}
		case xml.CharData:
			if !inText || len(open) == 0 {
				continue
			}
			p := open[len(open)-1]
			safe, conv := lineSafe(string(t))
			pc := piece{at: p.text.Len(), conv: conv}
			p.text.WriteString(safe)
			pc.end = p.text.Len()
			// A splittable piece is text directly in a w:t directly in a run.
			if n := len(stack); n >= 2 && stack[n-1].name.Local == "t" && stack[n-1].name.Space == wNS &&
				stack[n-2].run != nil && stack[n-2].run.ok && stack[n-1].child >= 0 {
				r := stack[n-2].run
				c := &r.children[stack[n-1].child]
				pc.run, pc.child, pc.base = r, stack[n-1].child, c.text.Len()
				c.text.WriteString(string(t))
			}
			p.pieces = append(p.pieces, pc)
		}
	}
	return b, nil
}
