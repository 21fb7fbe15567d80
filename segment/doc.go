// Package segment turns a privacy notice or form contract into blocks,
// sentences and gse word tokens, each carrying exact byte offsets into the
// decoded source and 1-based line/column positions (columns count Unicode
// code points). It knows nothing about claims, rules or OPA.
package segment

// Format names an input format.
type Format string

// Input formats understood by Parse.
const (
	FormatMarkdown Format = "markdown"
	FormatText     Format = "text"
	FormatHTML     Format = "html"
	FormatDocx     Format = "docx"
)

// BlockKind is the structural role of a block.
type BlockKind string

// Block kinds.
const (
	KindHeading   BlockKind = "heading"
	KindParagraph BlockKind = "paragraph"
	KindListItem  BlockKind = "list_item"
	KindTableCell BlockKind = "table_cell"
)

// Pos is a position in the decoded source: a byte offset plus the 1-based
// line and 1-based column counted in Unicode code points.
type Pos struct {
	Offset int `json:"offset"`
	Line   int `json:"line"`
	Col    int `json:"col"`
}

// Span is a half-open range [Start, End) of the decoded source.
type Span struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// Run maps a contiguous piece of a block's text to the source bytes it came
// from. Text[TextStart:TextEnd] was read from Source[SrcStart:SrcEnd]; the two
// lengths differ only where markup decoded an entity or escape.
type Run struct {
	TextStart, TextEnd int
	SrcStart, SrcEnd   int
}

// Block is one heading, paragraph, list item or table cell with its plain
// text (markup removed) and the runs that map the text back to the source.
type Block struct {
	Kind  BlockKind
	Level int // heading level (1-6); 0 for other kinds
	Text  string
	Runs  []Run
}

// Document is a parsed input: its decoded source and its blocks in order.
type Document struct {
	Path   string
	Format Format
	Source []byte // decoded UTF-8 source; positions index into it
	Blocks []Block
	lines  lineIndex
}

// NewDocument builds a Document over src and indexes its lines.
func NewDocument(path string, format Format, src []byte, blocks []Block) *Document {
	return &Document{Path: path, Format: format, Source: src, Blocks: blocks, lines: newLineIndex(src)}
}

// Position returns the line/column position of a source byte offset.
func (d *Document) Position(offset int) Pos {
	return d.lines.pos(d.Source, offset)
}

// SourceOffset maps a byte offset within block b's text to a source offset.
// An offset on the boundary of two runs maps to the start of the later run
// (use SourceEnd for the end of a range). An offset inside a run whose source
// is longer or shorter than its text (a decoded entity) maps to the start of
// that run.
func (d *Document) SourceOffset(b *Block, textOffset int) int {
	for i := range b.Runs {
		r := &b.Runs[i]
		if textOffset < r.TextEnd || i == len(b.Runs)-1 {
			return r.mapOffset(textOffset)
		}
	}
	return 0
}

// SourceEnd maps the end of a text range: an offset on the boundary of two
// runs maps to the end of the earlier run.
func (d *Document) SourceEnd(b *Block, textOffset int) int {
	for i := range b.Runs {
		r := &b.Runs[i]
		if textOffset <= r.TextEnd || i == len(b.Runs)-1 {
			return r.mapOffset(textOffset)
		}
	}
	return 0
}

// mapOffset maps a text offset near run r to a source offset.
func (r *Run) mapOffset(off int) int {
	switch {
	case off <= r.TextStart:
		return r.SrcStart
	case off >= r.TextEnd:
		return r.SrcEnd
	case r.TextEnd-r.TextStart == r.SrcEnd-r.SrcStart:
		return r.SrcStart + off - r.TextStart
	}
	return r.SrcStart
}

// Span maps the half-open text range [start, end) of block b to a source span.
func (d *Document) Span(b *Block, start, end int) Span {
	s := d.SourceOffset(b, start)
	e := d.SourceEnd(b, end)
	if e < s {
		e = s
	}
	return Span{Start: d.Position(s), End: d.Position(e)}
}
