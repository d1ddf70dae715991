package lintrules

import (
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// analyse reads the module's functions, layers, permissions and
// provisioned concurrency configurations, and checks them as the provider
// does: each function on its own, with the provisioned concurrency of the
// configurations that name it, and the ENIs of the module's functions in
// each VPC they certainly share.
func (m *moduleRunner) analyse() (map[quota.ID][]issue, error) {
	out := map[quota.ID][]issue{}
	// A module the root module's runner checked is reported from there.
	if m.instances != nil && m.evalFn == nil && m.called() && m.modulePath != nil {
		if issues, ok := m.instances.claim(m.modulePath.String()); ok {
			return issues, nil
		}
	}
	add := func(r resource, f quota.Finding) {
		id := f.Quota
		if f.Kind == quota.InvalidInput && id == "" {
			id = measuredFor[f.Attribute]
		}
		if f.Kind == quota.Deprecation {
			id = DeprecatedRuntimeRule
		}
		if !f.Kind.IsError() && f.Kind != quota.Deprecation || id == "" {
			return
		}
		out[id] = append(out[id], issue{message: f.Summary + ": " + f.Message(quota.SurfaceLint), rng: r.rangeOf(f.Attribute)})
	}
	functions, err := m.read("aws_lambda_function")
	if err != nil {
		return nil, err
	}
	defaults, err := m.defaultTags()
	if err != nil {
		return nil, err
	}
	for i := range functions {
		functions[i].value = withTagsAll(functions[i].value, defaults)
	}
	provisioned, err := m.read("aws_lambda_provisioned_concurrency_config")
	if err != nil {
		return nil, err
	}
	layers, err := m.read("aws_lambda_layer_version")
	if err != nil {
		return nil, err
	}
	// Relative filenames stay as written: TFLint runs the plugin in the
	// root module's folder, where Terraform reads them from.
	decoded := make([]quota.Layer, len(layers))
	for i, r := range layers {
		decoded[i] = (&decode.Decoder{}).Layer(decode.New(r.value, resourceName(r)))
	}
	packages := layerPackages(layers, decoded)
	fleet := quota.Fleet{Functions: make([]quota.FleetFunction, len(functions))}
	for i, r := range functions {
		// TFLint cannot tell a create from an update: a deprecated
		// runtime's dates are a warning.
		dc := &decode.Decoder{Today: time.Now().UTC().Truncate(24 * time.Hour)}
		ff := dc.FleetFunction(decode.New(r.value, resourceName(r)), decode.New(cty.NullVal(cty.DynamicPseudoType), "options"))
		ff.Label = resourceName(r)
		ff.Function.ProvisionedConcurrentExecutions = provisionedOf(r, ff.Function.Name, provisioned)
		if files := layerFiles(r, packages); len(files) > 0 {
			ff.Function.LayerFilenames = quota.Known(files)
		}
		fleet.Functions[i] = ff
	}
	rep := quota.CheckFleet(m.limits, fleet)
	for i, fr := range rep.Functions {
		for _, f := range fr.Findings {
			add(functions[i], f)
		}
	}
	for g, vr := range rep.VPCs {
		for _, f := range vr.Findings {
			add(functions[rep.VPCMembers[g][0]], f)
		}
	}
	if err := m.acrossInstances(out, functions, fleet); err != nil {
		return nil, err
	}

	for i, r := range layers {
		for _, f := range quota.CheckLayer(m.limits, decoded[i]).Findings {
			add(r, f)
		}
	}

	if err := m.integrations(functions, add); err != nil {
		return nil, err
	}
	if err := m.apis(add); err != nil {
		return nil, err
	}

	permissions, err := m.read("aws_lambda_permission")
	if err != nil {
		return nil, err
	}
	for _, r := range permissions {
		dc := &decode.Decoder{}
		perms := dc.Permissions(decode.New(cty.TupleVal([]cty.Value{r.value}), resourceName(r)))
		// The policy's size needs every permission of the function; only
		// the statement id is this resource's own.
		for _, f := range quota.CheckPolicy(m.limits, quota.Policy{FunctionARN: quota.Unknown[string](), Permissions: perms}).Findings {
			if f.Quota == quota.PermissionStatementIDMaxLength || f.Quota == quota.PermissionStatementIDPattern {
				add(r, f)
			}
		}
	}
	return out, nil
}

// acrossInstances counts ENIs per VPC across the instances of a module the
// root module calls, as instances.add says; the root module's runner counts
// the instances first.
func (m *moduleRunner) acrossInstances(out map[quota.ID][]issue, functions []resource, fleet quota.Fleet) error {
	if m.instances == nil {
		return nil
	}
	switch called := m.called(); {
	case m.modulePath == nil:
		return nil
	case !called:
		expected, err := m.instances.count(m)
		if err != nil {
			return err
		}
		return m.checkCalls(expected)
	case len(*m.modulePath) != 1:
		return nil
	}
	in := instance{functions: fleet.Functions, reported: len(out[quota.ENIsPerVPC]) > 0}
	for _, r := range functions {
		in.ranges = append(in.ranges, r.rangeOf("subnet_ids"))
	}
	out[quota.ENIsPerVPC] = append(out[quota.ENIsPerVPC], m.instances.add(m.limits, m.modulePath.String(), in)...)
	return nil
}

// measuredFor is the quota an argument is measured for: an argument that
// cannot be measured, such as a package that is not a valid .zip, is
// reported by that quota's rule.
var measuredFor = map[string]quota.ID{
	"filename":                          quota.ZippedPackageMaxBytes,
	"layer_filenames":                   quota.UnzippedPackageMaxBytes,
	"function_name":                     quota.FunctionNameMaxLength,
	"reserved_concurrent_executions":    quota.UnreservedConcurrencyMin,
	"provisioned_concurrent_executions": quota.ProvisionedConcurrencyWithinReserved,
	"package_type":                      quota.UnzippedPackageMaxBytes,
}

// layerPackages are the local packages of the module's layer versions, by
// resource name; a block that count or for_each expands is left out, since
// a reference to it names no one package.
func layerPackages(layers []resource, decoded []quota.Layer) map[string]quota.Value[string] {
	out := map[string]quota.Value[string]{}
	seen := map[string]int{}
	for i, r := range layers {
		seen[r.block.Labels[1]]++
		if l := decoded[i]; l.Filename.IsKnown() && !l.UploadedViaS3.V {
			out[r.block.Labels[1]] = l.Filename
		}
	}
	for name, n := range seen {
		if n > 1 {
			delete(out, name)
		}
	}
	return out
}

// layerFiles are the packages of the module's layer versions that a
// function's layers refer to (aws_lambda_layer_version.deps.arn): their
// sizes count toward the function's unzipped total.
func layerFiles(fn resource, packages map[string]quota.Value[string]) []quota.Value[string] {
	attr, ok := fn.block.Body.Attributes["layers"]
	if !ok {
		return nil
	}
	tuple, ok := attr.Expr.(*hclsyntax.TupleConsExpr)
	if !ok {
		return nil
	}
	var out []quota.Value[string]
	for _, e := range tuple.Exprs {
		ref, ok := e.(*hclsyntax.ScopeTraversalExpr)
		if !ok || len(ref.Traversal) != 3 || ref.Traversal.RootName() != "aws_lambda_layer_version" {
			continue
		}
		name, ok1 := ref.Traversal[1].(hcl.TraverseAttr)
		arn, ok2 := ref.Traversal[2].(hcl.TraverseAttr)
		if f, found := packages[name.Name]; ok1 && ok2 && found && arn.Name == "arn" {
			out = append(out, f)
		}
	}
	return out
}

// resourceName names an instance as TFLint's messages do.
func resourceName(r resource) string {
	return r.block.Labels[0] + "." + r.block.Labels[1]
}

// provisionedOf is the provisioned concurrency of the configurations that
// name a function: by its name, or by a reference to the resource block.
// The largest counts, since each must fit the reservation; it is unknown
// when one of them is, and null without any.
func provisionedOf(fn resource, name quota.Value[string], configs []resource) quota.Value[int64] {
	out := quota.Null[int64]()
	for _, c := range configs {
		if !names(c, fn, name) {
			continue
		}
		// A finding about it is written where the configuration sets it.
		if rng, ok := c.ranges["provisioned_concurrent_executions"]; ok {
			if _, set := fn.ranges["provisioned_concurrent_executions"]; !set {
				fn.ranges["provisioned_concurrent_executions"] = rng
			}
		}
		dc := &decode.Decoder{}
		v := dc.Int64(decode.New(c.value, resourceName(c)).Get("provisioned_concurrent_executions"))
		switch {
		case v.Unknown || out.Unknown:
			out = quota.Value[int64]{Set: true, Unknown: true, V: max(out.V, v.V)}
		case v.Set:
			out = quota.Known(max(out.V, v.V))
		}
	}
	return out
}

// names reports whether a provisioned concurrency configuration names a
// function: its function_name is the function's known name, or refers to
// the function's resource block (aws_lambda_function.api.function_name).
func names(config, fn resource, name quota.Value[string]) bool {
	v := config.value.GetAttr("function_name")
	if v.IsKnown() && !v.IsNull() && v.Type() == cty.String && name.IsKnown() {
		return v.AsString() == name.V
	}
	attr, ok := config.block.Body.Attributes["function_name"]
	if !ok {
		return false
	}
	expr, ok := attr.Expr.(*hclsyntax.ScopeTraversalExpr)
	if !ok || len(expr.Traversal) < 3 {
		return false
	}
	root, okRoot := expr.Traversal[0].(hcl.TraverseRoot)
	step, okStep := expr.Traversal[1].(hcl.TraverseAttr)
	return okRoot && okStep && root.Name == fn.block.Labels[0] && step.Name == fn.block.Labels[1]
}
