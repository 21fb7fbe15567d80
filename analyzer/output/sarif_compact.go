package output

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// unsetKeys are the integer properties that go-sarif always writes, with
// SARIF's "unset" value -1 when they do not apply (artifact parentIndex and
// length, artifactLocation index, location id, reportingConfiguration
// rank). The SARIF validator flags such values (SARIF2004), so they are
// dropped.
var unsetKeys = map[string]bool{"index": true, "parentIndex": true, "length": true, "rank": true, "id": true}

// compactTo copies a SARIF log as go-sarif writes it to w, indented, without
// HTML escaping and without the properties of unsetKeys that hold -1. It
// streams token by token, so the log is never held as a tree of values.
func compactTo(w io.Writer, data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	bw := bufio.NewWriter(w)
	tw := &tokenWriter{w: bw}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("compact sarif: %w", err)
		}
		key, isKey := tok.(string)
		if !isKey || !tw.inKeyPosition() {
			tw.value(tok) // a value, or the } that ends an object
			continue
		}
		if unsetKeys[key] {
			val, err := dec.Token()
			if err != nil {
				return fmt.Errorf("compact sarif: %w", err)
			}
			if n, ok := val.(json.Number); ok && n == "-1" {
				continue
			}
			tw.key(key)
			tw.value(val)
			continue
		}
		tw.key(key)
	}
	bw.WriteByte('\n')
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write sarif: %w", err)
	}
	return tw.err
}

// tokenWriter writes JSON tokens as encoding/json's Encoder does with
// SetIndent("", "  ") and SetEscapeHTML(false).
type tokenWriter struct {
	w     *bufio.Writer
	stack []frame
	buf   bytes.Buffer
	enc   *json.Encoder
	err   error
}

// frame is one open object or array.
type frame struct {
	object bool
	count  int  // members or elements written
	key    bool // an object member's key was written, its value is next
}

// inKeyPosition reports whether the next token is an object member's key.
func (t *tokenWriter) inKeyPosition() bool {
	n := len(t.stack)
	return n > 0 && t.stack[n-1].object && !t.stack[n-1].key
}

func (t *tokenWriter) newline() {
	t.w.WriteByte('\n')
	t.w.WriteString(strings.Repeat("  ", len(t.stack)))
}

func (t *tokenWriter) key(k string) {
	f := &t.stack[len(t.stack)-1]
	if f.count > 0 {
		t.w.WriteByte(',')
	}
	t.newline()
	t.scalar(k)
	t.w.WriteString(": ")
	f.count++
	f.key = true
}

// value writes a scalar or a delimiter in value position.
func (t *tokenWriter) value(tok json.Token) {
	if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
		f := t.stack[len(t.stack)-1]
		t.stack = t.stack[:len(t.stack)-1]
		if f.count > 0 {
			t.newline()
		}
		t.w.WriteByte(byte(d))
		t.done()
		return
	}
	if n := len(t.stack); n > 0 && !t.stack[n-1].object {
		if t.stack[n-1].count > 0 {
			t.w.WriteByte(',')
		}
		t.newline()
		t.stack[n-1].count++
	}
	if d, ok := tok.(json.Delim); ok {
		t.w.WriteByte(byte(d))
		t.stack = append(t.stack, frame{object: d == '{'})
		return
	}
	t.scalar(tok)
	t.done()
}

// done ends the value of an object member.
func (t *tokenWriter) done() {
	if n := len(t.stack); n > 0 && t.stack[n-1].object {
		t.stack[n-1].key = false
	}
}

func (t *tokenWriter) scalar(v any) {
	if n, ok := v.(json.Number); ok {
		t.w.WriteString(string(n))
		return
	}
	if t.enc == nil {
		t.enc = json.NewEncoder(&t.buf)
		t.enc.SetEscapeHTML(false)
	}
	t.buf.Reset()
	if err := t.enc.Encode(v); err != nil && t.err == nil {
		t.err = fmt.Errorf("compact sarif: %w", err)
	}
	t.w.Write(bytes.TrimSuffix(t.buf.Bytes(), []byte("\n")))
}
