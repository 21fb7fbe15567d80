package pplint.rules.consent["sensitive-necessity-undisclosed_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.consent["sensitive-necessity-undisclosed"] as rule

_collect(i, cat) := object.union(t.claim_at("collect", "", i, {"verb": t.attr("收集", i)}), {"categories": [cat], "sensitive": [cat]})

_statement(i, kind, attrs, sens) := object.union(t.claim_at("necessity", kind, i, attrs), {"sensitive": sens})

_run(typ, claims) := r if {
	r := rule.report with input as t.doc(typ, true, t.paragraphs(6, "一、收集"), claims)
}

test_fail_no_necessity_or_impact if {
	r := _run("privacy_notice", [_collect(1, "face"), _collect(3, "health")])
	count(r) == 1
	some f in r
	f.rule_id == "sensitive-necessity-undisclosed"
	f.level == "warning"
	f.location.start.line == 2
	contains(f.message.zh, "人脸信息、医疗健康信息")
}

test_fail_statement_about_another_category if {
	r := _run("privacy_notice", [_collect(1, "health"), _statement(4, "necessity", {"necessity": t.attr("所必需", 4)}, ["face"])])
	count(r) == 1
}

test_success_statement_names_category if {
	r := _run("privacy_notice", [_collect(1, "face"), _statement(4, "impact", {"impact": t.attr("一旦泄露", 4)}, ["face"])])
	count(r) == 0
}

test_success_statement_about_sensitive_information if {
	attrs := {"impact": t.attr("一旦泄露", 4), "sensitive_ref": t.attr("敏感个人信息", 4)}
	r := _run("privacy_notice", [_collect(1, "location"), _statement(4, "impact", attrs, [])])
	count(r) == 0
}

test_success_statement_in_same_sentence if {
	r := _run("privacy_notice", [_collect(1, "biometric"), _statement(1, "necessity", {"necessity": t.attr("所必需", 1)}, [])])
	count(r) == 0
}

test_success_not_a_privacy_notice if {
	r := _run("authorization", [_collect(1, "face")])
	count(r) == 0
}

_verify(i, cat) := object.union(_collect(i, cat), {"attributes": {"verb": t.attr("验证", i)}})

_denial(i, cat) := object.union(_collect(i, cat), {"negated": true, "attributes": {"verb": t.attr("收集", i), "denial": t.attr("不收集", i)}})

test_success_device_verification_next_to_denial if {
	r := _run("privacy_notice", [_verify(1, "biometric"), _denial(2, "biometric")])
	count(r) == 0
}

test_fail_collection_next_to_denial if {
	r := _run("privacy_notice", [_collect(1, "biometric"), _denial(2, "biometric")])
	count(r) == 1
}

test_fail_verification_denial_elsewhere if {
	r := _run("privacy_notice", [_verify(1, "biometric"), _denial(5, "biometric")])
	count(r) == 1
}
