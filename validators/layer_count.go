package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// LayerCount returns a validator which ensures that a Lambda function's list
// of layers holds at most function_layers_max entries of limits. It works on
// List and Set attributes and function parameters; unknown elements count.
// Null (unconfigured) and unknown (known after apply) values are skipped.
func LayerCount(limits quota.Limits) countQuotaValidator {
	return countQuotaValidator{limits: limits, check: onFunction(func(f *quota.Function, s quota.Strings) { f.Layers = s }, quota.FunctionLayersMax), max: quota.FunctionLayersMax, noun: "layers"}
}
