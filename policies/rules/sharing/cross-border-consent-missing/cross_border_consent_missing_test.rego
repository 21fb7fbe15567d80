package pplint.rules.sharing["cross-border-consent-missing_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.sharing["cross-border-consent-missing"] as rule

_abroad(extra) := t.claim("transfer_abroad", "", object.union({"verb": t.cue("传输", 10, 12, false), "destination": t.cue("境外", 16, 18, false)}, extra))

_consent := {"separate_consent": t.cue("单独同意", 30, 34, false)}

test_fail_servers_abroad if {
	r := rule.report with input as t.notice_with([_abroad({})])
	count(r) == 1
	some f in r
	f.rule_id == "cross-border-consent-missing"
	f.level == "error"
	f.location == t.span(16, 18)
	contains(f.message.zh, "境外接收方")
}

test_fail_one_finding_per_document if {
	later := object.union(_abroad({}), {"span": {"start": {"offset": 300, "line": 7, "col": 1}, "end": {"offset": 330, "line": 7, "col": 11}}})
	r := rule.report with input as t.notice_with([later, _abroad({})])
	count(r) == 1
	some f in r
	contains(f.message.zh, "共2处")
}

test_fail_necessary_transfer_is_warning if {
	r := rule.report with input as t.notice_with([_abroad({"necessity": t.cue("确需", 1, 3, false)})])
	{f.level | some f in r} == {"warning"}
}

test_fail_consent_but_no_recipient if {
	r := rule.report with input as t.notice_with([t.denied(_abroad(_consent)), _abroad({})])
	{f.level | some f in r} == {"warning"}
	some f in r
	contains(f.message.zh, "名称和联系方式")
}

test_success_consent_and_recipient_in_clause if {
	r := rule.report with input as t.notice_with([_abroad(object.union(_consent, {"recipient_named": t.cue("接收方的名称", 20, 26, false)}))])
	count(r) == 0
}

test_success_consent_and_recipient_elsewhere if {
	promise := object.union(_abroad(object.union(_consent, {"recipient_named": t.cue("接收方的名称", 20, 26, false)})), {"conditional": true})
	r := rule.report with input as t.notice_with([promise, _abroad({})])
	count(r) == 0
}

test_success_stored_in_china if {
	r := rule.report with input as t.notice_with([t.denied(_abroad({"local_only": t.cue("存储在境内", 1, 6, false)}))])
	count(r) == 0
}

test_success_local_only_affirmed if {
	r := rule.report with input as t.notice_with([_abroad({"local_only": t.cue("境内存储", 1, 5, false)})])
	count(r) == 0
}

test_success_no_personal_information if {
	r := rule.report with input as t.licence_with([_abroad({})])
	count(r) == 0
}

_sentences := [
	t.sentence(0, 0, "五、出境", "heading"),
	t.sentence(1, 1, "五、出境", "paragraph"),
	t.sentence(2, 1, "五、出境", "paragraph"),
	t.sentence(3, 2, "五、出境", "paragraph"),
	t.sentence(4, 3, "五、出境", "paragraph"),
	t.sentence(5, 4, "五、出境", "paragraph"),
]

_abroad_at(i) := object.union(t.claim_at("transfer_abroad", "", i, {"verb": t.attr("传输", i), "destination": t.attr("其他国家", i)}), {"conditional": true})

_separate_at(i, extra) := t.claim_at("consent", "separate", i, object.union({"cue": t.attr("单独同意", i)}, extra))

test_success_consent_promised_in_next_sentences if {
	r := rule.report with input as t.doc("privacy_notice", true, _sentences, [_abroad_at(1), _separate_at(3, {})])
	count(r) == 0
}

test_fail_consent_too_far_away if {
	r := rule.report with input as t.doc("privacy_notice", true, _sentences, [_abroad_at(1), _separate_at(5, {})])
	count(r) == 1
}

test_fail_consent_for_a_new_purpose if {
	r := rule.report with input as t.doc("privacy_notice", true, _sentences, [_abroad_at(1), _separate_at(2, {"purpose_change": t.attr("改变处理目的", 2)})])
	count(r) == 1
}
