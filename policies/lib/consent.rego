# METADATA
# title: consent
# description: |
#   Shared views for the consent and disclosure rules: document gates,
#   affirmed claims of a type, linking two claims to the same place
#   (sentence, list item or section) and Chinese/English category names.
package pplint.lib.consent

import data.pplint.lib.claims

# METADATA
# title: processing
# description: The document processes personal information (a CLA or an open-source licence does not).
processing if input.document.processes_personal_info

# METADATA
# title: notice
# description: The document is a privacy notice processing personal information; disclosure rules apply to it only.
notice if {
	processing
	input.document.type == "privacy_notice"
}

# METADATA
# title: affirmed
# description: Claims of type t that are not denied.
affirmed(t) := claims.affirmed(t)

# METADATA
# title: has_cue
# description: The attribute attr of claim c is present and not negated.
has_cue(c, attr) if {
	a := c.attributes[attr]
	not a.negated
}

# METADATA
# title: same_place
# description: Claims a and b sit in the same sentence or the same block (paragraph, list item).
same_place(a, b) if a.sentence == b.sentence

same_place(a, b) if input.sentences[a.sentence].block == input.sentences[b.sentence].block

# METADATA
# title: blocks
# description: |
#   The blocks holding the claims cs: claim c is in the same place as one of
#   cs when its block is among them (a faster form of some x in cs;
#   same_place(c, x)).
blocks(cs) := {input.sentences[c.sentence].block | some c in cs}

# METADATA
# title: in_blocks
# description: Claim c sits in one of the blocks bs.
in_blocks(c, bs) if input.sentences[c.sentence].block in bs

# METADATA
# title: sections
# description: The non-empty headings of the sections holding the claims cs.
sections(cs) := {s | some c in cs; s := input.sentences[c.sentence].section; s != ""}

# METADATA
# title: in_sections
# description: Claim c sits under one of the non-empty headings ss (same_section with one of their claims).
in_sections(c, ss) if input.sentences[c.sentence].section in ss

# METADATA
# title: same_section
# description: Claims a and b sit under the same, non-empty heading.
same_section(a, b) if {
	s := input.sentences[a.sentence].section
	s != ""
	s == input.sentences[b.sentence].section
}

# METADATA
# title: sensitive_categories
# description: |
#   Sensitive categories (个保法 第二十八条) processed by affirmed collect
#   claims. Children's information is left to minor-guardian-consent-missing.
sensitive_categories contains cat if {
	some c in affirmed("collect")
	some cat in c.sensitive
	cat != "minor"
	count(collects_of(cat)) > 0
}

# METADATA
# title: collects_of
# description: The affirmed collect claims naming the sensitive category cat, outside headings and not by a third party.
collects_of(cat) := {c |
	some c in _sensitive_collects
	cat in c.sensitive
}

# METADATA
# title: _sensitive_collects
# description: The affirmed collect claims naming some sensitive category, outside headings and not by a third party.
_sensitive_collects := {c |
	some c in affirmed("collect")
	count(object.get(c, "sensitive", [])) > 0
	input.sentences[c.sentence].kind != "heading"
	not c.attributes.third_party
}

# METADATA
# title: undenied_collects_of
# description: |
#   collects_of(cat) without the weakly worded collections (需要提供、使用)
#   that the same place or one of the next two sentences of the section
#   denies (我们不会收集您的指纹信息).
undenied_collects_of(cat) := {c |
	some c in collects_of(cat)
	not _denied(c, cat)
}

# METADATA
# title: _denied
# description: Collect claim c of category cat is weakly worded and a nearby denial covers cat.
_denied(c, cat) if {
	not c.attributes.verb.cue in _strong
	some n in _denials
	cat in n.sensitive
	_near(c, n)
}

# METADATA
# title: _denied
# description: |
#   Collect claim c of category cat is entered or kept on the person's own
#   device: a nearby denial says the information stays there (指纹仅存储于
#   门锁本地，不会上传), and c does not say that the processor acquires it.
_denied(c, cat) if {
	not c.attributes.verb.cue in {"收集", "获取", "采集"}
	some n in _denials
	n.attributes.local
	cat in n.sensitive
	_near(c, n)
}

# METADATA
# title: _denials
# description: The collect claims that deny a collection, affirmed or denied, found once per input.
_denials contains n if {
	some n in claims.of_type("collect")
	n.attributes.denial
}

# METADATA
# title: _near
# description: Denial n sits in the place of c or one or two sentences after it in the same section.
_near(c, n) if same_place(c, n)

_near(c, n) if {
	(n.sentence - c.sentence) in {1, 2}
	same_section(c, n)
}

# METADATA
# title: _strong
# description: Verbs by which the processor itself collects; a denial elsewhere does not undo them.
_strong := {"收集", "获取", "采集", "读取", "录入", "上传", "保存", "存储", "留存"}

# METADATA
# title: first
# description: The claim of the set cs that comes first in the document.
first(cs) := c if {
	some c in cs
	every o in cs {
		o.sentence >= c.sentence
	}
}

# METADATA
# title: section_span
# description: The heading of the section holding claim c, or the document's first line.
section_span(c) := s.span if {
	sec := input.sentences[c.sentence].section
	sec != ""
	s := [x | some x in input.sentences; x.kind == "heading"; x.text == sec][0]
} else := input.document.start

# METADATA
# title: category_zh
# description: Chinese name of a personal-information category.
category_zh(cat) := {
	"face": "人脸信息",
	"biometric": "生物识别信息",
	"health": "医疗健康信息",
	"financial_account": "金融账户信息",
	"location": "行踪轨迹或精确位置信息",
	"religion": "宗教信仰信息",
	"specific_identity": "特定身份信息",
	"minor": "不满十四周岁未成年人的个人信息",
	"declared": "本文标明为敏感信息的个人信息",
}[cat]

# METADATA
# title: category_en
# description: English name of a personal-information category.
category_en(cat) := {
	"face": "face information",
	"biometric": "biometric information",
	"health": "medical and health information",
	"financial_account": "financial account information",
	"location": "whereabouts or precise location",
	"religion": "religious belief",
	"specific_identity": "specific identity information",
	"minor": "information of children under 14",
	"declared": "information the text itself marks as sensitive",
}[cat]

# METADATA
# title: clauses_for
# description: |
#   Groups the sensitive categories cats by the first clause collecting each:
#   a map from that clause to the sorted categories it is the first for.
clauses_for(cats) := {c: sort([cat | some cat in cats; first(collects_of(cat)) == c]) |
	some cat in cats
	c := first(collects_of(cat))
}

# METADATA
# title: names_zh
# description: The Chinese names of the categories cats, joined with 、.
names_zh(cats) := concat("、", [category_zh(cat) | some cat in cats])

# METADATA
# title: names_en
# description: The English names of the categories cats, joined with commas.
names_en(cats) := concat(", ", [category_en(cat) | some cat in cats])
