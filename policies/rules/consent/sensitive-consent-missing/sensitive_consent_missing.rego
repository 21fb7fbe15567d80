# METADATA
# title: 敏感个人信息未取得单独同意
# description: 文件处理生物识别、医疗健康、金融账户、行踪轨迹等敏感个人信息，却没有在收集该类信息的条款、列表项或章节中写明取得个人的单独同意（或书面同意）。
# related_resources:
#   - ref: https://github.com/pplint/pplint/blob/main/policies/rules/consent/sensitive-consent-missing/README.md
# custom:
#   id: sensitive-consent-missing
#   title_en: Sensitive personal information without separate consent
#   description_en: The document processes sensitive personal information (biometric, medical and health, financial account, whereabouts, …) but does not state, next to the clause, item or section that collects it, that the person's separate (or written) consent is obtained.
#   severity: error
#   scope: document
#   tags: [consent, sensitive]
#   legal_basis:
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第二十九条
#       text: 处理敏感个人信息应当取得个人的单独同意；法律、行政法规规定处理敏感个人信息应当取得书面同意的，从其规定。
#     - law: 个保法
#       law_full: 中华人民共和国个人信息保护法
#       article: 第二十八条第一款
#       text: 敏感个人信息是一旦泄露或者非法使用，容易导致自然人的人格尊严受到侵害或者人身、财产安全受到危害的个人信息，包括生物识别、宗教信仰、特定身份、医疗健康、金融账户、行踪轨迹等信息，以及不满十四周岁未成年人的个人信息。
#     - law: 人脸规定
#       law_full: 最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定
#       article: 第二条（三）
#       text: 基于个人同意处理人脸信息的，未征得自然人或者其监护人的单独同意，或者未按照法律、行政法规的规定征得自然人或者其监护人的书面同意；
#   fix: 对每一类敏感个人信息在收集前以单独弹窗或单独页面取得单独同意（法律要求书面同意的取得书面同意），并在收集该类信息的条款中写明“我们将另行取得您的单独同意”。
#   fix_en: Obtain separate consent (written consent where the law requires it) for each category of sensitive personal information before collecting it, through a dedicated pop-up or page, and say so in the clause that collects it.
package pplint.rules.consent["sensitive-consent-missing"]

import data.pplint.lib.consent as lib
import data.pplint.lib.result

# METADATA
# title: report
# description: |
#   One finding per clause that first collects a sensitive category no
#   separate or written consent covers, naming those categories. An
#   authorisation letter is itself a written consent and is checked only
#   when it lets use or a click stand for that consent (您使用…的行为，默认为
#   您已…理解本授权书), at warning. A
#   separate-consent promise elsewhere in the document that names
#   the category or sensitive information in general, or explicit consent next
#   to the collection, lowers the finding to a warning.
report contains result.fail(rego.metadata.chain(), c.span, _level(cats), message) if {
	lib.processing
	_checked
	missing := {cat | some cat in lib.sensitive_categories; count(_collects(cat)) > 0; not _covered(_collects(cat), cat)}
	some c, cats in _clauses_for(missing)
	message := {
		"zh": sprintf("此处处理%s（敏感个人信息），但未写明就此取得个人的单独同意。", [lib.names_zh(cats)]),
		"en": sprintf("This clause processes %s (sensitive personal information) but does not say that the person's separate consent is obtained for it.", [lib.names_en(cats)]),
	}
}

# METADATA
# title: _checked
# description: Not an authorisation letter, or one that deems its own consent given by use.
_checked if input.document.type != "authorization"

_checked if {
	some c in lib.affirmed("consent")
	c.kind == "deemed"
}

# METADATA
# title: _collects
# description: |
#   The clauses processing sensitive category cat, less those that only use
#   or verify it next to a denial that the processor collects it (您可以用
#   设备指纹登录。我们仅接收验证结果，不收集您的指纹信息) and those that
#   state a legal requirement as their basis (依据法律法规及监管要求).
_collects(cat) := {c |
	some c in lib.undenied_collects_of(cat)
	not c.attributes.legal_duty
}

# METADATA
# title: _clauses_for
# description: Groups the categories cats by the first clause of _collects for each.
_clauses_for(cats) := {c: sort([cat | some cat in cats; lib.first(_collects(cat)) == c]) |
	some cat in cats
	c := lib.first(_collects(cat))
}

# METADATA
# title: _separate
# description: The affirmed separate or written consents.
_separate := {c | some c in lib.affirmed("consent"); c.kind in {"separate", "written"}}

# METADATA
# title: _covered
# description: |
#   Some clause collecting cat has a separate consent naming that category in
#   the same item or section, or one naming no category in the same item or
#   section that is close to it or about sensitive information (a long
#   paragraph or section is not one place).
_covered(cs, cat) if {
	some c in cs
	lib.in_blocks(c, lib.blocks({s | some s in _separate; cat in s.sensitive}))
}

_covered(cs, _) if {
	some c in cs
	some s in _general
	input.sentences[c.sentence].block == input.sentences[s.sentence].block
	_near(c, s)
}

_covered(cs, cat) if {
	some c in cs
	lib.in_sections(c, lib.sections({s | some s in _separate; cat in s.sensitive}))
}

_covered(cs, _) if {
	some c in cs
	some s in _general
	lib.same_section(c, s)
	_near(c, s)
}

# METADATA
# title: _general
# description: The separate consents that name no sensitive category and are not about a new purpose (如需用于其他目的，我们会另行征得您的同意).
_general := {s |
	some s in _separate
	count(object.get(s, "sensitive", [])) == 0
	not s.attributes.purpose_change
}

# METADATA
# title: _near
# description: |
#   A separate consent naming no category covers a collection when it sits
#   within three sentences of it, or speaks of sensitive information as a
#   class within a section of its own (not the whole document under its
#   title): one boilerplate promise far away does not.
_near(c, s) if {
	s.attributes.sensitive_ref
	input.sentences[c.sentence].section != input.document.title
}

_near(c, s) if abs(s.sentence - c.sentence) <= 3

# METADATA
# title: _level
# description: |
#   warning in an authorisation letter, or when the document promises
#   separate consent for cat or for sensitive information elsewhere, or
#   obtains explicit (明示) consent next to the collection; error otherwise.
_level(cats) := "warning" if {
	input.document.type == "authorization"
} else := "warning" if {
	some cat in cats
	some s in _separate
	_generic(s, cat)
} else := "warning" if {
	some cat in cats
	some c in lib.collects_of(cat)
	lib.in_blocks(c, lib.blocks({e | some e in lib.affirmed("consent"); e.kind == "explicit"}))
} else := "error"

# METADATA
# title: _generic
# description: Consent s promises separate consent for cat or for sensitive information in general.
_generic(s, cat) if cat in s.sensitive

_generic(s, _) if s.attributes.sensitive_ref
