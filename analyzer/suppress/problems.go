package suppress

import (
	"fmt"
	"unicode/utf8"

	"github.com/pplint/pplint/analyzer/report"
)

// problem kinds of a directive.
const (
	problemNoReason         = "no-reason"
	problemUnused           = "unused"
	problemUnknownRule      = "unknown-rule"
	problemUnknownDirective = "unknown-directive"
	problemNothingToEnable  = "nothing-to-enable"
)

// message returns the text of a problem; arg names rules or a directive.
func message(problem, arg string) report.Text {
	switch problem {
	case problemNoReason:
		return report.Text{Zh: "抑制注释缺少理由：请在规则编号后写“-- 理由”。",
			En: "suppression without a reason: add \"-- reason\" after the rule ids."}
	case problemUnused:
		zh, en := arg, arg
		if arg == "" {
			zh, en = "所有规则", "all rules"
		}
		return report.Text{Zh: fmt.Sprintf("抑制注释没有抑制任何问题（%s）：请删除或更新。", zh),
			En: fmt.Sprintf("suppression suppresses nothing (%s): remove or update it.", en)}
	case problemUnknownRule:
		return report.Text{Zh: fmt.Sprintf("抑制注释中的规则编号未知：%s。", arg),
			En: fmt.Sprintf("unknown rule id in suppression: %s.", arg)}
	case problemUnknownDirective:
		return report.Text{Zh: fmt.Sprintf("未知的指令“pplint-%s”：应为 disable-next-line、disable-line、disable 或 enable。", arg),
			En: fmt.Sprintf("unknown directive \"pplint-%s\": want disable-next-line, disable-line, disable or enable.", arg)}
	}
	return report.Text{Zh: "pplint-enable 没有对应的 pplint-disable。",
		En: "pplint-enable without a matching pplint-disable."}
}

// report records a finding about directive d.
func (s *state) report(d *directive, problem, arg string) {
	src := s.doc.Source
	start, end := s.doc.Position(d.start), s.doc.Position(d.end)
	f := report.Finding{
		RuleID:  RuleID,
		Level:   Rule.Severity,
		Message: message(problem, arg),
		Location: report.Location{Path: s.doc.Path, StartLine: start.Line, StartCol: start.Col,
			EndLine: end.Line, EndCol: end.Col, Offset: d.start, EndOffset: d.end,
			CharOffset: utf8.RuneCount(src[:d.start]), CharLength: utf8.RuneCount(src[d.start:d.end])},
		Snippet: string(src[d.start:d.end]),
	}
	// The problem and its argument are part of the content: a directive
	// with two problems gets two fingerprints.
	f.Fingerprint = report.ContentFingerprint(RuleID, s.doc.Path, problem+" "+arg, d.text)
	s.meta = append(s.meta, f)
}
