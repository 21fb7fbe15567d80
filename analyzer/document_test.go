package analyzer

import (
	"testing"

	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
)

func TestReportDocumentNumbersTableRows(t *testing.T) {
	t.Parallel()
	cases := map[string]struct {
		format segment.Format
		src    string
	}{
		"html":     {segment.FormatHTML, "<table><TR><td>期限</td><td>永久</td></TR>\n<tr class=x><td>撤回</td><td>不可撤销</td></tr></table>"},
		"markdown": {segment.FormatMarkdown, "| 项目 | 内容 |\n|---|---|\n| 期限 | 永久 |\n"},
	}
	for name, c := range cases {
		doc, err := segment.Parse("t", []byte(c.src), c.format)
		if err != nil {
			t.Fatal(err)
		}
		rd := reportDocument(segment.NewDocument("t", c.format, []byte(c.src), doc.Blocks))
		var rows []int
		for _, b := range rd.Blocks {
			if b.Kind != report.BlockTableCell {
				t.Errorf("%s: block %q is a %s", name, b.Text, b.Kind)
			}
			rows = append(rows, b.Row)
			if s, e := b.SourceRange(); c.src[s:e] != b.Text {
				t.Errorf("%s: block %q maps to %q", name, b.Text, c.src[s:e])
			}
		}
		if len(rows) != 4 || rows[0] != rows[1] || rows[2] != rows[3] || rows[1] == rows[2] || rows[0] == 0 {
			t.Errorf("%s: rows %v, want two rows of two cells", name, rows)
		}
	}
}
