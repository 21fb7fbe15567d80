package segment

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// maxHTMLDepth bounds the element stack; deeper elements are counted, not
// kept, so that pathological nesting costs neither time nor memory.
const maxHTMLDepth = 512

// htmlSkip holds elements whose text is page chrome or not text at all.
// header and footer are chrome only outside <article> and <main>.
var htmlSkip = map[string]bool{
	"head": true, "title": true, "script": true, "style": true, "noscript": true, "template": true,
	"nav": true, "svg": true, "math": true, "iframe": true, "object": true, "noembed": true,
	"noframes": true, "xmp": true, "plaintext": true, "select": true, "textarea": true, "button": true,
}

// htmlBlock holds elements that start and end a block of text.
var htmlBlock = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true, "caption": true,
	"center": true, "dd": true, "details": true, "dialog": true, "div": true, "dl": true, "dt": true,
	"fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true, "h1": true,
	"h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hgroup": true,
	"hr": true, "html": true, "legend": true, "li": true, "main": true, "menu": true, "nav": true,
	"ol": true, "p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tbody": true, "td": true, "tfoot": true, "th": true, "thead": true, "tr": true, "ul": true,
}

// htmlVoid holds elements that never have content or an end tag.
var htmlVoid = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// htmlElem is an open element.
type htmlElem struct {
	name    string
	skip    bool // its text is skipped
	content bool // article or main: header and footer inside are content
}

// htmlParser extracts blocks from HTML with x/net/html's tokenizer, which
// reports every token's raw bytes, so offsets into the original source
// stay exact. Text is whitespace-collapsed (a run holding a newline becomes
// "\n", any other run one space) and entities are decoded; each decoded
// entity is a run of its own mapping back to the whole entity.
type htmlParser struct {
	src      []byte
	stack    []htmlElem
	overflow int // elements opened beyond maxHTMLDepth
	skip     int // skipping elements on the stack
	content  int // article/main elements on the stack
	blocks   []Block
	bb       blockBuilder
	pending  *htmlSpaceRun // collapsed white space not yet written
}

func parseHTML(src []byte) []Block {
	p := &htmlParser{src: src}
	z := html.NewTokenizer(bytes.NewReader(src))
	off := 0
	for {
		tt := z.Next()
		start := off
		off = min(off+len(z.Raw()), len(src))
		if tt == html.ErrorToken {
			break
		}
		switch tt {
		case html.TextToken:
			if p.skip == 0 {
				p.text(start, off)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			p.start(string(name), hasAttr && hidden(z), tt == html.SelfClosingTagToken, start, off)
		case html.EndTagToken:
			name, _ := z.TagName()
			p.end(string(name))
		}
	}
	p.flush()
	return p.blocks
}

// hidden reports whether the current tag has the hidden attribute or an
// inline display:none style.
func hidden(z *html.Tokenizer) bool {
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "hidden":
			return true
		case "aria-hidden":
			if string(v) == "true" {
				return true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(strings.ToLower(string(v)), " ", ""), "display:none") {
				return true
			}
		}
		if !more {
			return false
		}
	}
}

func (p *htmlParser) start(name string, hide, selfClosing bool, from, to int) {
	if name == "br" {
		if p.skip == 0 && p.bb.text.Len() > 0 {
			p.pending = nil
			p.bb.add([]byte("\n"), from, to)
		}
		return
	}
	if htmlBlock[name] {
		p.flush()
	}
	if htmlVoid[name] || selfClosing {
		return
	}
	p.closeImplied(name)
	if len(p.stack) >= maxHTMLDepth {
		p.overflow++
		return
	}
	e := htmlElem{name: name, content: name == "article" || name == "main"}
	e.skip = hide || htmlSkip[name] || ((name == "header" || name == "footer") && p.content == 0)
	p.push(e)
}

// closeImplied closes what a start tag ends without an end tag: a new <li>
// ends the open one, a cell ends a cell, a row ends a row, and a block
// element ends an open <p>.
func (p *htmlParser) closeImplied(name string) {
	var target string
	var stops []string
	switch name {
	case "li":
		target, stops = "li", []string{"ul", "ol", "menu"}
	case "td", "th":
		target, stops = "", []string{"table", "tr"}
	case "tr":
		target, stops = "tr", []string{"table"}
	case "dt", "dd":
		target, stops = "", []string{"dl"}
	default:
		if htmlBlock[name] && len(p.stack) > 0 && p.stack[len(p.stack)-1].name == "p" {
			p.pop()
		}
		return
	}
	for i := len(p.stack) - 1; i >= 0 && i >= len(p.stack)-16; i-- {
		n := p.stack[i].name
		if contains(stops, n) {
			return
		}
		if n == target || (target == "" && (n == "td" || n == "th" || n == "dt" || n == "dd")) {
			for len(p.stack) > i {
				p.pop()
			}
			return
		}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// end closes the nearest open element of that name, looking no deeper
// than 16 elements so that stray end tags cost nothing.
func (p *htmlParser) end(name string) {
	if htmlBlock[name] {
		p.flush()
	}
	if p.overflow > 0 {
		p.overflow--
		return
	}
	for i := len(p.stack) - 1; i >= 0 && i >= len(p.stack)-16; i-- {
		if p.stack[i].name == name {
			for len(p.stack) > i {
				p.pop()
			}
			return
		}
	}
}

func (p *htmlParser) push(e htmlElem) {
	p.stack = append(p.stack, e)
	if e.skip {
		p.skip++
	}
	if e.content {
		p.content++
	}
}

func (p *htmlParser) pop() {
	e := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if e.skip {
		p.skip--
	}
	if e.content {
		p.content--
	}
}

// flush ends the current block; its kind comes from the innermost heading,
// list item or table cell that is open.
func (p *htmlParser) flush() {
	p.pending = nil
	if p.bb.text.Len() == 0 {
		return
	}
	kind, level := KindParagraph, 0
	for i := len(p.stack) - 1; i >= 0; i-- {
		n := p.stack[i].name
		if len(n) == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6' {
			kind, level = KindHeading, int(n[1]-'0')
			break
		}
		if n == "li" {
			kind = KindListItem
			break
		}
		if n == "td" || n == "th" {
			kind = KindTableCell
			break
		}
	}
	p.blocks = appendBlock(p.blocks, Block{Kind: kind, Level: level, Text: p.bb.text.String(), Runs: p.bb.runs})
	p.bb = blockBuilder{}
}
