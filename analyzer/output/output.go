// Package output renders a report.Report as text, JSON, SARIF 2.1.0,
// GitHub Actions workflow commands or a self-contained HTML review report.
// It depends only on the report types.
package output

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/pplint/pplint/analyzer/report"
)

// Options configure a Writer.
type Options struct {
	Lang        string // zh (default) or en
	WorkDir     string // paths are written relative to this directory
	ToolVersion string
	Color       bool // text format only: ANSI colours
	// Date is the report's date (html); zero: the time of writing.
	Date time.Time
	// Settings are the options of the run, shown in the html report.
	Settings []Setting
}

// Setting is one option of a run, as the html report lists it.
type Setting struct{ Name, Value string }

// Writer writes a whole report to w.
type Writer interface {
	Write(w io.Writer, r *report.Report) error
}

var formats = map[string]func(Options) Writer{
	"text":   func(o Options) Writer { return &textWriter{o} },
	"json":   func(o Options) Writer { return &jsonWriter{o} },
	"sarif":  func(o Options) Writer { return &sarifWriter{o} },
	"github": func(o Options) Writer { return &githubWriter{o} },
	"html":   func(o Options) Writer { return &htmlWriter{o} },
}

// Names lists the supported format names, sorted.
func Names() []string {
	names := make([]string, 0, len(formats))
	for n := range formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// New returns the writer for the named format.
func New(format string, o Options) (Writer, error) {
	mk, ok := formats[strings.ToLower(format)]
	if !ok {
		return nil, fmt.Errorf("unknown format %q: want one of %s", format, strings.Join(Names(), ", "))
	}
	if o.Lang == "" {
		o.Lang = "zh"
	}
	return mk(o), nil
}

// levelName returns a level's display name in lang.
func levelName(l report.Level, lang string) string {
	if lang == "en" {
		return string(l)
	}
	switch l {
	case report.LevelError:
		return "错误"
	case report.LevelWarning:
		return "警告"
	case report.LevelNote:
		return "提示"
	}
	return string(l)
}

// basisList renders legal bases as "人脸规定 第十一条；民法典 第四百九十七条".
func basisList(bs []report.LegalBasis, lang string) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.String()
	}
	if lang == "en" {
		return strings.Join(parts, "; ")
	}
	return strings.Join(parts, "；")
}
