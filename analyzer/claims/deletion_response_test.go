package claims

import "testing"

// Not answering deletion requests restricts deletion; citing the law does
// not excuse it when the list reaches past the statutory exceptions.
func TestDeletionRequestsNotAnswered(t *testing.T) {
	t.Parallel()
	checkFlags(t, "隐私政策", "deletion", restrictionReported, `
		+对于下列情形，我们可能不会回应您提出的查阅、删除个人信息的请求。
		+乙方申请删除其资料的，甲方有权不予受理。
		您有权向我们申请删除您的个人信息，我们将在十五日内答复。
		如您无法自行删除您的个人信息，可以联系客服为您删除。
	`)
	checkFlags(t, "隐私政策", "deletion", restrictionReported, `
		+按照法律法规要求，以下情形中我们将无法响应您的删除请求：
		1. 与国家安全有关的；
		2. 涉及商业秘密的。
	`)
	checkFlags(t, "隐私政策", "deletion", restrictionReported, `
		按照法律法规要求，以下情形中我们将无法响应您的删除请求：
		1. 与国家安全有关的；
		2. 与刑事侦查有关的。
	`)
}
