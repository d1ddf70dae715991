package tfplan

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// What a saved plan proves beyond its values. Its JSON records, for each
// argument, a constant or the list of what the expression refers to, but
// not the expression: `quotas = var.q` and `quotas = merge(var.q, {...})`
// both record var.q. The configuration's files, read from the module
// directories, give the expression; it is used only where its references
// are exactly those the plan recorded, so a file edited since the plan is
// never taken for the planned configuration.

// notResources are the roots of references that name no resource.
var notResources = map[string]bool{"var": true, "local": true, "data": true, "module": true, "each": true, "count": true,
	"path": true, "self": true, "terraform": true}

// recordedArguments are the arguments whose references the plan's
// configuration is read for: those whose single reference to a resource
// links two resources of a plan, and those evaluated from the files.
var recordedArguments = []string{"function_name", "event_source_arn", "layers", "architectures", "resource_arn", "rest_api_id", "api_id",
	"uri", "integration_uri"}

// Source is the configuration's files, for the expressions a plan records
// only as references.
type Source struct {
	dir    string
	plan   *Plan
	bodies map[string][]*hclsyntax.Body // module directory -> its files
}

// NewSource reads configuration files under dir, the root module.
func NewSource(p *Plan, dir string) *Source {
	return &Source{dir: dir, plan: p, bodies: map[string][]*hclsyntax.Body{}}
}

// files are the parsed .tf files of a module directory, relative to the
// root module.
func (s *Source) files(dir string) []*hclsyntax.Body {
	if b, ok := s.bodies[dir]; ok {
		return b
	}
	var out []*hclsyntax.Body
	names, _ := filepath.Glob(filepath.Join(s.dir, dir, "*.tf"))
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		// A file with errors keeps the blocks that parsed.
		f, _ := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
		if f == nil {
			continue
		}
		if body, ok := f.Body.(*hclsyntax.Body); ok {
			out = append(out, body)
		}
	}
	s.bodies[dir] = out
	return out
}

// block finds a block by type and labels in a module directory.
func (s *Source) block(dir, typ string, labels ...string) *hclsyntax.Block {
	for _, body := range s.files(dir) {
		for _, b := range body.Blocks {
			if b.Type == typ && slices.Equal(b.Labels, labels) {
				return b
			}
		}
	}
	return nil
}

// refName is a reference as a plan's JSON lists it: the traversal's
// attribute steps, as far as they go.
func refName(t hcl.Traversal) []string {
	var out []string
	for _, step := range t {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			out = append(out, s.Name)
		case hcl.TraverseAttr:
			out = append(out, s.Name)
		default:
			return out
		}
	}
	return out
}

// referable is the part of a reference that names an object: var.x,
// local.x, data.t.n or t.n, without an instance key (t.n[0] is t.n).
func referable(parts []string) string {
	n := 2
	if len(parts) > 0 && parts[0] == "data" {
		n = 3
	}
	out := slices.Clone(parts[:min(n, len(parts))])
	for i, p := range out {
		if j := strings.IndexByte(p, '['); j >= 0 {
			out[i] = p[:j]
		}
	}
	return strings.Join(out, ".")
}

// sameReferences reports whether an expression refers to what the plan
// recorded for it, object by object.
func sameReferences(expr hclsyntax.Expression, recorded []string) bool {
	got, want := map[string]bool{}, map[string]bool{}
	for _, t := range expr.Variables() {
		got[referable(refName(t))] = true
	}
	for _, r := range recorded {
		want[referable(strings.Split(r, "."))] = true
	}
	if len(got) != len(want) {
		return false
	}
	for k := range want {
		if !got[k] {
			return false
		}
	}
	return true
}

// functions are the Terraform functions a provider block's quotas may use
// and that need nothing but their arguments.
var functions = map[string]function.Function{
	"ceil": stdlib.CeilFunc, "coalesce": stdlib.CoalesceFunc, "floor": stdlib.FloorFunc, "lookup": stdlib.LookupFunc,
	"max": stdlib.MaxFunc, "merge": stdlib.MergeFunc, "min": stdlib.MinFunc, "tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)),
	"tonumber": stdlib.MakeToFunc(cty.Number), "jsondecode": stdlib.JSONDecodeFunc,
}

// ProviderQuotas evaluates the root module's provider "lambdaquota" quotas
// with the plan's variables, data sources and the module's locals. It is
// unknown where a value is, and cty.NilVal with a reason when the
// expression cannot be had or is not the one the plan recorded.
func (s *Source) ProviderQuotas() (cty.Value, string) {
	b := s.block("", "provider", "lambdaquota")
	if b == nil {
		return cty.NilVal, "the provider block was not found in the .tf files of --chdir"
	}
	attr, ok := b.Body.Attributes["quotas"]
	if !ok || !sameReferences(attr.Expr, s.plan.QuotasRefs) {
		return cty.NilVal, "the provider block's quotas in the .tf files of --chdir are not the planned ones"
	}
	v, diags := attr.Expr.Value(s.evalContext(attr.Expr, "", 0))
	if diags.HasErrors() {
		return cty.NilVal, "the provider block's quotas could not be evaluated: " + diags[0].Summary
	}
	return v, ""
}

