package pplint.rules.consent["sensitive-consent-missing_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.consent["sensitive-consent-missing"] as rule

_collect(i, cat) := object.union(t.claim_at("collect", "", i, {"verb": t.attr("收集", i)}), {"categories": [cat], "sensitive": [cat]})

_separate(i, cats) := object.union(t.claim_at("consent", "separate", i, {"cue": t.attr("单独同意", i)}), {"sensitive": cats})

_sentences := [
	t.sentence(0, 0, "一、收集", "heading"),
	t.sentence(1, 1, "一、收集", "list_item"),
	t.sentence(2, 2, "一、收集", "list_item"),
	t.sentence(3, 3, "二、共享", "heading"),
	t.sentence(4, 4, "二、共享", "paragraph"),
]

_run(typ, claims) := r if {
	r := rule.report with input as t.doc(typ, true, _sentences, claims)
}

test_fail_no_separate_consent if {
	r := _run("privacy_notice", [_collect(1, "face")])
	count(r) == 1
	some f in r
	f.rule_id == "sensitive-consent-missing"
	f.level == "error"
	f.location == t.line_span(2, 1, 20)
	contains(f.message.zh, "人脸信息")
	contains(f.message.en, "face information")
}

test_fail_one_finding_per_category if {
	r := _run("user_agreement", [_collect(1, "face"), _collect(2, "health")])
	{f.location.start.line | some f in r} == {2, 3}
}

test_fail_consent_for_another_category_in_section if {
	r := _run("privacy_notice", [_collect(1, "health"), _separate(2, ["face"])])
	count(r) == 1
}

test_fail_generic_promise_elsewhere_is_warning if {
	promise := object.union(_separate(4, []), {"attributes": {"cue": t.attr("单独同意", 4), "sensitive_ref": t.attr("敏感个人信息", 4)}})
	r := _run("privacy_notice", [_collect(1, "location"), promise])
	{f.level | some f in r} == {"warning"}
}

test_success_separate_consent_in_same_item if {
	r := _run("privacy_notice", [_collect(1, "face"), _separate(1, ["face"])])
	count(r) == 0
}

test_success_separate_consent_in_same_section if {
	r := _run("privacy_notice", [_collect(1, "biometric"), _separate(2, [])])
	count(r) == 0
}

_long_section := [t.sentence(i, i, "一、收集", "paragraph") | some i in numbers.range(0, 9)]

test_fail_generic_promise_far_away_in_section if {
	claims := [_collect(1, "face"), _separate(8, [])]
	r := rule.report with input as t.doc("privacy_notice", true, _long_section, claims)
	count(r) == 1
}

test_success_generic_promise_close_by if {
	claims := [_collect(1, "face"), _separate(3, [])]
	r := rule.report with input as t.doc("privacy_notice", true, _long_section, claims)
	count(r) == 0
}

test_success_promise_about_sensitive_information_in_section if {
	promise := object.union(_separate(8, []), {"attributes": {"cue": t.attr("单独同意", 8), "sensitive_ref": t.attr("敏感个人信息", 8)}})
	r := rule.report with input as t.doc("privacy_notice", true, _long_section, [_collect(1, "face"), promise])
	count(r) == 0
}

_long_paragraph := [t.sentence(i, 0, "", "paragraph") | some i in numbers.range(0, 9)]

test_fail_generic_promise_far_away_in_one_paragraph if {
	claims := [_collect(1, "health"), _separate(9, [])]
	r := rule.report with input as t.doc("user_agreement", true, _long_paragraph, claims)
	count(r) == 1
}

test_success_category_promise_in_one_paragraph if {
	claims := [_collect(1, "health"), _separate(9, ["health"])]
	r := rule.report with input as t.doc("user_agreement", true, _long_paragraph, claims)
	count(r) == 0
}

test_fail_promise_for_a_new_purpose if {
	promise := object.union(_separate(2, []), {"attributes": {"cue": t.attr("另行征得", 2), "purpose_change": t.attr("其他目的", 2)}})
	r := _run("privacy_notice", [_collect(1, "face"), promise])
	count(r) == 1
}

test_success_negated_collection if {
	r := _run("privacy_notice", [object.union(_collect(1, "face"), {"negated": true})])
	count(r) == 0
}

test_success_third_party_collects if {
	c := object.union(_collect(1, "financial_account"), {"attributes": {"third_party": t.attr("第三方", 1)}})
	r := _run("privacy_notice", [c])
	count(r) == 0
}

test_success_children_left_to_minor_rule if {
	r := _run("privacy_notice", [_collect(1, "minor")])
	count(r) == 0
}

test_success_authorization_letter if {
	r := _run("authorization", [_collect(1, "financial_account")])
	count(r) == 0
}

test_fail_authorization_deemed_from_use_is_warning if {
	deemed := t.claim_at("consent", "deemed", 2, {"cue": t.attr("默认为", 2)})
	r := _run("authorization", [_collect(1, "financial_account"), deemed])
	{f.level | some f in r} == {"warning"}
}

test_success_no_personal_information if {
	r := rule.report with input as t.doc("other", false, _sentences, [_collect(1, "face")])
	count(r) == 0
}

_verify(i, cat) := object.union(_collect(i, cat), {"attributes": {"verb": t.attr("验证", i)}})

_denial(i, cat) := object.union(_collect(i, cat), {"negated": true, "attributes": {"verb": t.attr("收集", i), "denial": t.attr("不收集", i)}})

test_success_device_verification_next_to_denial if {
	r := _run("privacy_notice", [_verify(1, "biometric"), _denial(2, "biometric")])
	count(r) == 0
}

test_fail_collection_next_to_denial if {
	r := _run("privacy_notice", [_collect(1, "face"), _denial(2, "face")])
	{f.location.start.line | some f in r} == {2}
}

_local_denial(i, cat) := object.union(_denial(i, cat), {"attributes": {"verb": t.attr("存储", i), "denial": t.attr("不会上传", i), "local": t.attr("本地", i)}})

_entry(i, cat) := object.union(_collect(i, cat), {"attributes": {"verb": t.attr("录入", i)}})

test_success_entry_next_to_local_denial if {
	r := _run("privacy_notice", [_entry(1, "biometric"), _local_denial(2, "biometric")])
	count(r) == 0
}

test_fail_collection_next_to_local_denial if {
	r := _run("privacy_notice", [_collect(1, "biometric"), _local_denial(2, "biometric")])
	count(r) == 1
}

test_fail_verification_denial_elsewhere if {
	r := _run("privacy_notice", [_verify(1, "face"), _denial(4, "face")])
	count(r) == 1
}

test_success_legal_requirement if {
	legal := object.union(_collect(1, "face"), {"attributes": {"verb": t.attr("收集", 1), "legal_duty": t.attr("监管要求", 1)}})
	r := _run("privacy_notice", [legal])
	count(r) == 0
}
