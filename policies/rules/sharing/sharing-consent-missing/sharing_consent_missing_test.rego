package pplint.rules.sharing["sharing-consent-missing_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.sharing["sharing-consent-missing"] as rule

_share(kind, extra) := t.claim("share", kind, object.union({"verb": t.cue("提供给", 5, 8, false), "recipient": t.cue("合作伙伴", 11, 15, false)}, extra))

test_fail_partners_without_consent if {
	r := rule.report with input as t.notice_with([_share("third_party", {})])
	count(r) == 1
	some f in r
	f.rule_id == "sharing-consent-missing"
	f.level == "error"
	f.location == t.span(5, 8)
	contains(f.message.zh, "单独同意")
	contains(f.message.en, "separate consent")
}

test_fail_affiliates_without_consent if {
	r := rule.report with input as t.notice_with([_share("affiliate", {})])
	{f.message.zh | some f in r} == {"文本向关联公司提供个人信息（“提供给”，共1处），但全文未就该提供取得单独同意，且未列明接收方名称。"}
}

test_fail_necessary_provision_is_warning if {
	r := rule.report with input as t.notice_with([_share("third_party", {"necessity": t.cue("所必需", 20, 23, false)})])
	{f.level | some f in r} == {"warning"}
}

test_fail_general_consent_is_not_separate if {
	r := rule.report with input as t.notice_with([_share("third_party", {"consent": t.cue("您同意", 1, 4, false)})])
	count(r) == 1
}

test_fail_one_finding_per_document if {
	later := object.union(_share("third_party", {}), {"span": {"start": {"offset": 300, "line": 7, "col": 1}, "end": {"offset": 330, "line": 7, "col": 11}}})
	r := rule.report with input as t.notice_with([later, _share("third_party", {})])
	{f.location | some f in r} == {t.span(5, 8)}
}

test_fail_conditional_on_explicit_consent if {
	procedure := object.union(_share("third_party", {"consent": t.cue("明示同意", 30, 34, false)}), {"conditional": true})
	r := rule.report with input as t.notice_with([procedure])
	count(r) == 1
}

test_fail_listed_case_of_a_restricted_provision if {
	r := rule.report with input as t.notice_with([_share("third_party", {"restricted": t.cue("仅在", 1, 3, false)})])
	count(r) == 1
}

test_success_future_provision_on_consent_is_a_promise if {
	attrs := {"consent": t.cue("明示同意", 30, 34, false), "hypothetical": t.cue("如存在", 0, 3, false)}
	promise := object.union(_share("third_party", attrs), {"conditional": true})
	r := rule.report with input as t.notice_with([promise])
	count(r) == 0
}

test_success_conditional_on_separate_consent if {
	procedure := object.union(_share("third_party", {"separate_consent": t.cue("单独同意", 30, 34, false)}), {"conditional": true})
	r := rule.report with input as t.notice_with([procedure])
	count(r) == 0
}

test_success_notice_promised_elsewhere if {
	promise := t.denied(_share("third_party", {"recipient_notice": t.cue("接收方的名称", 1, 7, false)}))
	r := rule.report with input as t.notice_with([promise, _share("third_party", {"purpose": t.cue("用于", 20, 22, false)})])
	count(r) == 0
}

test_success_user_directed if {
	r := rule.report with input as t.notice_with([_share("third_party", {"user_directed": t.cue("您指定的", 1, 5, false)})])
	count(r) == 0
}

test_fail_unnamed_recipient_without_purpose_despite_consent if {
	promise := t.denied(_share("third_party", {"separate_consent": t.cue("单独同意", 1, 5, false)}))
	r := rule.report with input as t.notice_with([promise, _share("third_party", {})])
	{f.level | some f in r} == {"warning"}
}

test_success_separate_consent_in_clause if {
	r := rule.report with input as t.notice_with([_share("third_party", {"separate_consent": t.cue("单独同意", 20, 24, false)})])
	count(r) == 0
}

test_success_consent_promised_elsewhere if {
	promise := t.denied(_share("third_party", {"separate_consent": t.cue("单独同意", 1, 5, false)}))
	named := _share("third_party", {"purpose": t.cue("用于", 20, 22, false)})
	r := rule.report with input as t.notice_with([promise, named])
	count(r) == 0
}

test_success_denied_sharing if {
	r := rule.report with input as t.notice_with([t.denied(_share("third_party", {}))])
	count(r) == 0
}

test_success_entrusted_processing if {
	r := rule.report with input as t.notice_with([_share("processor", {})])
	count(r) == 0
}

test_success_authorities if {
	r := rule.report with input as t.notice_with([_share("authority", {"legal_duty": t.cue("依法要求", 1, 5, false)})])
	count(r) == 0
}

test_success_anonymised if {
	r := rule.report with input as t.notice_with([_share("third_party", {"anonymised": t.cue("匿名化", 1, 4, false)})])
	count(r) == 0
}

test_success_named_recipient_for_the_service if {
	attrs := {"recipient_named": t.cue("有限公司", 1, 5, false), "necessity": t.cue("所必需", 20, 23, false)}
	r := rule.report with input as t.notice_with([_share("third_party", attrs)])
	count(r) == 0
}

test_success_no_personal_information if {
	r := rule.report with input as t.licence_with([_share("third_party", {})])
	count(r) == 0
}

test_fail_located_at_unnecessary_provision if {
	later := object.union(_share("third_party", {}), {"span": {"start": {"offset": 300, "line": 7, "col": 1}, "end": {"offset": 330, "line": 7, "col": 11}}, "attributes": {"verb": t.cue("共享", 100, 102, false)}})
	necessary := _share("third_party", {"necessity": t.cue("完成支付", 20, 24, false)})
	r := rule.report with input as t.notice_with([necessary, later])
	{[f.level, f.location] | some f in r} == {["error", t.span(100, 102)]}
}

_at(i, kind) := object.union(t.claim_at("share", kind, i, {"verb": t.attr("共享", i), "recipient": t.attr("第三方", i)}), {"object": "personal_info"})

_promise_at(i) := t.claim_at("consent", "separate", i, {"cue": t.attr("另行获取您的授权同意", i)})

test_success_each_provision_followed_by_its_promise if {
	r := rule.report with input as t.doc("privacy_notice", true, t.paragraphs(4, "共享"), [_at(0, "third_party"), _promise_at(1)])
	{f.level | some f in r} == {"warning"}
}

test_fail_promise_covers_only_the_provision_it_follows if {
	claims := [_at(0, "third_party"), _promise_at(1), _at(5, "third_party")]
	r := rule.report with input as t.doc("privacy_notice", true, t.paragraphs(6, "共享"), claims)
	{f.level | some f in r} == {"error"}
	{f.location | some f in r} == {t.line_span(6, 2, 4)}
}

test_success_letter_authorises_named_recipient if {
	c := _share("third_party", {"recipient_named": t.cue("有限公司", 11, 15, false), "purpose": t.cue("用于", 20, 22, false), "consent": t.cue("本人授权", 1, 5, false)})
	r := rule.report with input as t.input_with([c])
	count(r) == 0
}

test_fail_notice_named_recipient_general_consent if {
	c := _share("third_party", {"recipient_named": t.cue("有限公司", 11, 15, false), "purpose": t.cue("用于", 20, 22, false), "consent": t.cue("您同意", 1, 4, false)})
	r := rule.report with input as t.notice_with([c])
	count(r) == 1
}
