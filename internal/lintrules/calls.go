package lintrules

import (
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Module calls, checked from the root module. TFLint checks each instance
// of a called module on a runner of its own, and the plugin then asks
// TFLint for each instance's variables, a round trip each that sends the
// whole file again. For a local module whose resources the plugin can
// evaluate itself, the root module's runner reads the module's files once
// and checks every instance with the values the call gives it; the first
// of the module's own runners (TFLint makes them only when it inspects
// modules) reports what was found, at the module's expressions that read
// the variables, which TFLint reports at the call's arguments, and the
// others have nothing left to do.

// callFunctions are the functions a called module's expressions may use
// for the plugin to evaluate them itself: Terraform's, as cty implements
// them. An expression calling any other leaves the module to its runners.
var callFunctions = map[string]function.Function{
	"try": tryfunc.TryFunc, "can": tryfunc.CanFunc,
	"coalesce": stdlib.CoalesceFunc, "concat": stdlib.ConcatFunc, "contains": stdlib.ContainsFunc, "flatten": stdlib.FlattenFunc,
	"format": stdlib.FormatFunc, "join": stdlib.JoinFunc, "keys": stdlib.KeysFunc, "length": stdlib.LengthFunc,
	"lookup": stdlib.LookupFunc, "lower": stdlib.LowerFunc, "max": stdlib.MaxFunc, "merge": stdlib.MergeFunc,
	"min": stdlib.MinFunc, "upper": stdlib.UpperFunc, "values": stdlib.ValuesFunc,
	"tolist": stdlib.MakeToFunc(cty.List(cty.DynamicPseudoType)), "toset": stdlib.MakeToFunc(cty.Set(cty.DynamicPseudoType)),
	"tomap": stdlib.MakeToFunc(cty.Map(cty.DynamicPseudoType)), "tonumber": stdlib.MakeToFunc(cty.Number),
	"tostring": stdlib.MakeToFunc(cty.String),
}

// callMeta are a module block's arguments that are not its variables.
var callMeta = []string{"source", "version", "count", "for_each", "providers", "depends_on"}

// calledModule is a local module's files, read and parsed once.
type calledModule struct {
	files     map[string]*hcl.File
	defaults  map[string]hcl.Expression
	variables []string
	// sensitive are the variables declared sensitive: their values are
	// measured, never printed.
	sensitive map[string]bool
}

// checkCalls checks the instances of each local module the root module
// calls that the plugin can evaluate, and leaves their issues for the
// module's first runner to report. expected are the instances TFLint makes
// of each call.
func (m *moduleRunner) checkCalls(expected map[string]int) error {
	calls, err := m.GetModuleContent(moduleCallSchema, &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeNone})
	if err != nil {
		return err
	}
	root := "."
	for name := range m.files {
		root = filepath.Dir(name)
		break
	}
	for _, call := range calls.Blocks {
		name := call.Labels[0]
		mod := readCalledModule(root, call)
		if mod == nil {
			continue
		}
		bound, ok := m.instancesOf(call)
		if !ok || len(bound) != expected["module."+name] {
			continue
		}
		if issues, ok := m.checkInstances(name, mod, call, bound); ok {
			m.instances.handle("module."+name, issues)
		}
	}
	return nil
}

// instancesOf are the each or count values of a module call's instances,
// in TFLint's order; ok is false when count or for_each is not known.
func (m *moduleRunner) instancesOf(call *hclext.Block) (bound []map[string]cty.Value, ok bool) {
	if a, has := call.Body.Attributes["count"]; has {
		v, err := m.eval(a.Expr)
		if err != nil || !v.IsWhollyKnown() || v.IsNull() || v.Type() != cty.Number {
			return nil, false
		}
		n, acc := v.AsBigFloat().Int64()
		if acc != big.Exact || n < 0 {
			return nil, false
		}
		for i := range n {
			bound = append(bound, map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(i)})})
		}
		return bound, true
	}
	a, has := call.Body.Attributes["for_each"]
	if !has {
		return []map[string]cty.Value{{}}, true
	}
	v, err := m.eval(a.Expr)
	if err != nil || !v.IsWhollyKnown() || v.IsNull() || !v.CanIterateElements() || v.IsMarked() {
		return nil, false
	}
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		if v.Type().IsSetType() {
			if k.Type() != cty.String {
				return nil, false
			}
			k = e
		}
		bound = append(bound, map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": k, "value": e})})
	}
	return bound, true
}

