package pplint.rules.rights["retention-undisclosed_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["retention-undisclosed"] as rule

test_fail_no_period if {
	r := rule.report with input as t.notice_with([])
	count(r) == 1
	some f in r
	f.rule_id == "retention-undisclosed"
	f.level == "warning"
	f.location == t.span(1, 5)
	contains(f.message.zh, "保存期限")
	f.message.en != ""
}

test_fail_points_at_storage_section if {
	r := rule.report with input as t.notice_with([t.heading("retention", 2, 12)])
	{f.location | some f in r} == {t.span(2, 12)}
}

test_fail_only_negated_permanent_storage if {
	c := object.union(t.claim("retention", "unlimited", {"unlimited": t.cue("永久", 5, 7, true)}), {"negated": true})
	r := rule.report with input as t.notice_with([c])
	count(r) == 1
}

test_success_bounded_period if {
	r := rule.report with input as t.notice_with([t.claim("retention", "bounded", {"period": t.cue("最短期限", 9, 13, false)})])
	count(r) == 0
}

test_success_authorization_letter if {
	r := rule.report with input as t.document_with("authorization", true, [])
	count(r) == 0
}

test_success_open_source_licence if {
	r := rule.report with input as t.document_with("other", false, [])
	count(r) == 0
}

test_fail_skips_table_of_contents if {
	toc := object.union(t.heading("retention", 2, 8), {"sentence": 1})
	section := object.union(t.heading("retention", 3, 9), {"sentence": 4})
	doc := object.union(t.notice_with([toc, section]), {"sentences": [
		{"kind": "heading"}, {"kind": "heading"}, {"kind": "heading"},
		{"kind": "paragraph"}, {"kind": "heading"}, {"kind": "paragraph"},
	]})
	r := rule.report with input as doc
	{f.location | some f in r} == {t.span(3, 9)}
}
