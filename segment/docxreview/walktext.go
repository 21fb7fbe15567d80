package docxreview

import (
	"bytes"
	"encoding/xml"
	"strings"
)

// text returns the paragraphs' text one per line, as segment's reader lays
// out the decoded source of a .docx.
func (b *body) text() string {
	var s strings.Builder
	for _, p := range b.paras {
		s.WriteString(p.text.String())
		s.WriteByte('\n')
	}
	return s.String()
}

// lineSafe replaces what would break a paragraph's line with a space, as the
// reader does, and maps each offset of the result to one of s.
func lineSafe(s string) (string, []int) {
	var out strings.Builder
	conv := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		n, rep := 1, ""
		switch {
		case strings.HasPrefix(s[i:], "\r\n"):
			n, rep = 2, " "
		case s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f':
			rep = " "
		case strings.HasPrefix(s[i:], "\u2028") || strings.HasPrefix(s[i:], "\u2029"):
			n, rep = 3, " "
		}
		if rep != "" {
			conv = append(conv, i)
			out.WriteString(rep)
			i += n
			continue
		}
		conv = append(conv, i)
		out.WriteByte(s[i])
		i++
	}
	conv = append(conv, len(s))
	return out.String(), conv
}

// prefixOf returns the namespace prefix of a raw start tag: "w" for "<w:p>".
func prefixOf(tag []byte) string {
	tag = bytes.TrimPrefix(tag, []byte("<"))
	end := bytes.IndexAny(tag, " \t\r\n/>")
	if end < 0 {
		end = len(tag)
	}
	name := tag[:end]
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		return string(name[:i])
	}
	return ""
}

func attr(t xml.StartElement, local string) string {
	for _, a := range t.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
