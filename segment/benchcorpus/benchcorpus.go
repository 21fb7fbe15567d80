// Package benchcorpus builds the benchmark corpus: many policy-sized
// documents assembled from pplint's own fixtures (never from third-party
// texts), deterministically, so that benchmarks measure throughput on a
// realistic mix of Markdown and plain text of any total size.
//
// It serves the benchmarks of segment, analyzer and cmd/pplint (segment is
// the lowest of them, so it lives here) and is not part of pplint's API.
package benchcorpus

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// DocSize is the approximate size of one generated document in bytes.
const DocSize = 20 << 10

// DefaultBadShare is the share of paragraphs on which a fixture expects a
// finding in the default corpus: enough for findings at a plausible density.
const DefaultBadShare = 0.1

// Corpus is a generated set of documents.
type Corpus struct {
	Dir   string   // where the files are
	Files []string // their paths, sorted
	Bytes int64    // their total size
}

// paragraphs holds the fixture paragraphs by kind.
type paragraphs struct{ good, bad []string }

// FindRoot returns the module root: the nearest directory above dir that
// holds go.mod.
func FindRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above %s", dir)
		}
		dir = parent
	}
}

// load reads the paragraphs of the fixture documents under fixtures. A
// paragraph is bad when the fixture's .want file expects a finding on one
// of its lines, or when the fixture has no .want file.
func load(fixtures string) (*paragraphs, error) {
	p := &paragraphs{}
	err := filepath.WalkDir(fixtures, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(path)
		if ext != ".md" && ext != ".txt" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil || !utf8.Valid(b) { // encoding fixtures are not UTF-8
			return err
		}
		flagged, err := wantLines(path + ".want")
		if err != nil {
			return err
		}
		var para []string
		bad := false
		flush := func() {
			text := strings.TrimSpace(strings.Join(para, "\n"))
			// Headings are generated; paragraphs with pplint directives
			// (suppression fixtures) only mean something next to their
			// targets.
			if text != "" && !strings.HasPrefix(text, "#") && !strings.Contains(text, "pplint-") {
				if bad || flagged == nil {
					p.bad = append(p.bad, text)
				} else {
					p.good = append(p.good, text)
				}
			}
			para, bad = para[:0], false
		}
		for i, line := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(line) == "" {
				flush()
				continue
			}
			para = append(para, line)
			bad = bad || flagged[i+1]
		}
		flush()
		return nil
	})
	if err == nil && (len(p.good) == 0 || len(p.bad) == 0) {
		err = fmt.Errorf("no fixture paragraphs under %s", fixtures)
	}
	return p, err
}

// wantLines returns the lines with expected findings listed in a .want
// file ("rule-id line" per line), or nil when there is no such file.
func wantLines(path string) (map[int]bool, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	lines := map[int]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 {
			if n, err := strconv.Atoi(f[1]); err == nil {
				lines[n] = true
			}
		}
	}
	return lines, nil
}

// Generate writes about total bytes of documents of about DocSize each into
// dir, built from the fixtures under fixtures, with a share bad of
// paragraphs that fixtures expect findings on (0: a corpus that should be
// nearly free of findings); the same arguments always give the same files.
func Generate(dir, fixtures string, total int64, bad float64) (*Corpus, error) {
	p, err := load(fixtures)
	if err != nil {
		return nil, fmt.Errorf("read fixtures: %w", err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(20260301, uint64(total)))
	c := &Corpus{Dir: dir}
	for i := 0; c.Bytes < total; i++ {
		name, doc := document(r, p, i, bad)
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, doc, 0o644); err != nil {
			return nil, err
		}
		c.Files = append(c.Files, path)
		c.Bytes += int64(len(doc))
	}
	return c, nil
}

// document returns the name and text of document i: Markdown with
// numbered sections or plain text with numbered paragraphs.
func document(r *rand.Rand, p *paragraphs, i int, bad float64) (string, []byte) {
	md := i%2 == 0
	var b bytes.Buffer
	name := fmt.Sprintf("policy-%04d.txt", i)
	title := fmt.Sprintf("示例服务第%d号隐私政策", i+1)
	if md {
		name = fmt.Sprintf("policy-%04d.md", i)
		b.WriteString("# " + title + "\n\n")
	} else {
		b.WriteString(title + "\n\n")
	}
	for s := 1; b.Len() < DocSize; s++ {
		if md && s%6 == 1 {
			fmt.Fprintf(&b, "## 第%d部分\n\n", s/6+1)
		}
		src := p.good
		if r.Float64() < bad {
			src = p.bad
		}
		if !md {
			fmt.Fprintf(&b, "%d. ", s)
		}
		b.WriteString(src[r.IntN(len(src))])
		b.WriteString("\n\n")
	}
	return name, b.Bytes()
}

// Read generates a corpus of about total bytes with the default share of
// bad paragraphs from the fixtures of the repository holding dir, in a
// temporary directory, and returns the file names and contents; the files
// are removed before it returns.
func Read(dir string, total int64) (names []string, texts [][]byte, err error) {
	tmp, err := os.MkdirTemp("", "pplint-bench-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	root, err := FindRoot(dir)
	if err != nil {
		return nil, nil, err
	}
	c, err := Generate(tmp, filepath.Join(root, "fixtures"), total, DefaultBadShare)
	if err != nil {
		return nil, nil, err
	}
	for _, p := range c.Files {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, err
		}
		names, texts = append(names, filepath.Base(p)), append(texts, b)
	}
	return names, texts, nil
}
