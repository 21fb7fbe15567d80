package claims

import "testing"

// A 仅在以下情况下公开披露 list restricts nothing when its items reach past
// consent and legal duties (contract necessity, service stability,
// research); a list of legal duties alone still restricts.
func TestPublicDisclosureListBeyondLegalBases(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "disclose", disclosureReported, `
		+我们只会在下列情形下公开披露您的个人信息：
		（一）取得您的明确同意；
		（二）为签订合同所必需的；
		（三）维护产品的安全稳定运行所必需的。
	`)
	checkFlags(t, "隐私政策", "disclose", disclosureReported, `
		我们仅在以下情况下公开披露您的个人信息：
		（一）获得您的单独同意；
		（二）与国家安全、国防安全直接相关的。
	`)
}

// A sanction 披露 in a paragraph that opened as sharing with authorities
// goes to those recipients; the same wording under 公开披露 is public.
func TestSanctionDisclosureInSharingParagraph(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "disclose", disclosureReported, `
		依法共享。我们可能应司法机关的要求对外共享您的信息。例如发现您违反平台规则的，我们可能披露您的账号信息及违规行为。
	`)
	checkFlags(t, "隐私政策", "disclose", disclosureReported, `
		+公开披露。如发现您违反平台规则，我们可能披露您的账号信息及违规行为。
	`)
}
