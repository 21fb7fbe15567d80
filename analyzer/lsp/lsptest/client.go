// Package lsptest is a scripted language-server client for tests: it sends
// requests and notifications, answers the server's own requests, and waits
// for published diagnostics.
package lsptest

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"sync"
	"time"

	protocol "github.com/tliron/glsp/protocol_3_16"

	"github.com/pplint/pplint/analyzer/lsp/jsonrpc"
)

// Timeout bounds every wait of a Client.
var Timeout = 30 * time.Second

// Client talks to a server over a pair of streams.
type Client struct {
	conn *jsonrpc.Conn
	raw  io.Writer

	mu      sync.Mutex
	cond    *sync.Cond
	nextID  int
	replies map[string]*jsonrpc.Message
	inbox   []*jsonrpc.Message // notifications and server requests, in order
	closed  bool
}

// New starts a client reading the server's output from r and writing to w.
func New(r io.Reader, w io.Writer) *Client {
	c := &Client{conn: jsonrpc.NewConn(r, w), raw: w, replies: map[string]*jsonrpc.Message{}}
	c.cond = sync.NewCond(&c.mu)
	go c.read()
	return c
}

func (c *Client) read() {
	for {
		body, err := c.conn.ReadBody()
		if err != nil {
			c.mu.Lock()
			c.closed = true
			c.cond.Broadcast()
			c.mu.Unlock()
			return
		}
		m, e := jsonrpc.Decode(body)
		if e != nil {
			continue
		}
		if m.IsRequest() { // registerCapability, showDocument: accept
			_ = c.conn.Reply(m.ID, nil)
		}
		c.mu.Lock()
		if m.IsResponse() || m.Method == "" {
			c.replies[string(m.ID)] = m
		} else {
			c.inbox = append(c.inbox, m)
		}
		c.cond.Broadcast()
		c.mu.Unlock()
	}
}

// wait blocks until ok holds (with c.mu held) or the timeout passes.
func (c *Client) wait(ok func() bool) bool {
	deadline := time.Now().Add(Timeout)
	t := time.AfterFunc(Timeout, func() { c.mu.Lock(); c.cond.Broadcast(); c.mu.Unlock() })
	defer t.Stop()
	for !ok() {
		if c.closed || time.Now().After(deadline) {
			return ok()
		}
		c.cond.Wait()
	}
	return true
}

// Call sends a request and decodes its result into result (may be nil).
// A JSON-RPC error is returned as *jsonrpc.Error.
func (c *Client) Call(method string, params, result any) error {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	c.mu.Unlock()
	msg := map[string]any{"jsonrpc": "2.0", "id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if err := c.conn.Write(msg); err != nil {
		return err
	}
	return c.Await(strconv.Itoa(id), result)
}

// Await waits for the response with the given raw JSON id ("7", `"x"`,
// "null") and decodes it.
func (c *Client) Await(id string, result any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.wait(func() bool { return c.replies[id] != nil }) {
		return fmt.Errorf("no response to request %s within %v", id, Timeout)
	}
	m := c.replies[id]
	delete(c.replies, id)
	if m.Error != nil {
		return m.Error
	}
	if result == nil || len(m.Result) == 0 {
		return nil
	}
	return json.Unmarshal(m.Result, result)
}

// Notify sends a notification.
func (c *Client) Notify(method string, params any) error { return c.conn.Notify(method, params) }

// WriteRaw writes bytes as they are, for malformed messages.
func (c *Client) WriteRaw(b []byte) error {
	_, err := c.raw.Write(b)
	return err
}

// Next waits for the first message of the inbox whose method is method and
// for which match (may be nil) holds, and removes it from the inbox.
func (c *Client) Next(method string, match func(*jsonrpc.Message) bool) (*jsonrpc.Message, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	var found *jsonrpc.Message
	ok := c.wait(func() bool {
		for i, m := range c.inbox {
			if m.Method == method && (match == nil || match(m)) {
				found = m
				c.inbox = append(c.inbox[:i:i], c.inbox[i+1:]...)
				return true
			}
		}
		return false
	})
	if !ok {
		return nil, fmt.Errorf("no %s within %v", method, Timeout)
	}
	return found, nil
}

// Drain removes every message of method from the inbox.
func (c *Client) Drain(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	rest := c.inbox[:0:0]
	for _, m := range c.inbox {
		if m.Method != method {
			rest = append(rest, m)
		}
	}
	c.inbox = rest
}

// Diagnostic is a published diagnostic as a client reads it (pplint's
// codes are strings).
type Diagnostic struct {
	Range           protocol.Range `json:"range"`
	Severity        int            `json:"severity"`
	Code            string         `json:"code"`
	CodeDescription *struct {
		Href string `json:"href"`
	} `json:"codeDescription"`
	Source  string          `json:"source"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data"`
}

// Diagnostics waits for the next diagnostics published for uri that
// accept (may be nil) takes.
func (c *Client) Diagnostics(uri string, accept func([]Diagnostic) bool) ([]Diagnostic, error) {
	var diags []Diagnostic
	_, err := c.Next("textDocument/publishDiagnostics", func(m *jsonrpc.Message) bool {
		var p struct {
			URI         string       `json:"uri"`
			Diagnostics []Diagnostic `json:"diagnostics"`
		}
		if json.Unmarshal(m.Params, &p) != nil || p.URI != uri {
			return false
		}
		if accept != nil && !accept(p.Diagnostics) {
			return false
		}
		diags = p.Diagnostics
		return true
	})
	if err != nil {
		return nil, fmt.Errorf("diagnostics for %s: %w", uri, err)
	}
	return diags, nil
}

// Count returns how many messages of method the inbox holds now.
func (c *Client) Count(method string, match func(*jsonrpc.Message) bool) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := 0
	for _, m := range c.inbox {
		if m.Method == method && (match == nil || match(m)) {
			n++
		}
	}
	return n
}
