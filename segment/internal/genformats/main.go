// Command genformats writes the binary members of fixtures/formats from
// their sources: authorization.docx, and authorization.txt re-encoded as
// UTF-8 with a byte-order mark, GB18030, UTF-16LE and UTF-16BE (both with a
// byte-order mark). Run it from the repository root:
//
//	go run ./segment/internal/genformats
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/pplint/pplint/segment/internal/docxgen"
)

const dir = "fixtures/formats"

// clause is the bad clause every member of the set holds.
const clause = "本人不可撤销地授权贵公司永久保存本人的人脸信息，并可转授权给第三方。"

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "genformats:", err)
		os.Exit(1)
	}
}

func run() error {
	docx, err := docxgen.Build([]docxgen.Para{
		{Text: "人脸识别服务授权书", Style: "a3"},
		{},
		{Text: "一、授权内容", Style: "1"},
		{Text: "本授权书适用于刷脸登录功能。"},
		{Text: clause},
		{Text: "本人已阅读并理解上述内容。", List: true},
		{Text: "签署日期：2024年1月1日", Cell: true},
	})
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "authorization.docx"), docx, 0o644); err != nil {
		return err
	}
	txt, err := os.ReadFile(filepath.Join(dir, "authorization.txt"))
	if err != nil {
		return err
	}
	for name, enc := range map[string]encoding.Encoding{
		"authorization-utf8bom.txt": unicode.UTF8BOM,
		"authorization-gb18030.txt": simplifiedchinese.GB18030,
		"authorization-utf16le.txt": unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
		"authorization-utf16be.txt": unicode.UTF16(unicode.BigEndian, unicode.UseBOM),
	} {
		b, err := enc.NewEncoder().Bytes(txt)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
