// Package refdict reads pplint's reference general dictionary: the words of
// gse's simplified-Chinese dictionary (data/dict/zh/s_1.txt in the gse
// module) whose frequency is at least MinFreq, sorted by lookup key and
// without repeats. The embedded compact dictionary is a subset of it that
// segments the same (see segment/internal/gendict); the reference itself is
// used by the generator and by tests only, never at run time.
package refdict

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MinFreq is the lowest frequency of a reference word.
const MinFreq = 100

// Entry is one word of the reference dictionary.
type Entry struct {
	Key  string  // the word with ASCII letters lowered, as gse looks it up
	Line string  // the dictionary line: "word frequency pos"
	Freq float64 // the frequency gse counts for the word (2 for one character)
}

// Load reads the reference dictionary from the gse module, located with
// `go list`.
func Load() ([]Entry, error) {
	dir, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		return nil, fmt.Errorf("locate gse module: %w", err)
	}
	f, err := os.Open(filepath.Join(strings.TrimSpace(string(dir)), "data", "dict", "zh", "s_1.txt"))
	if err != nil {
		return nil, fmt.Errorf("open gse dictionary: %w", err)
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		v, err := strconv.ParseFloat(fs[1], 64)
		if err != nil || v < MinFreq {
			continue
		}
		if utf8.RuneCountInString(fs[0]) < 2 {
			v = 2 // gse counts every one-character word at frequency 2
		}
		out = append(out, Entry{Key: LowerASCII(fs[0]), Line: sc.Text(), Freq: v})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read gse dictionary: %w", err)
	}
	slices.SortStableFunc(out, func(a, b Entry) int { return strings.Compare(a.Key, b.Key) })
	return slices.CompactFunc(out, func(a, b Entry) bool { return a.Key == b.Key }), nil
}

// Text renders entries as a gse dictionary.
func Text(es []Entry) string {
	var b strings.Builder
	for _, e := range es {
		b.WriteString(e.Line)
		b.WriteByte('\n')
	}
	return b.String()
}

// LowerASCII lowers ASCII letters only, as gse does for dictionary words.
func LowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
