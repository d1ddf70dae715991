package lintrules

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/terraform/addrs"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"
	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// issue is one finding, ready to emit.
type issue struct {
	message string
	rng     hcl.Range
}

// moduleRunner analyses its module once, on the first rule's Check, and
// gives every rule its quota's issues.
type moduleRunner struct {
	tflint.Runner
	limits quota.Limits
	once   sync.Once
	issues map[quota.ID][]issue
	err    error
	// files are the module's files, parsed once; names are the variables'
	// and locals' values asked of TFLint, and ctx the context that
	// evaluates references to them.
	files map[string]*hcl.File
	names map[string]map[string]cty.Value
	ctx   *hcl.EvalContext
	// modulePath is the module's path, once asked of TFLint.
	modulePath *addrs.Module
	// instances are shared by the runners of every module.
	instances *instances
	// evalFn evaluates expressions where the plugin has every value, for a
	// module instance the root module's runner checks (checkCalls).
	evalFn func(hcl.Expression) cty.Value
}

func (m *moduleRunner) analysis() (map[quota.ID][]issue, error) {
	m.once.Do(func() { m.issues, m.err = m.analyse() })
	return m.issues, m.err
}

// resource is one instance of a resource block, read as the AWS provider's
// object: blocks as lists of objects.
type resource struct {
	block *hclext.Block
	value cty.Value
	// ranges are where each argument is written, by its name and by the
	// flat name of the lambdaquota data sources.
	ranges map[string]hcl.Range
}

// rangeOf is where a finding's argument is written, else the block's
// header.
func (r resource) rangeOf(attr string) hcl.Range {
	if rng, ok := r.ranges[attr]; ok {
		return rng
	}
	return r.block.DefRange
}

var functionRows = decode.AttributesOf("aws_lambda_function")

// schemaFor is what the checks read of a resource type, from the attribute
// table: each argument users write, within the blocks that hold it.
func schemaFor(typ string) *hclext.BodySchema {
	s := &hclext.BodySchema{}
	for _, a := range decode.AttributesOf(typ).Arguments {
		path := a.Path
		if a.Computed {
			// The provider computes it; users write config, if anything.
			path = nil
			if a.Config != "" {
				path = []string{a.Config}
			}
		}
		if len(path) > 0 {
			addToSchema(s, path)
		}
	}
	return s
}

func addToSchema(s *hclext.BodySchema, path []string) {
	if len(path) == 1 {
		if !slices.ContainsFunc(s.Attributes, func(a hclext.AttributeSchema) bool { return a.Name == path[0] }) {
			s.Attributes = append(s.Attributes, hclext.AttributeSchema{Name: path[0]})
		}
		return
	}
	i := slices.IndexFunc(s.Blocks, func(b hclext.BlockSchema) bool { return b.Type == path[0] })
	if i < 0 {
		s.Blocks = append(s.Blocks, hclext.BlockSchema{Type: path[0], Body: &hclext.BodySchema{}})
		i = len(s.Blocks) - 1
	}
	addToSchema(s.Blocks[i].Body, path[1:])
}

var (
	// resourceSchemas are the resource types the rules read, with what
	// they read of each.
	resourceSchemas = map[string]*hclext.BodySchema{"aws_lambda_function": schemaFor("aws_lambda_function"),
		"aws_lambda_provisioned_concurrency_config": schemaFor("aws_lambda_provisioned_concurrency_config"),
		"aws_lambda_layer_version":                  schemaFor("aws_lambda_layer_version"),
		"aws_lambda_permission":                     schemaFor("aws_lambda_permission"),
		"aws_api_gateway_rest_api":                  schemaFor("aws_api_gateway_rest_api"),
		"aws_api_gateway_integration":               schemaFor("aws_api_gateway_integration"),
		"aws_apigatewayv2_api":                      schemaFor("aws_apigatewayv2_api"),
		"aws_apigatewayv2_integration":              schemaFor("aws_apigatewayv2_integration"),
		"aws_api_gateway_rest_api_policy":           schemaFor("aws_api_gateway_rest_api_policy"),
		"aws_api_gateway_resource":                  schemaFor("aws_api_gateway_resource"),
		"aws_api_gateway_stage":                     schemaFor("aws_api_gateway_stage"),
		"aws_api_gateway_authorizer":                schemaFor("aws_api_gateway_authorizer"),
		"aws_apigatewayv2_route":                    schemaFor("aws_apigatewayv2_route"),
		"aws_apigatewayv2_stage":                    schemaFor("aws_apigatewayv2_stage")}
)

