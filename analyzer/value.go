package analyzer

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/util"
)

// toValue converts v to the OPA value that ast.InterfaceToValue gives for
// it, which for structs marshals v to JSON and parses it back. toValue walks
// v directly instead, following encoding/json's rules (json tags,
// omitempty, nil slices and maps as null); values it does not handle itself
// (custom marshalers, embedded structs, floats, byte slices, invalid UTF-8)
// still go through ast.InterfaceToValue.
func toValue(v any) (ast.Value, error) {
	return valueOf(reflect.ValueOf(v))
}

var (
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
)

func valueOf(rv reflect.Value) (ast.Value, error) {
	if !rv.IsValid() {
		return ast.Null{}, nil
	}
	t := rv.Type()
	switch marshalerOf(t) {
	case byPointer:
		if rv.CanAddr() {
			return slowValue(rv.Addr())
		}
	case byValue:
		return slowValue(rv)
	}
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return ast.Null{}, nil
		}
		return valueOf(rv.Elem())
	case reflect.String:
		if s := rv.String(); utf8.ValidString(s) {
			return ast.InternedValue(s), nil
		}
	case reflect.Bool:
		return ast.InternedValue(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if i := rv.Int(); i >= -1 && i <= 512 {
			return ast.InternedValue(int(i)), nil // small numbers are interned
		}
		return ast.Number(strconv.FormatInt(rv.Int(), 10)), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ast.Number(strconv.FormatUint(rv.Uint(), 10)), nil
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return ast.Null{}, nil
		}
		if t.Elem().Kind() != reflect.Uint8 {
			return arrayOf(rv)
		}
	case reflect.Map:
		if rv.IsNil() {
			return ast.Null{}, nil
		}
		if t.Key().Kind() == reflect.String && !t.Key().Implements(textMarshaler) {
			return mapOf(rv)
		}
	case reflect.Struct:
		if fs, ok := structFields(t); ok {
			return structOf(rv, fs)
		}
	}
	return slowValue(rv)
}

// How a type marshals itself to JSON, if it does.
const (
	noMarshaler = iota + 1
	byValue     // the type implements json.Marshaler or encoding.TextMarshaler
	byPointer   // only its pointer does
)

var marshalers sync.Map // reflect.Type → int

func marshalerOf(t reflect.Type) int {
	if m, ok := marshalers.Load(t); ok {
		return m.(int)
	}
	m := noMarshaler
	switch pt := reflect.PointerTo(t); {
	case t.Implements(jsonMarshaler) || t.Implements(textMarshaler):
		m = byValue
	case pt.Implements(jsonMarshaler) || pt.Implements(textMarshaler):
		m = byPointer
	}
	marshalers.Store(t, m)
	return m
}

func slowValue(rv reflect.Value) (ast.Value, error) {
	return ast.InterfaceToValue(rv.Interface())
}

func arrayOf(rv reflect.Value) (ast.Value, error) {
	terms := util.NewPtrSlice[ast.Term](rv.Len())
	for i, t := range terms {
		v, err := valueOf(rv.Index(i))
		if err != nil {
			return nil, err
		}
		t.Value = v
	}
	return ast.NewArray(terms...), nil
}

func mapOf(rv reflect.Value) (ast.Value, error) {
	terms := util.NewPtrSlice[ast.Term](2 * rv.Len())
	pairs := make([][2]*ast.Term, 0, rv.Len())
	for it := rv.MapRange(); it.Next(); {
		v, err := valueOf(it.Value())
		if err != nil {
			return nil, err
		}
		k := it.Key().String()
		if !utf8.ValidString(k) {
			return slowValue(rv)
		}
		kt, vt := terms[2*len(pairs)], terms[2*len(pairs)+1]
		kt.Value, vt.Value = ast.String(k), v
		pairs = append(pairs, [2]*ast.Term{kt, vt})
	}
	return ast.NewObject(pairs...), nil
}

// field is an exported struct field as encoding/json sees it.
type field struct {
	index     int
	name      string
	key       *ast.Term // name as a term, shared by every object built
	omitEmpty bool
}

var fieldCache sync.Map // reflect.Type → []field, or nil when not handled

// structFields returns t's JSON fields, or false when t needs
// encoding/json itself (embedded fields, the ",string" option).
func structFields(t reflect.Type) ([]field, bool) {
	if c, ok := fieldCache.Load(t); ok {
		fs, _ := c.([]field)
		return fs, fs != nil
	}
	fs := []field{}
	seen := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		tag, hasTag := f.Tag.Lookup("json")
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous || strings.Contains(","+opts+",", ",string,") {
			fs = nil
			break
		}
		if !f.IsExported() || tag == "-" {
			continue
		}
		if !hasTag || name == "" {
			name = f.Name
		}
		if seen[name] { // encoding/json's rules for clashing names apply
			fs = nil
			break
		}
		seen[name] = true
		fs = append(fs, field{index: i, name: name, key: ast.StringTerm(name), omitEmpty: strings.Contains(","+opts+",", ",omitempty,")})
	}
	fieldCache.Store(t, fs)
	return fs, fs != nil
}

func structOf(rv reflect.Value, fs []field) (ast.Value, error) {
	terms := util.NewPtrSlice[ast.Term](len(fs))
	pairs := make([][2]*ast.Term, 0, len(fs))
	for _, f := range fs {
		fv := rv.Field(f.index)
		if f.omitEmpty && isEmpty(fv) {
			continue
		}
		v, err := valueOf(fv)
		if err != nil {
			return nil, err
		}
		t := terms[len(pairs)]
		t.Value = v
		pairs = append(pairs, [2]*ast.Term{f.key, t})
	}
	return ast.NewObject(pairs...), nil
}

// isEmpty is encoding/json's test for omitempty.
func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
