package segment

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names accepted by LoadOptions.Encoding (and --encoding).
var encodingNames = map[string]string{
	"utf-8": "utf-8", "utf8": "utf-8",
	"utf-16le": "utf-16le", "utf16le": "utf-16le",
	"utf-16be": "utf-16be", "utf16be": "utf-16be",
	"utf-16": "utf-16", "utf16": "utf-16",
	"gb18030": "gb18030", "gbk": "gbk", "gb2312": "gbk", "cp936": "gbk",
}

// Errors for input that is not text.
var (
	ErrBinary      = errors.New("binary file (contains NUL bytes), not text")
	ErrNotText     = errors.New("not valid UTF-8 or GB18030 text")
	errBOMMismatch = errors.New("byte-order mark does not match --encoding")
)

// CheckEncoding reports whether name is an encoding Load understands; an
// empty name (detect) is valid.
func CheckEncoding(name string) error {
	if name == "" {
		return nil
	}
	if _, ok := encodingNames[strings.ToLower(name)]; !ok {
		return fmt.Errorf("unknown encoding %q: want utf-8, utf-16le, utf-16be, gb18030 or gbk", name)
	}
	return nil
}

var (
	bomUTF8    = []byte("\xef\xbb\xbf")
	bomUTF16LE = []byte("\xff\xfe")
	bomUTF16BE = []byte("\xfe\xff")
)

// Decode returns data as UTF-8 text without a byte-order mark, and the name
// of the encoding it was read in. With name empty the encoding is detected:
// a byte-order mark (UTF-8, UTF-16 LE/BE) wins; NUL bytes mean a binary
// file; valid UTF-8 is UTF-8; anything else must decode cleanly as GB18030
// (which includes GBK and GB2312) or it is an error. A named encoding is
// used as given, but invalid bytes in it are still an error.
func Decode(data []byte, name string) ([]byte, string, error) {
	if name == "" {
		return detect(data)
	}
	canon, ok := encodingNames[strings.ToLower(name)]
	if !ok {
		return nil, "", CheckEncoding(name)
	}
	switch canon {
	case "utf-8":
		return decodeUTF8(data)
	case "utf-16le", "utf-16be", "utf-16":
		return decodeUTF16(data, canon)
	}
	src, err := decodeGB(data, canon)
	return src, canon, err
}

func detect(data []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		return decodeUTF8(data)
	case bytes.HasPrefix(data, bomUTF16LE):
		return decodeUTF16(data, "utf-16le")
	case bytes.HasPrefix(data, bomUTF16BE):
		return decodeUTF16(data, "utf-16be")
	case bytes.IndexByte(data, 0) >= 0:
		return nil, "", ErrBinary
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return nil, "", errors.New("binary file (PDF), not text; convert it to text, HTML or .docx first")
	case utf8.Valid(data):
		return checkControls(data, "utf-8")
	}
	// GBK text is nearly all invalid as UTF-8; text that is mostly valid
	// multi-byte UTF-8 is broken UTF-8, however it might decode as GB18030.
	if multi, bad, at := utf8Stats(data); multi >= bad {
		return nil, "", fmt.Errorf("%w (UTF-8 with an invalid byte at %s)", ErrNotText, at)
	}
	src, err := decodeGB(data, "gb18030")
	if err != nil {
		_, _, at := utf8Stats(data)
		return nil, "", fmt.Errorf("%w (invalid UTF-8 at %s)", ErrNotText, at)
	}
	return checkControls(src, "gb18030")
}

// checkControls rejects decoded text in which more than one character in
// twenty is a control character other than white space: a binary file.
func checkControls(src []byte, name string) ([]byte, string, error) {
	runes, controls := 0, 0
	for _, r := range string(src) {
		runes++
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' && r != 0x1b) || r == 0x7f {
			controls++
		}
	}
	if controls*20 > runes {
		return nil, "", errors.New("binary file (control characters), not text")
	}
	return src, name, nil
}

func decodeUTF8(data []byte) ([]byte, string, error) {
	data = bytes.TrimPrefix(data, bomUTF8)
	if !utf8.Valid(data) {
		return nil, "", errors.New("not valid UTF-8 text")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, "", ErrBinary
	}
	return checkControls(data, "utf-8")
}

// decodeUTF16 decodes UTF-16 in the named byte order; a byte-order mark,
// when present, must agree with it ("utf-16" follows the mark, big-endian
// without one).
func decodeUTF16(data []byte, name string) ([]byte, string, error) {
	order := unicode.BigEndian
	switch {
	case name == "utf-16le", name == "utf-16" && bytes.HasPrefix(data, bomUTF16LE):
		order, name = unicode.LittleEndian, "utf-16le"
	case name == "utf-16":
		name = "utf-16be"
	}
	if (order == unicode.LittleEndian && bytes.HasPrefix(data, bomUTF16BE)) ||
		(order == unicode.BigEndian && bytes.HasPrefix(data, bomUTF16LE)) {
		return nil, "", errBOMMismatch
	}
	if len(data)%2 != 0 {
		return nil, "", fmt.Errorf("not valid %s text: odd number of bytes", strings.ToUpper(name))
	}
	enc := unicode.UTF16(order, unicode.UseBOM)
	// An unpaired surrogate decodes to U+FFFD: count the ones the source
	// really holds to tell them apart.
	real := 0
	for i := 0; i+1 < len(data); i += 2 {
		if (order == unicode.LittleEndian && data[i] == 0xfd && data[i+1] == 0xff) ||
			(order == unicode.BigEndian && data[i] == 0xff && data[i+1] == 0xfd) {
			real++
		}
	}
	src, err := decodeClean(enc, data, real)
	if err != nil {
		return nil, "", fmt.Errorf("not valid %s text: %w", strings.ToUpper(name), err)
	}
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, "", ErrBinary
	}
	return checkControls(src, name)
}

// gbReplacement is U+FFFD encoded in GB18030.
var gbReplacement = []byte("\x84\x31\xa4\x37")

func decodeGB(data []byte, name string) ([]byte, error) {
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, ErrBinary
	}
	enc := simplifiedchinese.GB18030
	if name == "gbk" {
		enc = simplifiedchinese.GBK
	}
	src, err := decodeClean(enc, data, bytes.Count(data, gbReplacement))
	if err != nil {
		return nil, fmt.Errorf("not valid %s text: %w", strings.ToUpper(name), err)
	}
	return src, nil
}

// decodeClean decodes data and fails when the decoder had to replace an
// invalid sequence, that is when the output holds more U+FFFD than the
// input encoded.
func decodeClean(enc encoding.Encoding, data []byte, real int) ([]byte, error) {
	src, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, err
	}
	if n := bytes.Count(src, []byte("\ufffd")); n > real {
		i := bytes.Index(src, []byte("\ufffd"))
		p := newLineIndex(src).pos(src, i)
		return nil, fmt.Errorf("invalid byte sequence at line %d, column %d", p.Line, p.Col)
	}
	return src, nil
}

// utf8Stats counts the valid multi-byte UTF-8 sequences and the invalid
// bytes of data, and says where the first invalid byte is.
func utf8Stats(data []byte) (multi, bad int, at string) {
	first := -1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
			if first < 0 {
				first = i
			}
		case n > 1:
			multi++
		}
		i += n
	}
	if first < 0 {
		return multi, bad, ""
	}
	p := newLineIndex(data).pos(data, first)
	return multi, bad, fmt.Sprintf("line %d, column %d", p.Line, p.Col)
}