// read reads every instance of a resource type of resourceSchemas, count
// and for_each expanded, evaluating each argument once.
func (m *moduleRunner) read(typ string) ([]resource, error) {
	content, err := m.content(typ, resourceSchemas[typ])
	if err != nil {
		return nil, err
	}
	out := make([]resource, 0, len(content.Blocks))
	for _, b := range content.Blocks {
		r := resource{block: b, ranges: map[string]hcl.Range{}}
		v, err := m.object(b.Body, r.ranges, "")
		if err != nil {
			return nil, err
		}
		r.value = v
		out = append(out, r)
	}
	return out, nil
}

// content is the blocks of a resource type. They are read from the
// module's files, fetched and parsed once, when none of them has count,
// for_each or a dynamic block and no override file changes them: TFLint's
// GetResourceContent sends every argument's expression, each then parsed
// again, which costs far more on a large module. Otherwise TFLint reads and
// expands them.
func (m *moduleRunner) content(typ string, schema *hclext.BodySchema) (*hclext.BodyContent, error) {
	expanded := func() (*hclext.BodyContent, error) {
		return m.GetResourceContent(typ, schema, &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeExpand})
	}
	if m.files == nil {
		files, err := m.moduleFiles()
		if err != nil {
			return nil, err
		}
		m.files = files
	}
	withMeta := *schema
	withMeta.Attributes = append(slices.Clone(schema.Attributes), hclext.AttributeSchema{Name: "count"}, hclext.AttributeSchema{Name: "for_each"})
	withMeta.Blocks = append(slices.Clone(schema.Blocks), hclext.BlockSchema{Type: "dynamic", LabelNames: []string{"name"}})
	top := &hclext.BodySchema{Blocks: []hclext.BlockSchema{{Type: "resource", LabelNames: []string{"type", "name"}, Body: &withMeta}}}
	out := &hclext.BodyContent{}
	for _, name := range slices.Sorted(maps.Keys(m.files)) {
		base := filepath.Base(strings.TrimSuffix(name, ".json"))
		if base == "override.tf" || strings.HasSuffix(base, "_override.tf") {
			return expanded()
		}
		c, diags := hclext.PartialContent(m.files[name].Body, top)
		if diags.HasErrors() {
			return expanded()
		}
		for _, b := range c.Blocks {
			if b.Labels[0] != typ {
				continue
			}
			_, count := b.Body.Attributes["count"]
			_, forEach := b.Body.Attributes["for_each"]
			dynamic := slices.ContainsFunc(b.Body.Blocks, func(b *hclext.Block) bool { return b.Type == "dynamic" })
			if count || forEach || dynamic {
				return expanded()
			}
			out.Blocks = append(out.Blocks, b)
		}
	}
	return out, nil
}

// object reads a body as an object. Every resource object has an id, which
// tells the decoder it is the AWS provider's, not one written by hand.
func (m *moduleRunner) object(body *hclext.BodyContent, ranges map[string]hcl.Range, block string) (cty.Value, error) {
	attrs := map[string]cty.Value{}
	if block == "" {
		attrs["id"] = cty.UnknownVal(cty.String)
	}
	for name, a := range body.Attributes {
		v, err := m.eval(a.Expr)
		if err != nil {
			return cty.NilVal, err
		}
		attrs[name] = v
		// An issue at the expression lets TFLint report an issue in a
		// called module at the module call's argument that gave the value.
		rng := m.issueRange(a.Expr)
		ranges[name] = rng
		if block != "" {
			ranges[block+"."+name] = rng
			for _, a := range functionRows.Arguments {
				if a.InBlock() && a.Path[len(a.Path)-2] == block && a.Path[len(a.Path)-1] == name {
					ranges[a.Name] = rng
				}
			}
		}
	}
	blocks := map[string][]cty.Value{}
	for _, b := range body.Blocks {
		v, err := m.object(b.Body, ranges, b.Type)
		if err != nil {
			return cty.NilVal, err
		}
		blocks[b.Type] = append(blocks[b.Type], v)
		if _, ok := ranges[b.Type]; !ok {
			ranges[b.Type] = b.DefRange
		}
	}
	for name, vs := range blocks {
		attrs[name] = cty.TupleVal(vs)
	}
	return cty.ObjectVal(attrs), nil
}

// issueRange is where an issue about an argument is written. In a called
// module, TFLint reports an issue at the module call's argument only when
// the expression it sits on refers to an input variable, so an argument
// that reads one through locals (filename = local.filename) has its issue
// written at the local's expression that refers to the variable, followed
// down the chain of locals. Elsewhere it is the argument's own expression.
func (m *moduleRunner) issueRange(expr hcl.Expression) hcl.Range {
	if m.called() {
		if e := m.throughLocals(expr, 0); e != nil {
			return e.Range()
		}
	}
	return expr.Range()
}