// ProveProviderRegions evaluates the region of the root module's AWS provider
// configurations that set it by an expression, such as var.region, where
// the plan proves its value.
func (s *Source) ProveProviderRegions() {
	for key, pr := range s.plan.providerRegionRefs {
		for _, body := range s.files("") {
			for _, b := range body.Blocks {
				if b.Type != "provider" || !slices.Equal(b.Labels, []string{"aws"}) || alias(b) != pr.alias {
					continue
				}
				attr, ok := b.Body.Attributes["region"]
				if !ok || !sameReferences(attr.Expr, pr.refs) {
					continue
				}
				v, diags := attr.Expr.Value(s.evalContext(attr.Expr, "", 0))
				if !diags.HasErrors() && v.IsWhollyKnown() && !v.IsNull() && v.Type() == cty.String {
					s.plan.ProviderRegions[key] = quota.Value[string]{V: v.AsString(), Set: true, Sensitive: v.HasMark(sensitive)}
				}
			}
		}
	}
}

// alias is a provider block's alias, "" for the default configuration.
func alias(b *hclsyntax.Block) string {
	attr, ok := b.Body.Attributes["alias"]
	if !ok {
		return ""
	}
	v, diags := attr.Expr.Value(nil)
	if diags.HasErrors() || v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
		return ""
	}
	return v.AsString()
}

// evalContext holds what an expression of a module instance ("" for the
// root module) refers to: its variables as the plan proves them, the root
// module's data sources as the plan read them, and the module's locals,
// evaluated in turn. What it refers to beyond these (resources, modules,
// count and each) is unknown.
func (s *Source) evalContext(expr hclsyntax.Expression, module string, depth int) *hcl.EvalContext {
	ctx := &hcl.EvalContext{Variables: map[string]cty.Value{}, Functions: functions}
	vars := map[string]cty.Value{}
	for _, t := range expr.Variables() {
		parts := refName(t)
		if len(parts) < 2 {
			continue
		}
		switch parts[0] {
		case "var":
			if v := s.variable(module, parts[1], depth+1); v != cty.NilVal {
				vars[parts[1]] = v
			}
		case "local":
			if _, ok := ctx.Variables["local"]; !ok {
				ctx.Variables["local"] = cty.EmptyObjectVal
			}
			locals := ctx.Variables["local"].AsValueMap()
			if locals == nil {
				locals = map[string]cty.Value{}
			}
			locals[parts[1]] = s.local(module, parts[1], depth+1)
			ctx.Variables["local"] = cty.ObjectVal(locals)
		case "data":
			if len(parts) >= 3 && module == "" {
				data := map[string]cty.Value{}
				if d, ok := ctx.Variables["data"]; ok {
					data = d.AsValueMap()
				}
				types := map[string]cty.Value{}
				if t, ok := data[parts[1]]; ok {
					types = t.AsValueMap()
				}
				types[parts[2]] = s.dataSource("data." + parts[1] + "." + parts[2])
				data[parts[1]] = cty.ObjectVal(types)
				ctx.Variables["data"] = cty.ObjectVal(data)
			} else {
				ctx.Variables["data"] = cty.DynamicVal
			}
		default:
			ctx.Variables[parts[0]] = cty.DynamicVal
		}
	}
	ctx.Variables["var"] = cty.ObjectVal(vars)
	return ctx
}

// variable is a module instance's input variable as the plan proves it:
// the root module's from the plan's variables; a child module's from its
// call's argument (a constant the plan recorded, or the expression in the
// calling module's files when its references are the recorded ones) or,
// when the call leaves it out, the variable's default. cty.NilVal when it
// cannot be had.
func (s *Source) variable(module, name string, depth int) cty.Value {
	if module == "" {
		if v, ok := s.plan.Variables[name]; ok {
			return v
		}
		return cty.NilVal
	}
	if depth > 16 {
		return cty.NilVal
	}
	path, _ := SplitAddress(module + ".x.y")
	call, ok := s.plan.calls[path]
	if !ok {
		return cty.NilVal
	}
	v := s.callArgument(call, module, name, depth)
	if v != cty.NilVal && call.sensitive[name] {
		v = v.Mark(sensitive)
	}
	return v
}

