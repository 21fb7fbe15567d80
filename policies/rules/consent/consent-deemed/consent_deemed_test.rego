package pplint.rules.consent["consent-deemed_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.consent["consent-deemed"] as rule

_deemed(attrs) := t.claim_at("consent", "deemed", 1, object.union({"cue": t.attr("即视为", 1)}, attrs))

_run(pi, claims) := r if {
	r := rule.report with input as t.doc("privacy_notice", pi, t.paragraphs(3, ""), claims)
}

test_fail_continued_use if {
	r := _run(true, [_deemed({"passive": t.attr("继续使用", 1)})])
	count(r) == 1
	some f in r
	f.rule_id == "consent-deemed"
	f.level == "warning"
	f.location == t.line_span(2, 2, 4)
	contains(f.message.zh, "继续使用")
}

test_fail_silence if {
	r := _run(true, [_deemed({"passive": t.attr("未提出异议", 1)})])
	count(r) == 1
}

test_success_affirmative_act if {
	r := _run(true, [_deemed({"affirmative": t.attr("点击", 1)})])
	count(r) == 0
}

test_success_about_policy_change if {
	change := t.claim_at("policy_change", "", 1, {"deemed_acceptance": t.attr("即视为", 1)})
	r := _run(true, [_deemed({"passive": t.attr("继续使用", 1)}), change])
	count(r) == 0
}

test_fail_terms_in_a_document_with_processing_terms if {
	r := _run(true, [_deemed({"passive": t.attr("访问", 1), "terms": t.attr("服务条款", 1)})])
	count(r) == 1
}

test_success_terms_without_processing if {
	r := _run(false, [_deemed({"passive": t.attr("访问", 1), "terms": t.attr("服务条款", 1)})])
	count(r) == 0
}

test_success_negated if {
	r := _run(true, [object.union(_deemed({"passive": t.attr("继续使用", 1)}), {"negated": true})])
	count(r) == 0
}

test_success_contributor_licence if {
	r := _run(false, [_deemed({"passive": t.attr("提交", 1)})])
	count(r) == 0
}

test_fail_terms_that_incorporate_the_privacy_notice if {
	inc := t.claim_at("consent", "incorporation", 2, {"cue": t.attr("隐私政策是本协议的组成部分", 2)})
	r := _run(false, [_deemed({"passive": t.attr("使用", 1), "terms": t.attr("协议", 1)}), inc])
	count(r) == 1
}
