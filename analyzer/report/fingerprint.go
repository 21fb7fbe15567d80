package report

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Line-hash constants of GitHub's codeql-action (src/fingerprints.ts).
const (
	hashBlock = 100
	hashMod   = 37
	hashEOF   = 65535
)

// LineHashes returns, for each line of src (index 0 is line 1), the value
// GitHub's upload-sarif action computes for partialFingerprints
// .primaryLocationLineHash: a rolling hash over the first 100 UTF-16 code
// units of the file from the start of the line, skipping spaces and tabs,
// with CR, LF and CRLF normalised, and a ":n" suffix counting repeats.
// Emitting the same value keeps the action from warning and lets code
// scanning match alerts across runs.
func LineHashes(src []byte) []string {
	var firstMod uint64 = 1
	for range hashBlock {
		firstMod *= hashMod
	}
	var (
		window     [hashBlock]uint64
		lineNums   [hashBlock]int
		hash       uint64
		index      int
		lineNumber int
		lineStart  = true
		prevCR     bool
		counts     = map[uint64]int{}
		out        []string
	)
	for i := range lineNums {
		lineNums[i] = -1
	}
	emit := func() {
		counts[hash]++
		n := lineNums[index]
		for len(out) < n {
			out = append(out, "")
		}
		out[n-1] = strconv.FormatUint(hash, 16) + ":" + strconv.Itoa(counts[hash])
		lineNums[index] = -1
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		hash = hashMod*hash + c - firstMod*begin
		index = (index + 1) % hashBlock
	}
	process := func(c uint64) {
		if c == ' ' || c == '\t' || (prevCR && c == '\n') {
			prevCR = false
			return
		}
		if c == '\r' {
			c, prevCR = '\n', true
		} else {
			prevCR = false
		}
		if lineNums[index] != -1 {
			emit()
		}
		if lineStart {
			lineStart = false
			lineNumber++
			lineNums[index] = lineNumber
		}
		if c == '\n' {
			lineStart = true
		}
		update(c)
	}
	for len(src) > 0 {
		r, size := utf8.DecodeRune(src)
		src = src[size:]
		if r >= 0x10000 {
			a, b := utf16.EncodeRune(r)
			process(uint64(a))
			process(uint64(b))
			continue
		}
		process(uint64(r))
	}
	process(hashEOF)
	for range hashBlock {
		if lineNums[index] != -1 {
			emit()
		}
		update(0)
	}
	return out
}

// ContentFingerprint returns a fingerprint of a finding that depends only on
// the rule, the file and the words of the sentence and snippet, not on
// their line or column, so that it survives edits elsewhere in the file.
// Whitespace is ignored.
func ContentFingerprint(ruleID, path, sentence, snippet string) string {
	h := sha256.New()
	for _, s := range []string{ruleID, path, squeeze(sentence), squeeze(snippet)} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
