package validators

import "github.com/lambdaquota/terraform-provider-lambdaquota/quota"

// Every validator checks its value as the one setting of a function, layer
// or permission, with the same check every other surface runs, and keeps
// the findings of the quotas it is about.

func onFunction[T any](set func(*quota.Function, T), ids ...quota.ID) func(quota.Limits, T) quota.Result {
	return func(l quota.Limits, v T) quota.Result {
		var f quota.Function
		set(&f, v)
		return quota.CheckFunction(l, f).Only(ids...)
	}
}

func onLayer[T any](set func(*quota.Layer, T), ids ...quota.ID) func(quota.Limits, T) quota.Result {
	return func(l quota.Limits, v T) quota.Result {
		var layer quota.Layer
		set(&layer, v)
		return quota.CheckLayer(l, layer).Only(ids...)
	}
}

// onPermission checks one permission of a function whose ARN is not known:
// a statement's own quotas need none.
func onPermission[T any](set func(*quota.Permission, T), ids ...quota.ID) func(quota.Limits, T) quota.Result {
	return func(l quota.Limits, v T) quota.Result {
		var p quota.Permission
		set(&p, v)
		return quota.CheckPolicy(l, quota.Policy{FunctionARN: quota.Unknown[string](), Permissions: quota.Known([]quota.Permission{p})}).Only(ids...)
	}
}
