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