// evalBound evaluates a module call's argument for one instance: with its
// each or count bound, else as any expression of the root module.
func (m *moduleRunner) evalBound(expr hcl.Expression, bound map[string]cty.Value) (cty.Value, bool) {
	refs := expr.Variables()
	if !slices.ContainsFunc(refs, func(t hcl.Traversal) bool { r := t.RootName(); return r == "each" || r == "count" }) {
		v, err := m.eval(expr)
		return v, err == nil
	}
	if callsFunctions(expr) {
		return cty.NilVal, false
	}
	vars := map[string]cty.Value{}
	for k, v := range bound {
		vars[k] = v
	}
	for _, ref := range refs {
		root := ref.RootName()
		switch root {
		case "each", "count":
			if _, ok := bound[root]; !ok {
				return cty.NilVal, false
			}
		case "var", "local":
			// The root module's variables and locals, asked once.
			if _, ok := m.context(&hclsyntax.ScopeTraversalExpr{Traversal: ref, SrcRange: ref.SourceRange()}); !ok {
				return cty.NilVal, false
			}
			vars[root] = m.ctx.Variables[root]
		case "path", "self", "terraform":
			return cty.NilVal, false
		default:
			vars[root] = cty.DynamicVal
		}
	}
	v, diags := expr.Value(&hcl.EvalContext{Variables: vars})
	return v, !diags.HasErrors()
}

// readCalledModule reads a local module the plugin can evaluate; nil when
// it cannot: a registry module, an override or JSON file, a checked
// resource with count, for_each or a dynamic block, or a function it does
// not know.
func readCalledModule(root string, call *hclext.Block) *calledModule {
	src, ok := call.Body.Attributes["source"]
	if !ok {
		return nil
	}
	v, diags := src.Expr.Value(nil)
	if diags.HasErrors() || v.Type() != cty.String || v.IsNull() || !v.IsKnown() {
		return nil
	}
	source := v.AsString()
	if !strings.HasPrefix(source, "./") && !strings.HasPrefix(source, "../") {
		return nil
	}
	dir := filepath.Join(root, source)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	mod := &calledModule{files: map[string]*hcl.File{}, defaults: map[string]hcl.Expression{}, sensitive: map[string]bool{}}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasSuffix(name, ".tf.json"), name == "override.tf", strings.HasSuffix(name, "_override.tf"):
			return nil
		case !strings.HasSuffix(name, ".tf") || e.IsDir():
			continue
		}
		path := filepath.Join(dir, name)
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		f, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
		if diags.HasErrors() {
			return nil
		}
		mod.files[path] = f
		body, ok := f.Body.(*hclsyntax.Body)
		if !ok {
			return nil
		}
		for _, b := range body.Blocks {
			switch {
			case b.Type == "variable" && len(b.Labels) == 1:
				mod.variables = append(mod.variables, b.Labels[0])
				if d, ok := b.Body.Attributes["default"]; ok {
					mod.defaults[b.Labels[0]] = d.Expr
				}
				if s, ok := b.Body.Attributes["sensitive"]; ok {
					v, diags := s.Expr.Value(nil)
					mod.sensitive[b.Labels[0]] = diags.HasErrors() || v.Type() != cty.Bool || !v.IsKnown() || v.IsNull() || v.True()
				}
				if !variableReadable(b.Body) {
					return nil
				}
			case b.Type == "locals":
				if !knownFunctions(b.Body) {
					return nil
				}
			case b.Type == "resource" && len(b.Labels) == 2 && resourceSchemas[b.Labels[0]] != nil:
				_, count := b.Body.Attributes["count"]
				_, forEach := b.Body.Attributes["for_each"]
				dynamic := slices.ContainsFunc(b.Body.Blocks, func(b *hclsyntax.Block) bool { return b.Type == "dynamic" })
				if count || forEach || dynamic || !knownFunctions(b.Body) {
					return nil
				}
			}
		}
	}
	if len(mod.files) == 0 {
		return nil
	}
	return mod
}

// variableReadable reports whether the plugin reads a variable as
// Terraform does: its type constraint (list(string) is written as a call)
// gives no optional attribute a default the plugin would not apply, and its
// default and validation call only callFunctions.
func variableReadable(body *hclsyntax.Body) bool {
	for name, a := range body.Attributes {
		if name != "type" {
			if !knownFunctions(a.Expr) {
				return false
			}
			continue
		}
		optional := false
		_ = hclsyntax.VisitAll(a.Expr, func(n hclsyntax.Node) hcl.Diagnostics {
			if call, ok := n.(*hclsyntax.FunctionCallExpr); ok && call.Name == "optional" {
				optional = true
			}
			return nil
		})
		if optional {
			return false
		}
	}
	return knownFunctions(&hclsyntax.Body{Blocks: body.Blocks})
}

