package pplint.rules.sharing["sale-personal-info_test"]

import data.pplint.lib.testing as t
import data.pplint.rules.sharing["sale-personal-info"] as rule

_sell(kind, extra) := t.claim("sell", kind, object.union({"verb": t.cue("出售", 18, 20, false)}, extra))

test_fail_sale_to_marketers if {
	r := rule.report with input as t.input_with([_sell("sale", {})])
	count(r) == 1
	some f in r
	f.rule_id == "sale-personal-info"
	f.level == "error"
	f.location == t.span(18, 20)
	contains(f.message.zh, "出售")
}

test_fail_sale_with_consent if {
	r := rule.report with input as t.input_with([_sell("sale", {"separate_consent": t.cue("单独同意", 1, 5, false)})])
	count(r) == 1
}

test_success_denied if {
	r := rule.report with input as t.input_with([t.denied(_sell("sale", {}))])
	count(r) == 0
}

test_success_merger if {
	r := rule.report with input as t.input_with([_sell("merger", {"merger": t.cue("资产出售", 5, 9, false)})])
	count(r) == 0
}

test_success_anonymised if {
	r := rule.report with input as t.input_with([_sell("sale", {"anonymised": t.cue("匿名化", 1, 4, false)})])
	count(r) == 0
}
