package pplint.lib.claims_test

import data.pplint.lib.claims
import data.pplint.lib.testing as t

_claims := [
	t.claim("collect", "direct", {}),
	t.claim("share", "third_party", {}),
	object.union(t.claim("collect", "direct", {}), {"sentence": 3}),
]

test_success_of_type_uses_the_index if {
	got := claims.of_type("collect") with input as t.notice_with(_claims)
	[c.sentence | some c in got] == [0, 3]
}

test_success_of_type_index_is_authoritative if {
	# the analyzer's index decides: a claim it does not list is not returned
	doc := object.union(t.notice_with(_claims), {"claims_by_type": {"collect": [2]}})
	got := claims.of_type("collect") with input as doc
	[c.sentence | some c in got] == [3]
}

test_success_of_type_scans_an_input_without_index if {
	got := claims.of_type("collect") with input as {"claims": _claims}
	[c.sentence | some c in got] == [0, 3]
}

test_success_of_type_unknown_type_is_empty if {
	got := claims.of_type("sell") with input as t.notice_with(_claims)
	got == []
}
