package jsonrpc

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"
)

func frame(body string) string {
	return "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
}

func TestReadRecoversFromBadHeaders(t *testing.T) {
	in := frame(`{"a":1}`) +
		"Content-Type: application/vscode-jsonrpc\r\n\r\n" + // no length
		"garbage that is no header\r\n" +
		frame(`{"b":2}`) +
		"Content-Length: -3\r\n\r\n" +
		frame(`{"c":"中文"}`)
	c := NewConn(strings.NewReader(in), io.Discard)
	var got []string
	framing := 0
	for {
		body, err := c.ReadBody()
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, ErrFraming) {
			framing++
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, string(body))
	}
	if want := []string{`{"a":1}`, `{"b":2}`, `{"c":"中文"}`}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("bodies = %q, want %q", got, want)
	}
	if framing != 2 {
		t.Errorf("framing errors = %d, want 2", framing)
	}
}

func TestReadTruncatedBodyIsEOF(t *testing.T) {
	c := NewConn(strings.NewReader("Content-Length: 50\r\n\r\n{\"a\""), io.Discard)
	if _, err := c.ReadBody(); !errors.Is(err, io.EOF) {
		t.Errorf("err = %v, want EOF", err)
	}
}

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		body string
		code int
		id   string
	}{
		{`{"jsonrpc":"2.0","id":1,"method":"x"}`, 0, "1"},
		{`{"jsonrpc":"2.0","method":"note"}`, 0, ""},
		{`{bad json`, CodeParseError, ""},
		{`[1,2]`, CodeInvalidRequest, ""},
		{`{"jsonrpc":"1.0","id":7,"method":"x"}`, CodeInvalidRequest, "7"},
		{`{"jsonrpc":"2.0","id":8}`, 0, "8"}, // a response
		{`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}`, 0, "null"},
		{`{"jsonrpc":"2.0","id":null,"method":"x"}`, CodeInvalidRequest, ""},
		{`{"jsonrpc":"2.0"}`, CodeInvalidRequest, ""},
		{`{"jsonrpc":"2.0","id":{"x":1},"method":"x"}`, CodeInvalidRequest, ""},
	} {
		m, e := Decode([]byte(c.body))
		code := 0
		if e != nil {
			code = e.Code
		}
		if code != c.code {
			t.Errorf("%s: code %d, want %d", c.body, code, c.code)
		}
		if m != nil && string(m.ID) != c.id {
			t.Errorf("%s: id %s, want %s", c.body, m.ID, c.id)
		}
	}
}

func TestWriteFramesAndReplies(t *testing.T) {
	var buf bytes.Buffer
	c := NewConn(strings.NewReader(""), &buf)
	if err := c.Reply([]byte("3"), nil); err != nil {
		t.Fatal(err)
	}
	if err := c.ReplyError(nil, Errorf(CodeParseError, "bad")); err != nil {
		t.Fatal(err)
	}
	r := NewConn(&buf, io.Discard)
	b1, _ := r.ReadBody()
	b2, _ := r.ReadBody()
	if string(b1) != `{"jsonrpc":"2.0","id":3,"result":null}` {
		t.Errorf("reply = %s", b1)
	}
	if string(b2) != `{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}}` {
		t.Errorf("error reply = %s", b2)
	}
}
