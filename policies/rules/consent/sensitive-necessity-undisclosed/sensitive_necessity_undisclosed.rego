# METADATA
# title: 未告知处理敏感个人信息的必要性及影响
# description: 隐私政策处理敏感个人信息，却没有说明处理该类信息的必要性，也没有说明对个人权益的影响。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/consent/sensitive-necessity-undisclosed/README.md
# custom:
#   id: sensitive-necessity-undisclosed
#   title_en: Necessity and impact of processing sensitive information not stated
#   description_en: A privacy notice processes sensitive personal information but explains neither why it is necessary nor how processing affects the person's rights and interests.
#   severity: warning
#   scope: document
#   tags: [disclosure, sensitive]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第三十条
#       text: 个人信息处理者处理敏感个人信息的，除本法第十七条第一款规定的事项外，还应当向个人告知处理敏感个人信息的必要性以及对个人权益的影响；依照本法规定可以不向个人告知的除外。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第二十八条第二款
#       text: 只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，个人信息处理者方可处理敏感个人信息。
#   fix: 在敏感个人信息处理规则中逐类写明处理的必要性（为何该功能离不开此信息）及对个人权益的影响（泄露或滥用的风险与已采取的保护措施），并以显著方式展示。
#   fix_en: For each category of sensitive information, state why the function needs it and how processing affects the person (risks of leaks or misuse and the safeguards taken), and show it prominently.
package pplint.rules.consent["sensitive-necessity-undisclosed"]

import data.pplint.lib.consent as lib
import data.pplint.lib.result

# METADATA
# title: report
# description: |
#   One finding per notice, at the first clause collecting a sensitive
#   category whose necessity and impact nothing explains: no necessity or
#   impact statement names the category or sensitive information in general,
#   or sits in the same sentence or item as its collection.
report contains result.fail(rego.metadata.chain(), c.span, "warning", message) if {
	lib.notice
	missing := sort([cat | some cat in lib.sensitive_categories; count(lib.undenied_collects_of(cat)) > 0; not _explained(cat)])
	count(missing) > 0
	c := lib.first({x | some cat in missing; some x in lib.undenied_collects_of(cat)})
	message := {
		"zh": sprintf("本政策处理%s，但未告知处理这些敏感个人信息的必要性以及对个人权益的影响。", [lib.names_zh(missing)]),
		"en": sprintf("The notice processes %s but does not explain why processing this sensitive information is necessary or how it affects the person.", [lib.names_en(missing)]),
	}
}

# METADATA
# title: _statements
# description: The affirmed necessity and impact statements.
_statements := lib.affirmed("necessity")

# METADATA
# title: _explained
# description: A necessity or impact statement covers cat.
_explained(cat) if {
	some n in _statements
	cat in object.get(n, "sensitive", [])
}

_explained(_) if {
	some n in _statements
	n.attributes.sensitive_ref
}

_explained(cat) if {
	some c in lib.collects_of(cat)
	lib.in_blocks(c, lib.blocks(_statements))
}
