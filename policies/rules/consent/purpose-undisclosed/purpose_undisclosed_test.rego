package pplint.rules.consent["purpose-undisclosed_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.consent["purpose-undisclosed"] as rule

_collect(i, cats, sens) := object.union(t.claim_at("collect", "", i, {"verb": t.attr("收集", i)}), {"categories": cats, "sensitive": sens})

_purpose(i, kind) := t.claim_at("purpose", kind, i, {"purpose": t.attr("用于", i)})

_sentences := [
	t.sentence(0, 0, "", "heading"),
	t.sentence(1, 1, "一、收集", "heading"),
	t.sentence(2, 2, "一、收集", "paragraph"),
	t.sentence(3, 2, "一、收集", "paragraph"),
	t.sentence(4, 4, "二、刷脸入馆", "heading"),
	t.sentence(5, 5, "二、刷脸入馆", "paragraph"),
	t.sentence(6, 6, "一、收集", "paragraph"),
]

_run(claims) := r if {
	r := rule.report with input as t.doc("privacy_notice", true, _sentences, claims)
}

test_fail_no_purpose_anywhere if {
	r := _run([_collect(2, ["device"], [])])
	count(r) == 1
	some f in r
	f.rule_id == "purpose-undisclosed"
	f.level == "error"
	f.location == t.line_span(2, 1, 20)
}

test_fail_sensitive_category_without_purpose if {
	r := _run([_collect(2, ["phone"], []), _purpose(2, "specific"), _collect(5, ["face"], ["face"])])
	count(r) == 1
	some f in r
	f.level == "error"
	f.location.start.line == 6
	contains(f.message.zh, "人脸信息")
}

test_fail_sensitive_category_with_vague_purpose_is_warning if {
	r := _run([_collect(2, ["phone"], []), _purpose(2, "specific"), _collect(5, ["health"], ["health"]), _purpose(5, "vague")])
	{f.level | some f in r} == {"warning"}
}

test_fail_only_vague_purposes if {
	r := _run([_collect(2, ["phone"], []), _purpose(2, "vague")])
	count(r) == 1
}

test_success_purpose_in_same_sentence if {
	r := _run([_collect(2, ["face"], ["face"]), _purpose(2, "specific")])
	count(r) == 0
}

test_success_purpose_in_same_item if {
	r := _run([_collect(3, ["face"], ["face"]), _purpose(2, "specific")])
	count(r) == 0
}

test_success_purpose_on_heading if {
	r := _run([_collect(5, ["face"], ["face"]), _purpose(4, "specific")])
	count(r) == 0
}

test_success_negated_collection if {
	r := _run([object.union(_collect(2, ["contacts"], []), {"negated": true})])
	count(r) == 0
}

test_success_not_a_privacy_notice if {
	r := rule.report with input as t.doc("user_agreement", true, _sentences, [_collect(2, ["device"], [])])
	count(r) == 0
}

test_fail_own_vague_purpose_not_rescued_by_section if {
	r := _run([_collect(6, ["face"], ["face"]), _purpose(6, "vague"), _purpose(2, "specific")])
	count(r) == 1
}

test_success_purpose_elsewhere_in_section if {
	r := _run([_collect(6, ["location"], ["location"]), _purpose(2, "specific")])
	count(r) == 0
}
