// Package inputs turns command-line arguments (files, directories, globs and
// "-" for stdin) into the list of documents to lint.
package inputs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pplint/pplint/analyzer/report"
)

// Extensions are the file types picked up when walking a directory or glob.
var Extensions = []string{".md", ".markdown", ".txt", ".text", ".html", ".htm", ".docx"}

// StdinName is the path reported for stdin when no --stdin-filename is set.
const StdinName = "<stdin>"

// skipDirs are directories never descended into.
var skipDirs = map[string]bool{".git": true, ".hg": true, ".svn": true, "node_modules": true, "vendor": true}

// Options control collection.
type Options struct {
	Include       []string  // when set, only files matching one of these globs
	Exclude       []string  // files matching any of these globs are skipped
	MaxFileSize   int64     // 0: no limit
	Stdin         io.Reader // read for the argument "-"
	StdinFilename string    // path reported for stdin
}

// Input is one document to lint.
type Input struct {
	Path string
	Read func() ([]byte, error)
}

// Collect expands args into inputs, sorted by path and without repeats.
// Arguments that name nothing become errors; the rest are still returned.
func Collect(args []string, o Options) ([]Input, []report.FileError) {
	c := &collector{o: o, seen: map[string]bool{}}
	var err error
	if c.filter, err = NewFilter(o.Include, o.Exclude); err != nil {
		return nil, []report.FileError{{Path: "(options)", Message: err.Error()}}
	}
	for _, arg := range args {
		c.add(arg)
	}
	sort.SliceStable(c.ins, func(i, j int) bool { return c.ins[i].Path < c.ins[j].Path })
	return c.ins, c.errs
}

type collector struct {
	o                 Options
	filter            *Filter
	ins               []Input
	errs              []report.FileError
	seen              map[string]bool
	stdinAlreadyTaken bool
}

func (c *collector) fail(path string, err error) {
	c.errs = append(c.errs, report.FileError{Path: path, Message: err.Error()})
}

func (c *collector) add(arg string) {
	if arg == "-" {
		c.addStdin()
		return
	}
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir():
		c.walk(arg, nil)
	case err == nil:
		c.addFile(arg, info, true)
	case hasMeta(arg):
		c.addGlob(arg)
	case errors.Is(err, fs.ErrNotExist):
		c.fail(arg, errors.New("no such file or directory"))
	default:
		c.fail(arg, pathless("cannot read", err))
	}
}

func (c *collector) addStdin() {
	if c.stdinAlreadyTaken {
		return
	}
	c.stdinAlreadyTaken = true
	name := c.o.StdinFilename
	if name == "" {
		name = StdinName
	}
	r, limit := c.o.Stdin, c.o.MaxFileSize
	c.ins = append(c.ins, Input{Path: name, Read: func() ([]byte, error) {
		if r == nil {
			return nil, errors.New("no standard input")
		}
		if limit <= 0 {
			return io.ReadAll(r)
		}
		data, err := io.ReadAll(io.LimitReader(r, limit+1))
		if err == nil && int64(len(data)) > limit {
			err = fmt.Errorf("input is larger than --max-file-size (%d bytes)", limit)
		}
		return data, err
	}})
}

// addFile adds one file. Files named on the command line are linted
// whatever their extension; files found by walking must have a known one.
func (c *collector) addFile(path string, info fs.FileInfo, explicit bool) {
	path = filepath.Clean(path)
	if c.seen[path] || !c.wanted(path, explicit) {
		return
	}
	c.seen[path] = true
	if !info.Mode().IsRegular() {
		c.fail(path, errors.New("not a regular file"))
		return
	}
	if c.o.MaxFileSize > 0 && info.Size() > c.o.MaxFileSize {
		c.fail(path, fmt.Errorf("file is %d bytes, larger than --max-file-size (%d bytes)", info.Size(), c.o.MaxFileSize))
		return
	}
	limit := c.o.MaxFileSize
	c.ins = append(c.ins, Input{Path: path, Read: func() ([]byte, error) { return readFile(path, limit) }})
}

// readFile reads a file, failing if it has grown past limit since it was
// listed.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, pathless("cannot read file", err)
	}
	defer f.Close()
	var r io.Reader = f
	if limit > 0 {
		r = io.LimitReader(f, limit+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, pathless("cannot read file", err)
	}
	if limit > 0 && int64(len(data)) > limit {
		return nil, fmt.Errorf("file is larger than --max-file-size (%d bytes)", limit)
	}
	return data, nil
}

// pathless drops the path an fs.PathError repeats, since every message is
// already reported next to its path: "cannot read file: permission denied".
func pathless(what string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("%s: %w", what, err)
}

func (c *collector) wanted(path string, explicit bool) bool {
	if !c.filter.Wanted(path) {
		return false
	}
	if explicit {
		return true
	}
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// matchAny matches the path, each of its suffixes after a slash, and so the
// base name, so that "drafts/**" and "*.txt" work from any directory.
func matchAny(gs []pattern, slash string) bool {
	for _, g := range gs {
		for p := slash; ; {
			if g.Match(p) {
				return true
			}
			i := strings.IndexByte(p, '/')
			if i < 0 {
				break
			}
			p = p[i+1:]
		}
	}
	return false
}
