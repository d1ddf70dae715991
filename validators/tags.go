package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// Tags returns a validator which ensures that a map of tags, the whole set
// AWS gets for a function (tags merged with the AWS provider's
// default_tags), holds at most function_tags_max tags of limits, not
// counting keys that begin with aws:, with keys of 1 to tag_key_max_length
// characters that do not begin with aws: and values of at most
// tag_value_max_length characters. It works on Map attributes of strings and
// function parameters. Null (unconfigured) and unknown (known after apply)
// maps are skipped; a map with unknown values is checked on its keys and
// known values.
func Tags(limits quota.Limits) mapQuotaValidator {
	return mapQuotaValidator{limits: limits,
		check: onFunction(func(f *quota.Function, m quota.StringMap) { f.Tags = m },
			quota.FunctionTagsMax, quota.TagKeyMaxLength, quota.TagValueMaxLength, quota.TagKeyReserved),
		description: func(l quota.Limits) string {
			return "value must hold at most " + itoa(l.Value(quota.FunctionTagsMax)) + " tags, with keys of 1 to " +
				itoa(l.Value(quota.TagKeyMaxLength)) + " characters that do not begin with aws: and values of at most " +
				itoa(l.Value(quota.TagValueMaxLength)) + " characters"
		}}
}