// throughLocals is the first expression, expr or a local's it reads, that
// refers to an input variable; nil when none does.
func (m *moduleRunner) throughLocals(expr hcl.Expression, depth int) hcl.Expression {
	if depth > 16 {
		return nil
	}
	var locals []string
	for _, ref := range expr.Variables() {
		switch ref.RootName() {
		case "var":
			return expr
		case "local":
			if len(ref) > 1 {
				if a, ok := ref[1].(hcl.TraverseAttr); ok {
					locals = append(locals, a.Name)
				}
			}
		}
	}
	for _, name := range locals {
		if e := m.local(name); e != nil {
			if found := m.throughLocals(e, depth+1); found != nil {
				return found
			}
		}
	}
	return nil
}

// local is a local value's expression in the module's files.
func (m *moduleRunner) local(name string) hcl.Expression {
	for _, f := range slices.Sorted(maps.Keys(m.files)) {
		body, ok := m.files[f].Body.(*hclsyntax.Body)
		if !ok {
			continue
		}
		for _, b := range body.Blocks {
			if a, ok := b.Body.Attributes[name]; ok && b.Type == "locals" {
				return a.Expr
			}
		}
	}
	return nil
}

// moduleFiles are the module's files. The instances of a module called
// with count or for_each share them, so they are fetched and parsed once.
func (m *moduleRunner) moduleFiles() (map[string]*hcl.File, error) {
	if !m.called() || m.instances == nil {
		return m.GetFiles()
	}
	return m.instances.files(m.modulePath.String(), m.GetFiles)
}

// called reports whether the runner is a called module's, not the root's.
func (m *moduleRunner) called() bool {
	if m.modulePath == nil {
		path, err := m.GetModulePath()
		m.modulePath = &path
		if err != nil {
			m.modulePath = nil
			return false
		}
	}
	return !m.modulePath.IsRoot()
}

// eval evaluates an expression in the plugin where it can, since asking
// TFLint costs a round trip that sends and re-parses the whole file: a
// literal; a value TFLint bound when it expanded count, for_each or a
// dynamic block; references to variables and locals, whose values it asks
// TFLint for once per name; references to resources, data sources and
// modules, which TFLint never knows, as unknown. The rest TFLint evaluates,
// once per argument. What TFLint cannot know is unknown, and never guessed.
func (m *moduleRunner) eval(expr hcl.Expression) (cty.Value, error) {
	if b, ok := expr.(*hclext.BoundExpr); ok {
		return b.Val, nil
	}
	if m.evalFn != nil {
		return m.evalFn(expr), nil
	}
	if ctx, ok := m.context(expr); ok {
		if v, diags := expr.Value(ctx); !diags.HasErrors() {
			return v, nil
		}
	}
	return m.host(expr)
}

func (m *moduleRunner) host(expr hcl.Expression) (cty.Value, error) {
	var v cty.Value
	want := cty.DynamicPseudoType
	if err := m.EvaluateExpr(expr, &v, &tflint.EvaluateExprOption{WantType: &want}); err != nil {
		return cty.NilVal, err
	}
	return v, nil
}

// context is what the plugin needs to evaluate expr itself, with ok false
// when it cannot: a function call, or a reference to count, each, path,
// self or terraform, which only TFLint resolves.
func (m *moduleRunner) context(expr hcl.Expression) (*hcl.EvalContext, bool) {
	refs := expr.Variables()
	if callsFunctions(expr) {
		return nil, false
	}
	if len(refs) == 0 {
		return nil, true
	}
	if m.names == nil {
		m.names = map[string]map[string]cty.Value{"var": {}, "local": {}}
		m.ctx = &hcl.EvalContext{Variables: map[string]cty.Value{}}
	}
	for _, ref := range refs {
		root := ref.RootName()
		switch root {
		case "var", "local":
			if len(ref) < 2 {
				return nil, false
			}
			attr, ok := ref[1].(hcl.TraverseAttr)
			if !ok {
				return nil, false
			}
			if _, done := m.names[root][attr.Name]; !done {
				// The variable or local alone, where the reference names it.
				v, err := m.host(&hclsyntax.ScopeTraversalExpr{Traversal: ref[:2], SrcRange: hcl.RangeBetween(ref[0].SourceRange(), attr.SrcRange)})
				if err != nil {
					return nil, false
				}
				m.names[root][attr.Name] = v
				m.ctx.Variables[root] = cty.ObjectVal(m.names[root])
			}
		case "count", "each", "path", "self", "terraform":
			return nil, false
		default:
			// A resource, data source or module output: TFLint knows none.
			m.ctx.Variables[root] = cty.DynamicVal
		}
	}
	return m.ctx, true
}

// callsFunctions reports whether an expression calls a function, which
// only TFLint can evaluate.
func callsFunctions(expr hcl.Expression) bool {
	found := false
	if e, ok := expr.(hclsyntax.Expression); ok {
		_ = hclsyntax.VisitAll(e, func(n hclsyntax.Node) hcl.Diagnostics {
			if _, ok := n.(*hclsyntax.FunctionCallExpr); ok {
				found = true
			}
			return nil
		})
	}
	return found
}