// knownFunctions reports whether every function a node calls is one of
// callFunctions.
func knownFunctions(node hclsyntax.Node) bool {
	ok := true
	_ = hclsyntax.VisitAll(node, func(n hclsyntax.Node) hcl.Diagnostics {
		if call, isCall := n.(*hclsyntax.FunctionCallExpr); isCall {
			if _, known := callFunctions[call.Name]; !known {
				ok = false
			}
		}
		return nil
	})
	return ok
}

// checkInstances checks each instance of a module with the values its call
// gives it, as a runner of the module would, ENIs per VPC across them all.
func (m *moduleRunner) checkInstances(name string, mod *calledModule, call *hclext.Block, bound []map[string]cty.Value) (map[quota.ID][]issue, bool) {
	path := "module." + name
	across := &instances{expected: map[string]int{path: len(bound)}, seen: map[string][]instance{}}
	out := map[quota.ID][]issue{}
	seen := map[issue]bool{}
	for _, b := range bound {
		vars := map[string]cty.Value{}
		for _, v := range mod.variables {
			a, ok := call.Body.Attributes[v]
			switch {
			case ok && !slices.Contains(callMeta, v):
				val, ok := m.evalBound(a.Expr, b)
				if !ok {
					return nil, false
				}
				vars[v] = val
			case mod.defaults[v] != nil:
				val, diags := mod.defaults[v].Value(&hcl.EvalContext{Functions: callFunctions})
				if diags.HasErrors() {
					val = cty.DynamicVal
				}
				vars[v] = val
			default:
				vars[v] = cty.DynamicVal
			}
			if mod.sensitive[v] {
				vars[v] = vars[v].Mark(sensitiveMark)
			}
		}
		ctx := instanceContext(mod, vars)
		c := &moduleRunner{limits: m.limits, files: mod.files, modulePath: &addrs.Module{name}, instances: across,
			evalFn: func(expr hcl.Expression) cty.Value {
				v, diags := expr.Value(ctx)
				if diags.HasErrors() {
					return cty.DynamicVal
				}
				return v
			}}
		issues, err := c.analyse()
		if err != nil {
			return nil, false
		}
		for id, is := range issues {
			for _, i := range is {
				if !seen[i] {
					seen[i] = true
					out[id] = append(out[id], i)
				}
			}
		}
	}
	return out, true
}

// sensitiveMark marks a sensitive variable's value, as Terraform does.
const sensitiveMark = "sensitive"

// instanceContext evaluates a module instance's expressions: its variables,
// its locals, and every other reference unknown.
func instanceContext(mod *calledModule, vars map[string]cty.Value) *hcl.EvalContext {
	ctx := &hcl.EvalContext{Functions: callFunctions, Variables: map[string]cty.Value{"var": cty.ObjectVal(vars)}}
	locals := map[string]hcl.Expression{}
	for _, f := range mod.files {
		body, ok := f.Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		for _, b := range body.Blocks {
			if b.Type == "locals" {
				for name, a := range b.Body.Attributes {
					locals[name] = a.Expr
				}
			}
		}
	}
	for _, root := range []string{"path", "terraform", "data", "module", "each", "count", "self"} {
		ctx.Variables[root] = cty.DynamicVal
	}
	for _, typ := range allRoots(mod) {
		ctx.Variables[typ] = cty.DynamicVal
	}
	// Locals that read locals: evaluated pass after pass, as far as they go.
	values := map[string]cty.Value{}
	for name := range locals {
		values[name] = cty.DynamicVal
	}
	for range len(locals) + 1 {
		ctx.Variables["local"] = cty.ObjectVal(values)
		changed := false
		for name, expr := range locals {
			v, diags := expr.Value(ctx)
			if diags.HasErrors() {
				v = cty.DynamicVal
			}
			if !v.RawEquals(values[name]) {
				values[name], changed = v, true
			}
		}
		if !changed {
			break
		}
	}
	ctx.Variables["local"] = cty.ObjectVal(values)
	return ctx
}

// allRoots are the resource types a module's expressions refer to, which
// are unknown to the plugin.
func allRoots(mod *calledModule) []string {
	var out []string
	for _, f := range mod.files {
		body, ok := f.Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		_ = hclsyntax.VisitAll(body, func(n hclsyntax.Node) hcl.Diagnostics {
			if st, ok := n.(*hclsyntax.ScopeTraversalExpr); ok {
				root := st.Traversal.RootName()
				if root != "var" && root != "local" && !slices.Contains(out, root) {
					out = append(out, root)
				}
			}
			return nil
		})
	}
	return out
}