// callArgument is the value a module call gives one of the module's
// variables; cty.NilVal when it cannot be had.
func (s *Source) callArgument(call moduleCall, module, name string, depth int) cty.Value {
	arg, set := call.args[name]
	switch {
	case !set:
		if d, ok := call.defaults[name]; ok {
			if v, err := planValue(d, nil, nil); err == nil {
				return v
			}
		}
		return cty.NilVal
	case len(arg.refs) == 0:
		if v, err := planValue(arg.constant, nil, nil); err == nil {
			return v
		}
		return cty.NilVal
	}
	parent := module[:max(0, strings.LastIndex(module, ".module."))]
	parentPath, _ := SplitAddress(parent + ".x.y")
	dir, ok := "", parentPath == ""
	if !ok {
		dir, ok = s.plan.Modules[parentPath]
	}
	b := s.block(dir, "module", call.name)
	if !ok || b == nil {
		return cty.NilVal
	}
	attr, ok := b.Body.Attributes[name]
	if !ok || !sameReferences(attr.Expr, arg.refs) {
		return cty.NilVal
	}
	v, diags := attr.Expr.Value(s.evalContext(attr.Expr, parent, depth))
	if diags.HasErrors() {
		return cty.DynamicVal
	}
	return v
}

// Value is a resource's argument as the plan proves it, evaluated from its
// module's files with what the plan records (see evalContext); cty.NilVal
// when its expression is not the planned one.
func (s *Source) Value(r Resource, arg string) cty.Value {
	expr := s.argument(r, arg)
	if expr == nil {
		return cty.NilVal
	}
	v, diags := expr.Value(s.evalContext(expr, r.Module, 0))
	if diags.HasErrors() {
		return cty.DynamicVal
	}
	return v
}

// local evaluates a local value of a module instance, unknown when it
// cannot be had.
func (s *Source) local(module, name string, depth int) cty.Value {
	if depth > 16 {
		return cty.DynamicVal
	}
	path, _ := SplitAddress(module + ".x.y")
	dir, ok := "", path == ""
	if !ok {
		dir, ok = s.plan.Modules[path]
	}
	if !ok {
		return cty.DynamicVal
	}
	for _, body := range s.files(dir) {
		for _, b := range body.Blocks {
			if b.Type != "locals" {
				continue
			}
			if attr, ok := b.Body.Attributes[name]; ok {
				v, diags := attr.Expr.Value(s.evalContext(attr.Expr, module, depth))
				if diags.HasErrors() {
					return cty.DynamicVal
				}
				return v
			}
		}
	}
	return cty.DynamicVal
}

// dataSource is a root module data source as the plan read it: a tuple of
// its instances under count, an object under for_each, unknown when the
// plan did not read it.
func (s *Source) dataSource(addr string) cty.Value {
	if d, ok := s.plan.Data[addr]; ok {
		return d.Value()
	}
	elems := map[string]cty.Value{}
	indices := map[int]cty.Value{}
	for a, d := range s.plan.Data {
		rest, ok := strings.CutPrefix(a, addr+"[")
		if !ok || d.Module != "" {
			continue
		}
		key := strings.TrimSuffix(rest, "]")
		if k, err := unquote([]byte(key)); err == nil {
			elems[k] = d.Value()
		} else if i, err := strconv.Atoi(key); err == nil && i >= 0 {
			indices[i] = d.Value()
		}
	}
	switch {
	case len(elems) > 0:
		return cty.ObjectVal(elems)
	case len(indices) > 0:
		tuple := make([]cty.Value, len(indices))
		for i := range tuple {
			v, ok := indices[i]
			if !ok {
				return cty.DynamicVal
			}
			tuple[i] = v
		}
		return cty.TupleVal(tuple)
	}
	return cty.DynamicVal
}

// Link is the resource an argument names by a single reference, such as
// event_source_arn = aws_sqs_queue.jobs.arn or function_name =
// aws_lambda_function.this[0].arn: the address of the named resource
// instance in the same module instance, or "" when the link is not proven.
func (s *Source) Link(r Resource, arg string) string {
	expr := s.argument(r, arg)
	if expr == nil {
		return ""
	}
	return s.target(r, expr)
}

// LinkElements are the resources the elements of a list argument name,
// such as layers = [aws_lambda_layer_version.deps.arn, "arn:..."]: one
// address per element, "" where an element is not a proven reference; nil
// when the argument is not a list written out element by element.
func (s *Source) LinkElements(r Resource, arg string) []string {
	expr := s.argument(r, arg)
	tuple, ok := expr.(*hclsyntax.TupleConsExpr)
	if !ok {
		return nil
	}
	out := make([]string, len(tuple.Exprs))
	for i, e := range tuple.Exprs {
		out[i] = s.target(r, e)
	}
	return out
}

