package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/spf13/pflag"

	"github.com/pplint/pplint/analyzer/inputs"
	"github.com/pplint/pplint/analyzer/output"
	"github.com/pplint/pplint/analyzer/report"
	"github.com/pplint/pplint/segment"
	"github.com/pplint/pplint/segment/docxreview"
)

// docxOptions are the check flags of --format docx, the Word review copy.
type docxOptions struct {
	force bool
}

func (d *docxOptions) registerDocx(f *pflag.FlagSet) {
	f.BoolVar(&d.force, "force", false, "--format docx: replace the -o file if it exists")
}

// docxReview is one --format docx run: its input, captured as it is read
// for linting, and where the review copy goes.
type docxReview struct {
	input  string // the input's path as given
	target string // the file to write
	named  bool   // target given with -o (else NAME.pplint.docx, never over anything)
	force  bool
	load   segment.LoadOptions
	wd     string

	mu   sync.Mutex
	data []byte
}

// prepareReview prepares a --format docx run (see prepareDocx); for other
// formats it does nothing.
func (a *app) prepareReview(w output.Writer, o *checkOptions, ins []inputs.Input, errs []report.FileError, wd string) (*docxReview, error) {
	dw, ok := w.(*output.DocxWriter)
	if !ok {
		return nil, nil
	}
	return a.prepareDocx(dw, o, ins, errs, wd)
}

// writeOutput writes the review copy for --format docx, else the report.
func (a *app) writeOutput(w output.Writer, rep *report.Report, path string, r *docxReview) error {
	if _, ok := w.(*output.DocxWriter); ok {
		return a.writeDocx(w, rep, r)
	}
	return a.writeReport(w, rep, path)
}

// prepareDocx checks a docx run before any linting: exactly one input, a
// target that is not the input and does not exist (unless --force). It
// wraps the input's reader to keep the bytes the findings come from and
// sets the writer's Render.
func (a *app) prepareDocx(dw *output.DocxWriter, o *checkOptions, ins []inputs.Input, errs []report.FileError, wd string) (*docxReview, error) {
	if n := len(ins) + len(errs); n != 1 {
		var names []string
		for _, in := range ins {
			names = append(names, in.Path)
		}
		for _, e := range errs {
			names = append(names, e.Path)
		}
		return nil, fmt.Errorf("--format docx writes a review copy of one document; got %d inputs (%s)", n, strings.Join(names, ", "))
	}
	if len(ins) == 0 {
		return nil, nil // the one argument is an error, reported as usual
	}
	r := &docxReview{input: ins[0].Path, target: o.output, named: o.output != "", force: o.force,
		load: segment.LoadOptions{Format: segment.Format(o.inputFormat), Encoding: o.encoding}, wd: wd}
	stdin := o.stdinFilename != "" && ins[0].Path == o.stdinFilename || ins[0].Path == inputs.StdinName
	if !r.named {
		if stdin {
			return nil, errors.New("--format docx with stdin input needs -o FILE.docx")
		}
		r.target = defaultReviewName(r.input)
	} else {
		if !strings.EqualFold(filepath.Ext(r.target), ".docx") {
			return nil, fmt.Errorf("-o %s: a review copy is a Word file; name it *.docx", r.target)
		}
		if !stdin && sameFile(r.input, r.target) {
			return nil, fmt.Errorf("-o %s names the input document: pplint never writes over the original; choose another file", r.target)
		}
		if fi, err := os.Lstat(r.target); err == nil {
			if fi.IsDir() {
				return nil, fmt.Errorf("-o %s is a directory", r.target)
			}
			if !r.force {
				return nil, fmt.Errorf("-o %s exists; add --force to replace it", r.target)
			}
		}
	}
	if fi, err := os.Stat(filepath.Dir(r.target)); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("cannot write %s: no directory %s", r.target, filepath.Dir(r.target))
	}
	read := ins[0].Read
	ins[0].Read = func() ([]byte, error) {
		b, err := read()
		r.mu.Lock()
		r.data = b
		r.mu.Unlock()
		return b, err
	}
	dw.Render = r.render
	return r, nil
}

// defaultReviewName is NAME.pplint.docx beside the input.
func defaultReviewName(input string) string {
	return strings.TrimSuffix(input, filepath.Ext(input)) + ".pplint.docx"
}

// sameFile reports whether two paths name one file (through links too).
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(fa, fb)
}

// render makes the review copy: the .docx input with the comments added,
// or a new .docx of any other input.
func (r *docxReview) render(cs []output.DocxComment) ([]byte, error) {
	r.mu.Lock()
	data := r.data
	r.mu.Unlock()
	if data == nil {
		return nil, errors.New("the input was not read")
	}
	doc, err := segment.Load(report.RelPath(r.wd, r.input), data, r.load)
	if err != nil {
		return nil, err
	}
	comments := make([]docxreview.Comment, len(cs))
	for i, c := range cs {
		comments[i] = docxreview.Comment{Start: c.Start, End: c.End, Text: c.Text, Note: c.Note}
	}
	opts := docxreview.Options{Author: "pplint", Initials: "PL", Date: reviewDate()}
	if doc.Format == segment.FormatDocx {
		out, _, err := docxreview.Annotate(data, doc.Source, comments, opts)
		return out, err
	}
	out, _, err := docxreview.Build(doc, comments, opts)
	return out, err
}

// reviewDate is the date of the comments: now, or SOURCE_DATE_EPOCH (Unix
// seconds) for reproducible output.
func reviewDate() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now()
}

// writeDocx writes the review copy through a temporary file in the target's
// directory, so that no half-written file is ever left: renamed over the
// -o file, or linked to a NAME.pplint.docx name that is free.
func (a *app) writeDocx(w output.Writer, rep *report.Report, r *docxReview) error {
	if r == nil || len(rep.Errors) > 0 {
		a.logf("no review copy written: the input could not be read")
		return nil
	}
	dir := filepath.Dir(r.target)
	tmp, err := os.CreateTemp(dir, ".pplint-review-*.docx")
	if err != nil {
		return fmt.Errorf("write review copy: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := w.Write(tmp, rep); err != nil {
		tmp.Close()
		return fmt.Errorf("write review copy: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write review copy: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write review copy: %w", err)
	}
	_ = os.Chmod(tmp.Name(), 0o644)
	target := r.target
	if r.named {
		// Checked before linting; checked again as the input may be a link
		// made since.
		if sameFile(r.input, target) {
			return fmt.Errorf("-o %s names the input document: not written", target)
		}
		if err := os.Rename(tmp.Name(), target); err != nil {
			return fmt.Errorf("write review copy: %w", err)
		}
	} else {
		base := strings.TrimSuffix(target, ".docx")
		for i := 1; ; i++ {
			if i > 1 {
				target = base + "-" + strconv.Itoa(i) + ".docx"
			}
			err := claim(tmp.Name(), target)
			if err == nil {
				break
			}
			if !errors.Is(err, fs.ErrExist) || i >= 100 {
				return fmt.Errorf("write review copy: %w", err)
			}
		}
	}
	a.logf("wrote %s: %d finding(s) as Word comments", target, len(rep.Findings))
	return nil
}

// claim gives the finished file tmp the name target unless that exists: a
// hard link where the file system has them, else a reserved name renamed
// over.
func claim(tmp, target string) error {
	err := os.Link(tmp, target)
	if err == nil || errors.Is(err, fs.ErrExist) {
		return err
	}
	f, err := os.OpenFile(target, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	f.Close()
	return os.Rename(tmp, target)
}
