package report

// Document is a linted file as a reader sees it: its blocks of plain text
// in order, each mapped back to the decoded source, so that a format can
// show the document with findings marked in place (the html format). Runs
// fill it only when asked (analyzer.Options.KeepDocuments).
type Document struct {
	Path   string  `json:"path"`
	Format string  `json:"format"` // markdown, text, html or docx
	Blocks []Block `json:"blocks"`
}

// Block kinds, as the segmenter names them.
const (
	BlockHeading   = "heading"
	BlockParagraph = "paragraph"
	BlockListItem  = "list_item"
	BlockTableCell = "table_cell"
)

// Block is one heading, paragraph, list item or table cell.
type Block struct {
	Kind  string `json:"kind"`
	Level int    `json:"level,omitempty"` // heading level 1-6
	// Row numbers the table rows of a document: consecutive table cells
	// with the same Row share a row. 0 for other kinds.
	Row  int    `json:"row,omitempty"`
	Text string `json:"text"`
	Runs []Run  `json:"runs"`
}

// Run maps Text[TextStart:TextEnd] of a block to Source[SrcStart:SrcEnd]
// of the decoded file (byte offsets, as Location.Offset). The lengths
// differ only where markup decoded an entity or escape.
type Run struct {
	TextStart int `json:"text_start"`
	TextEnd   int `json:"text_end"`
	SrcStart  int `json:"src_start"`
	SrcEnd    int `json:"src_end"`
}

// SourceRange returns the source span [start, end) the block was read from.
func (b *Block) SourceRange() (int, int) {
	if len(b.Runs) == 0 {
		return 0, 0
	}
	return b.Runs[0].SrcStart, b.Runs[len(b.Runs)-1].SrcEnd
}

// TextOffset maps a source offset to an offset in the block's text. A
// source offset between runs (inside markup) maps to the start of the next
// run, or with end set to the end of the previous one; one inside a run
// whose source and text lengths differ maps to the run's start (its end
// with end set).
func (b *Block) TextOffset(src int, end bool) int {
	prev := 0
	for _, r := range b.Runs {
		switch {
		case src < r.SrcStart:
			if end {
				return prev
			}
			return r.TextStart
		case src < r.SrcEnd || (end && src == r.SrcEnd):
			if r.SrcEnd-r.SrcStart == r.TextEnd-r.TextStart {
				return r.TextStart + src - r.SrcStart
			}
			if end {
				return r.TextEnd
			}
			return r.TextStart
		}
		prev = r.TextEnd
	}
	return prev
}

// SourceOffset maps an offset in the block's text to a source offset: the
// inverse of TextOffset where runs map byte for byte.
func (b *Block) SourceOffset(text int, end bool) int {
	for i, r := range b.Runs {
		if text < r.TextEnd || (end && text == r.TextEnd) || i == len(b.Runs)-1 {
			switch {
			case text <= r.TextStart:
				return r.SrcStart
			case text >= r.TextEnd:
				return r.SrcEnd
			case r.SrcEnd-r.SrcStart == r.TextEnd-r.TextStart:
				return r.SrcStart + text - r.TextStart
			}
			if end {
				return r.SrcEnd
			}
			return r.SrcStart
		}
	}
	return 0
}
