package output

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// unsetKeys are the integer properties that go-sarif always writes, with
// SARIF's "unset" value -1 when they do not apply (artifact parentIndex and
// length, artifactLocation index, location id, reportingConfiguration
// rank). The SARIF
// validator flags such values (SARIF2004), so they are dropped.
var unsetKeys = map[string]bool{"index": true, "parentIndex": true, "length": true, "rank": true, "id": true}

// compact rewrites a SARIF log built by go-sarif without the properties
// that hold -1 in unsetKeys, indented and without HTML escaping.
func compact(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, fmt.Errorf("compact sarif: %w", err)
	}
	dropUnset(v)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("compact sarif: %w", err)
	}
	return buf.Bytes(), nil
}

func dropUnset(v any) {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if n, ok := val.(json.Number); ok && n == "-1" && unsetKeys[k] {
				delete(x, k)
				continue
			}
			dropUnset(val)
		}
	case []any:
		for _, e := range x {
			dropUnset(e)
		}
	}
}
