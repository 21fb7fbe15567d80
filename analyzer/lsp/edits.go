package lsp

import (
	"regexp"
	"strings"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/segment"
)

// reasonPlaceholder is the reason a suppression is inserted with: the
// suppression syntax requires one, and the author is to replace it.
func reasonPlaceholder(lang string) string {
	if lang == "en" {
		return "reason to be given"
	}
	return "理由待补充"
}

// directive renders a suppression directive in the document's syntax.
func directive(format segment.Format, body string) string {
	if format == segment.FormatText {
		return "pplint-" + body
	}
	return "<!-- pplint-" + body + " -->"
}

// suppressHere returns the edits that suppress rule on line l: a
// disable-next-line directive above it where a line of its own starts no
// new block, else a disable-line comment at its end (Markdown), or a
// disable/enable pair around its paragraph (plain text).
func suppressHere(ix *lineIndex, format segment.Format, l int, rule, lang string) []protocol.TextEdit {
	body := rule + " -- " + reasonPlaceholder(lang)
	eol := lineBreak(ix.text)
	blank := func(i int) bool { return strings.TrimSpace(ix.text[ix.starts[i]:ix.lineEnd(i)]) == "" }
	startsBlock := l == 0 || blank(l-1)
	line := ix.text[ix.starts[l]:ix.lineEnd(l)]
	indent := line[:len(line)-len(strings.TrimLeft(line, " \t"))]
	at := func(off int) protocol.Range { p := ix.position(off); return protocol.Range{Start: p, End: p} }
	switch {
	case format == segment.FormatHTML || startsBlock && (format == segment.FormatText || !listOrTable.MatchString(line)):
		return []protocol.TextEdit{{Range: at(ix.starts[l]), NewText: indent + directive(format, "disable-next-line "+body) + eol}}
	case format == segment.FormatMarkdown:
		return []protocol.TextEdit{{Range: at(ix.lineEnd(l)), NewText: " " + directive(format, "disable-line "+body)}}
	}
	first, last := l, l
	for first > 0 && !blank(first-1) {
		first--
	}
	for last+1 < len(ix.starts) && !blank(last+1) {
		last++
	}
	return []protocol.TextEdit{
		{Range: at(ix.starts[first]), NewText: directive(format, "disable "+body) + eol},
		{Range: at(ix.lineEnd(last)), NewText: eol + directive(format, "enable "+rule)},
	}
}

// listOrTable matches a Markdown list item or table row, before which a
// comment line would split the list or table.
var listOrTable = regexp.MustCompile(`^\s*([-*+]\s|\d+[.)]\s|\|)`)

// suppressInFile returns the edit that suppresses rule in the whole
// document: a disable directive on the first line, after Markdown front
// matter or an HTML doctype.
func suppressInFile(ix *lineIndex, format segment.Format, rule, lang string) protocol.TextEdit {
	line := 0
	switch format {
	case segment.FormatMarkdown:
		if strings.TrimSpace(ix.text[:ix.lineEnd(0)]) == "---" {
			for i := 1; i < len(ix.starts); i++ {
				if strings.TrimSpace(ix.text[ix.starts[i]:ix.lineEnd(i)]) == "---" {
					line = i + 1
					break
				}
			}
		}
	case segment.FormatHTML:
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(ix.text[:ix.lineEnd(0)])), "<!doctype") {
			line = 1
		}
	}
	eol := lineBreak(ix.text)
	text := directive(format, "disable "+rule+" -- "+reasonPlaceholder(lang)) + eol
	off := len(ix.text)
	if line < len(ix.starts) {
		off = ix.starts[line]
	} else if !strings.HasSuffix(ix.text, "\n") && !strings.HasSuffix(ix.text, "\r") {
		text = eol + text
	}
	p := ix.position(off)
	return protocol.TextEdit{Range: protocol.Range{Start: p, End: p}, NewText: text}
}

// lineBreak is the document's line break: \r\n when its first line ends so.
func lineBreak(text string) string {
	if i := strings.IndexAny(text, "\r\n"); i >= 0 && strings.HasPrefix(text[i:], "\r\n") {
		return "\r\n"
	}
	return "\n"
}
