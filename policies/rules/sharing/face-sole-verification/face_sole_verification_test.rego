package pplint.rules.sharing["face-sole-verification_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.sharing["face-sole-verification"] as rule

_face(extra) := t.claim("face_verification", "face", object.union({"method": t.cue("刷脸", 9, 11, false), "context": t.cue("通行", 11, 13, false)}, extra))

_only := {"exclusive": t.cue("仅支持", 6, 9, false)}

test_fail_only_face if {
	r := rule.report with input as t.input_with([_face(_only)])
	count(r) == 1
	some f in r
	f.rule_id == "face-sole-verification"
	f.level == "error"
	f.location == t.span(6, 9)
	contains(f.message.zh, "唯一验证方式")
}

test_fail_card_withdrawn if {
	r := rule.report with input as t.input_with([_face(object.union(_only, {"alternative": t.cue("会员卡", 20, 23, true)}))])
	count(r) == 1
}

test_fail_legal_duty_is_warning if {
	r := rule.report with input as t.input_with([_face(object.union(_only, {"legal_duty": t.cue("监管要求", 1, 5, false)}))])
	{f.level | some f in r} == {"warning"}
}

test_success_alternative_in_clause if {
	r := rule.report with input as t.input_with([_face(object.union(_only, {"alternative": t.cue("门禁卡", 20, 23, false)}))])
	count(r) == 0
}

test_success_alternative_elsewhere if {
	r := rule.report with input as t.input_with([_face(_only), _face({"alternative": t.cue("密码", 20, 22, false)})])
	count(r) == 0
}

test_success_optional_face_login if {
	r := rule.report with input as t.input_with([_face({})])
	count(r) == 0
}

test_success_denied_exclusivity if {
	r := rule.report with input as t.input_with([_face({"exclusive": t.cue("唯一", 6, 8, true)})])
	count(r) == 0
}
