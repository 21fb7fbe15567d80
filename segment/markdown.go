package segment

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

var markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))

// parseMarkdown extracts headings, paragraphs, list items and table cells
// from CommonMark/GFM source with goldmark, keeping source offsets.
func parseMarkdown(src []byte) []Block {
	root := markdown.Parser().Parse(text.NewReader(src))
	var blocks []Block
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Heading:
			blocks = appendBlock(blocks, inlineBlock(n, src, KindHeading, n.Level))
			return ast.WalkSkipChildren, nil
		case *east.TableCell:
			blocks = appendBlock(blocks, inlineBlock(n, src, KindTableCell, 0))
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			kind := KindParagraph
			if _, ok := n.Parent().(*ast.ListItem); ok {
				kind = KindListItem
			}
			blocks = appendBlock(blocks, inlineBlock(n, src, kind, 0))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return blocks
}

func appendBlock(blocks []Block, b Block) []Block {
	if len(bytes.TrimSpace([]byte(b.Text))) == 0 {
		return blocks
	}
	return append(blocks, b)
}

// inlineBlock concatenates the text of n's inline descendants.
func inlineBlock(n ast.Node, src []byte, kind BlockKind, level int) Block {
	var bb blockBuilder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || c == n {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			seg := c.Segment
			bb.add(src[seg.Start:seg.Stop], seg.Start, seg.Stop)
			if c.SoftLineBreak() || c.HardLineBreak() {
				nl := lineEnd(src, seg.Stop)
				bb.add([]byte("\n"), nl, min(nl+1, len(src)))
			}
		case *ast.AutoLink:
			label := c.Label(src)
			if i := bytes.Index(src[c.Pos():], label); c.Pos() >= 0 && i >= 0 {
				start := c.Pos() + i
				bb.add(label, start, start+len(label))
			}
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML, *ast.Image:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return Block{Kind: kind, Level: level, Text: bb.text.String(), Runs: bb.runs}
}

// lineEnd returns the offset of the newline at or after off (or len(src)).
func lineEnd(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(src)
}

// blockBuilder accumulates block text and its source runs.
type blockBuilder struct {
	text bytes.Buffer
	runs []Run
}

func (b *blockBuilder) add(txt []byte, srcStart, srcEnd int) {
	if len(txt) == 0 {
		return
	}
	start := b.text.Len()
	b.text.Write(txt)
	b.runs = append(b.runs, Run{TextStart: start, TextEnd: b.text.Len(), SrcStart: srcStart, SrcEnd: srcEnd})
}