// argument is the expression of a resource's argument in its module's
// files, when its references are those the plan recorded for it.
func (s *Source) argument(r Resource, arg string) hclsyntax.Expression {
	module, block := SplitAddress(r.Address)
	key := strings.TrimPrefix(module+"."+block, ".")
	recorded := s.plan.Refs[key][arg]
	if len(recorded) == 0 {
		return nil
	}
	dir, ok := "", module == ""
	if !ok {
		dir, ok = s.plan.Modules[module]
	}
	typ, name, _ := strings.Cut(block, ".")
	if !ok {
		return nil
	}
	b := s.block(dir, "resource", typ, name)
	if b == nil {
		return nil
	}
	attr, ok := b.Body.Attributes[arg]
	if !ok || !sameReferences(attr.Expr, recorded) {
		return nil
	}
	return attr.Expr
}

// target is the resource instance one expression names: a reference to a
// resource's attribute, with the instance key a literal, or count.index or
// each.key of the resource r that holds it; try(ref, ...) and tostring(ref)
// name what ref names.
func (s *Source) target(r Resource, expr hclsyntax.Expression) string {
	for {
		switch e := expr.(type) {
		case *hclsyntax.TemplateWrapExpr:
			expr = e.Wrapped
			continue
		case *hclsyntax.FunctionCallExpr:
			if (e.Name == "try" || e.Name == "tostring") && len(e.Args) > 0 && !e.ExpandFinal {
				expr = e.Args[0]
				continue
			}
		}
		break
	}
	var root hcl.Traversal
	var key cty.Value
	switch e := expr.(type) {
	case *hclsyntax.ScopeTraversalExpr:
		root = e.Traversal
		if len(root) > 2 {
			if ix, ok := root[2].(hcl.TraverseIndex); ok {
				key, root = ix.Key, append(root[:2:2], root[3:]...)
			}
		}
	case *hclsyntax.RelativeTraversalExpr:
		// type.name[count.index].attr
		ix, ok := e.Source.(*hclsyntax.IndexExpr)
		if !ok || len(e.Traversal) == 0 {
			return ""
		}
		coll, ok := ix.Collection.(*hclsyntax.ScopeTraversalExpr)
		if !ok || len(coll.Traversal) != 2 {
			return ""
		}
		if key = ownKey(r, ix.Key); key == cty.NilVal {
			return ""
		}
		root = append(slices.Clone(coll.Traversal), e.Traversal...)
	default:
		return ""
	}
	parts := refName(root)
	if len(parts) != 3 || len(root) != 3 || notResources[parts[0]] {
		return ""
	}
	module, _ := SplitAddress(r.Address)
	target := parts[0] + "." + parts[1]
	// Without a key, a counted or for_each target is several resources:
	// which one is not proven by the reference.
	counted := s.plan.Counted[strings.TrimPrefix(module+"."+target, ".")]
	switch {
	case key == cty.NilVal && counted, key != cty.NilVal && !counted:
		return ""
	case key != cty.NilVal:
		suffix, ok := instanceKey(key)
		if !ok {
			return ""
		}
		target += suffix
	}
	if r.Module != "" {
		return r.Module + "." + target
	}
	return target
}

// ownKey is the value of count.index or each.key for the resource instance
// r, read from its address; cty.NilVal for any other expression.
func ownKey(r Resource, expr hclsyntax.Expression) cty.Value {
	st, ok := expr.(*hclsyntax.ScopeTraversalExpr)
	if !ok {
		return cty.NilVal
	}
	parts := refName(st.Traversal)
	if len(parts) != 2 || len(st.Traversal) != 2 {
		return cty.NilVal
	}
	open := strings.LastIndexByte(r.Address, '[')
	if open < 0 || !strings.HasSuffix(r.Address, "]") {
		return cty.NilVal
	}
	raw := r.Address[open+1 : len(r.Address)-1]
	switch parts[0] + "." + parts[1] {
	case "count.index":
		if i, err := strconv.Atoi(raw); err == nil {
			return cty.NumberIntVal(int64(i))
		}
	case "each.key":
		if k, err := unquote([]byte(raw)); err == nil {
			return cty.StringVal(k)
		}
	}
	return cty.NilVal
}

// instanceKey writes a key as an instance address writes it: [0], ["a"].
func instanceKey(key cty.Value) (string, bool) {
	if !key.IsKnown() || key.IsNull() {
		return "", false
	}
	switch key.Type() {
	case cty.String:
		b, err := json.Marshal(key.AsString())
		return "[" + string(b) + "]", err == nil
	case cty.Number:
		if i, acc := key.AsBigFloat().Int64(); acc == big.Exact && i >= 0 {
			return fmt.Sprintf("[%d]", i), true
		}
	}
	return "", false
}
