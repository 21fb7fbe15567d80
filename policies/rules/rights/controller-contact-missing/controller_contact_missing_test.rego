package pplint.rules.rights["controller-contact-missing_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.rights["controller-contact-missing"] as rule

_name := t.claim("contact", "controller", {"name": t.cue("某某科技有限公司", 1, 9, false)})

_email := t.claim("contact", "controller", {"email": t.cue("privacy@example.com", 10, 29, false)})

test_fail_nothing if {
	r := rule.report with input as t.notice_with([t.heading("contact", 2, 6)])
	count(r) == 1
	some f in r
	f.rule_id == "controller-contact-missing"
	f.level == "warning"
	f.location == t.span(2, 6)
	contains(f.message.zh, "名称和联系方式")
	f.message.en != ""
}

test_fail_email_without_name if {
	r := rule.report with input as t.notice_with([_email])
	{f.message.zh | some f in r} == {"隐私政策未告知处理者的名称（公司全称或姓名）：个人需要知道由谁处理其个人信息、如何联系以行使权利。"}
	{f.location | some f in r} == {t.span(1, 5)}
}

test_fail_name_without_channel if {
	r := rule.report with input as t.notice_with([_name])
	some f in r
	contains(f.message.zh, "可直接使用的联系方式")
}

test_fail_third_party_channel_only if {
	r := rule.report with input as t.notice_with([_name, object.union(_email, {"kind": "third_party"})])
	count(r) == 1
}

test_success_name_and_email if {
	r := rule.report with input as t.notice_with([_name, _email])
	count(r) == 0
}

test_success_authorization_letter if {
	r := rule.report with input as t.document_with("authorization", true, [])
	count(r) == 0
}
