// Package jsonrpc reads and writes JSON-RPC 2.0 messages in the framing of
// the Language Server Protocol's base protocol: a header with a
// Content-Length, a blank line, then that many bytes of JSON.
//
// Unlike a transport that gives up on the first bad message, a Conn reports
// a malformed header or body to its caller and reads on: a language server
// answers such a message with a JSON-RPC error and keeps serving.
package jsonrpc

import (
	"encoding/json"
	"fmt"
)

// Standard JSON-RPC and LSP error codes.
const (
	CodeParseError           = -32700
	CodeInvalidRequest       = -32600
	CodeMethodNotFound       = -32601
	CodeInvalidParams        = -32602
	CodeInternalError        = -32603
	CodeServerNotInitialized = -32002
	CodeRequestFailed        = -32803
)

// Message is any JSON-RPC message: a request (ID and Method), a
// notification (Method only) or a response (ID and Result or Error).
type Message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *Error          `json:"error,omitempty"`
}

// IsRequest reports whether m expects a response.
func (m *Message) IsRequest() bool { return m.Method != "" && len(m.ID) > 0 }

// IsNotification reports whether m is a notification.
func (m *Message) IsNotification() bool { return m.Method != "" && len(m.ID) == 0 }

// IsResponse reports whether m answers an earlier request.
func (m *Message) IsResponse() bool { return m.Method == "" && len(m.ID) > 0 }

// Error is a JSON-RPC error object.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// Error renders the error as "message (code N)".
func (e *Error) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// Errorf builds an Error with a formatted message.
func Errorf(code int, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Decode parses one message body. A body that is not JSON is a parse error;
// JSON that is not a JSON-RPC 2.0 message object is an invalid request. The
// message is returned with the error when its id could be read, so that the
// error can be answered to it.
func Decode(body []byte) (*Message, *Error) {
	var raw json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil {
		return nil, Errorf(CodeParseError, "parse error: %v", err)
	}
	var m Message
	if err := json.Unmarshal(body, &m); err != nil {
		return nil, Errorf(CodeInvalidRequest, "invalid request: not a JSON-RPC message object (%v)", err)
	}
	switch {
	case m.JSONRPC != "2.0":
		return &m, Errorf(CodeInvalidRequest, `invalid request: "jsonrpc" must be "2.0"`)
	case m.Method == "" && len(m.ID) == 0:
		return &m, Errorf(CodeInvalidRequest, `invalid request: no "method"`)
	case m.Method == "" && string(m.ID) == "null" && m.Error != nil:
		// an error answering a message whose id could not be read
	case len(m.ID) > 0 && !validID(m.ID):
		return nil, Errorf(CodeInvalidRequest, `invalid request: "id" must be a number or a string`)
	}
	return &m, nil
}

// validID reports whether id is a JSON number or string.
func validID(id json.RawMessage) bool {
	var v any
	if json.Unmarshal(id, &v) != nil {
		return false
	}
	switch v.(type) {
	case float64, string:
		return true
	}
	return false
}
