package jsonrpc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// MaxBody is the largest message body a Conn accepts.
const MaxBody = 64 << 20

// ErrFraming is wrapped by the errors of a message whose header could not
// be read; the Conn has skipped to the next header and can read on.
var ErrFraming = errors.New("malformed message header")

// Conn reads and writes framed messages. Reads must come from one
// goroutine; writes may come from any.
type Conn struct {
	r *bufio.Reader
	// resync is set after a malformed header: the next read first skips
	// to a line that starts a header.
	resync bool
	// pending is a header line read while skipping a bad message; it
	// starts the next header.
	pending string
	wmu     sync.Mutex
	w       io.Writer
	nextID  int
}

// NewConn returns a Conn reading from r and writing to w.
func NewConn(r io.Reader, w io.Writer) *Conn {
	return &Conn{r: bufio.NewReader(r), w: w}
}

// ReadBody reads the next message body. At the end of the input it returns
// io.EOF. A malformed header returns an error wrapping ErrFraming at once;
// the next call skips to the line that starts the next header.
func (c *Conn) ReadBody() ([]byte, error) {
	if c.resync {
		c.resync = false
		c.skip()
	}
	length, err := c.readHeader()
	if err != nil {
		return nil, err
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(c.r, body); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("read message body: %w", err)
	}
	return body, nil
}

// readHeader reads header lines up to the blank line and returns the
// Content-Length.
func (c *Conn) readHeader() (int, error) {
	length, lines := -1, 0
	var bad string
	for {
		line, err := c.line()
		if err != nil {
			return 0, err
		}
		if line == "" {
			if lines == 0 {
				continue // stray blank line between messages
			}
			break
		}
		lines++
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			bad = fmt.Sprintf("header line %q has no colon", clip(line))
			continue
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			switch {
			case err != nil || n < 0:
				bad = fmt.Sprintf("Content-Length %q is not a length", clip(value))
			case n > MaxBody:
				bad = fmt.Sprintf("Content-Length %d is over the limit of %d bytes", n, MaxBody)
			default:
				length = n
			}
		}
	}
	if bad == "" && length < 0 {
		bad = "no Content-Length"
	}
	if bad != "" {
		c.resync = true
		return 0, fmt.Errorf("%w: %s", ErrFraming, bad)
	}
	return length, nil
}

// skip discards input up to the next line that starts a header.
func (c *Conn) skip() {
	for {
		line, err := c.line()
		if err != nil {
			return
		}
		if name, _, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			c.pending = line
			return
		}
	}
}

// line returns the next header line without its line ending.
func (c *Conn) line() (string, error) {
	if c.pending != "" {
		l := c.pending
		c.pending = ""
		return l, nil
	}
	s, err := c.r.ReadString('\n')
	if err != nil && (err != io.EOF || s == "") {
		return "", err
	}
	return strings.TrimRight(s, "\r\n"), nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// Write sends one message.
func (c *Conn) Write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "Content-Length: %d\r\n\r\n", len(body))
	buf.Write(body)
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if _, err := c.w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write message: %w", err)
	}
	return nil
}

// response is a JSON-RPC response; Result is always present on success.
type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *Error          `json:"error,omitempty"`
}

// Reply answers the request with id with result (nil is JSON null).
func (c *Conn) Reply(id json.RawMessage, result any) error {
	b, err := json.Marshal(result)
	if err != nil {
		return c.ReplyError(id, Errorf(CodeInternalError, "encode result: %v", err))
	}
	return c.Write(response{JSONRPC: "2.0", ID: id, Result: b})
}

// ReplyError answers the request with id (null when unknown) with an error.
func (c *Conn) ReplyError(id json.RawMessage, e *Error) error {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	return c.Write(response{JSONRPC: "2.0", ID: id, Error: e})
}

// Notify sends a notification.
func (c *Conn) Notify(method string, params any) error {
	return c.Write(struct {
		JSONRPC string `json:"jsonrpc"`
		Method  string `json:"method"`
		Params  any    `json:"params"`
	}{"2.0", method, params})
}

// Call sends a request to the other side and returns its id; the response
// arrives as a message for which IsResponse is true.
func (c *Conn) Call(method string, params any) (string, error) {
	c.wmu.Lock()
	c.nextID++
	id := "pplint-" + strconv.Itoa(c.nextID)
	c.wmu.Unlock()
	return id, c.Write(struct {
		JSONRPC string `json:"jsonrpc"`
		ID      string `json:"id"`
		Method  string `json:"method"`
		Params  any    `json:"params"`
	}{"2.0", id, method, params})
}
