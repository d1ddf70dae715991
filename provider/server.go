package provider

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/diagnostic"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// NewServer returns the provider's protocol server: the framework's, with
// the check functions, and the lambdaquota_functions data source, served
// straight from the wire. Terraform sends values as msgpack; the framework
// turns each into its own types by reflection and walks every nested
// attribute, which cost about 0.5 ms per function of a fleet (70 s for
// 100,000 in a function call, seconds per read of 1,000 in the data
// source), where cty decodes the same bytes directly. Schemas, the other
// data sources and functions stay with the framework.
func NewServer(version string) func() (tfprotov6.ProviderServer, error) {
	return func() (tfprotov6.ProviderServer, error) {
		p, ok := New(version)().(*lambdaQuotaProvider)
		if !ok {
			return nil, fmt.Errorf("the provider is not a *LambdaQuotaProvider")
		}
		fw, err := providerserver.NewProtocol6WithError(p)()
		if err != nil {
			return nil, err
		}
		s := &wireServer{ProviderServer: fw, provider: p, checks: map[string]*checkFunc{}, dataSources: map[string]*wireDataSource{
			"lambdaquota_functions": {checkingDataSource: &newFunctionsDataSource().checkingDataSource},
		}}
		for _, c := range checks {
			for _, f := range []*checkFunc{{check: c}, {check: c, list: true}} {
				s.checks[f.functionName()] = f
			}
		}
		return s, nil
	}
}

type wireServer struct {
	tfprotov6.ProviderServer
	provider    *lambdaQuotaProvider
	checks      map[string]*checkFunc
	dataSources map[string]*wireDataSource
	schemas     sync.Once
	schemasErr  error
}

// wireDataSource is a data source served from the wire, with its
// configuration's type.
type wireDataSource struct {
	*checkingDataSource
	ty cty.Type
}

func (s *wireServer) CallFunction(ctx context.Context, req *tfprotov6.CallFunctionRequest) (*tfprotov6.CallFunctionResponse, error) {
	f, ok := s.checks[req.Name]
	// The framework answers calls with the wrong number of arguments with
	// its own error.
	if !ok || !f.takes(len(req.Arguments)) {
		return s.ProviderServer.CallFunction(ctx, req)
	}
	args, ferr := f.decodeArguments(req.Arguments)
	if ferr != nil {
		return &tfprotov6.CallFunctionResponse{Error: ferr}, nil
	}
	return response(f.evaluate(args)), nil
}

// response carries a check's result, or its error, which is the outcome of
// the call and not a failure of the protocol.
func response(out cty.Value, fwErr *function.FuncError) *tfprotov6.CallFunctionResponse {
	if fwErr != nil {
		return &tfprotov6.CallFunctionResponse{Error: &tfprotov6.FunctionError{Text: fwErr.Text, FunctionArgument: fwErr.FunctionArgument}}
	}
	result, ferr := encodeResult(out)
	return &tfprotov6.CallFunctionResponse{Result: result, Error: ferr}
}

// takes reports whether the function's definition accepts n arguments: its
// parameters, and any number of options when it has them.
func (f *checkFunc) takes(n int) bool {
	return n == len(f.params) || f.options != "" && n > len(f.params)
}

// decodeArguments reads each argument from Terraform's msgpack.
func (f *checkFunc) decodeArguments(in []*tfprotov6.DynamicValue) ([]decode.Val, *tfprotov6.FunctionError) {
	args := make([]decode.Val, len(in))
	for i, a := range in {
		var msgpack []byte
		if a != nil {
			msgpack = a.MsgPack
		}
		v, err := decode.FromWire(msgpack, f.argName(i))
		if err != nil {
			pos := int64(i)
			return nil, &tfprotov6.FunctionError{FunctionArgument: &pos,
				Text: "The provider could not read this argument: " + err.Error() + ". Please report this to the provider's developers."}
		}
		args[i] = v
	}
	return args, nil
}

// encodeResult writes a result as msgpack of its own type.
func encodeResult(v cty.Value) (*tfprotov6.DynamicValue, *tfprotov6.FunctionError) {
	b, err := ctymsgpack.Marshal(v, v.Type())
	if err != nil {
		return nil, &tfprotov6.FunctionError{Text: "The provider could not write its result: " + err.Error() + ". Please report this to the provider's developers."}
	}
	return &tfprotov6.DynamicValue{MsgPack: b}, nil
}

// dataSource is the wire data source of typeName, with its schema's type
// read once from the framework; nil for the framework's data sources.
func (s *wireServer) dataSource(ctx context.Context, typeName string) (*wireDataSource, error) {
	ds := s.dataSources[typeName]
	if ds == nil {
		return nil, nil
	}
	s.schemas.Do(func() {
		resp, err := s.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
		if err != nil {
			s.schemasErr = err
			return
		}
		for name, d := range s.dataSources {
			sch := resp.DataSourceSchemas[name]
			if sch == nil {
				s.schemasErr = fmt.Errorf("no schema for %s", name)
				return
			}
			if d.ty, err = decode.CtyType(sch.ValueType()); err != nil {
				s.schemasErr = err
				return
			}
		}
	})
	return ds, s.schemasErr
}

// check decodes a data source's configuration from Terraform's msgpack and
// checks it; ok is false when it cannot be read or decoded.
func (s *wireServer) check(ds *wireDataSource, v *tfprotov6.DynamicValue, diags *diag.Diagnostics) (cty.Value, quota.Result, map[string]attr.Value, bool) {
	cfg := cty.NilVal
	err := errors.New("no configuration")
	if v != nil {
		cfg, err = ctymsgpack.Unmarshal(v.MsgPack, ds.ty)
	}
	if err != nil {
		diags.AddError("Unreadable Configuration", "The provider could not read its configuration: "+err.Error()+". Please report this to the provider's developers.")
		return cfg, quota.Result{}, nil, false
	}
	res, out, ok := ds.check(cfg, s.provider.limits(), diags)
	return cfg, res, out, ok
}

func (s *wireServer) ValidateDataResourceConfig(ctx context.Context, req *tfprotov6.ValidateDataResourceConfigRequest) (*tfprotov6.ValidateDataResourceConfigResponse, error) {
	ds, err := s.dataSource(ctx, req.TypeName)
	if ds == nil || err != nil {
		return s.ProviderServer.ValidateDataResourceConfig(ctx, req)
	}
	var diags diag.Diagnostics
	if _, res, _, ok := s.check(ds, req.Config, &diags); ok {
		validationDiagnostics(res, &diags)
	}
	return &tfprotov6.ValidateDataResourceConfigResponse{Diagnostics: protoDiagnostics(ctx, diags)}, nil
}

func (s *wireServer) ReadDataSource(ctx context.Context, req *tfprotov6.ReadDataSourceRequest) (*tfprotov6.ReadDataSourceResponse, error) {
	ds, err := s.dataSource(ctx, req.TypeName)
	if ds == nil || err != nil {
		return s.ProviderServer.ReadDataSource(ctx, req)
	}
	var diags diag.Diagnostics
	cfg, res, out, ok := s.check(ds, req.Config, &diags)
	if ok {
		diagnostic.AddFindings(&diags, res, quota.SurfaceDataSource, diagnostic.FindingAttribute)
	}
	if !ok || diags.HasError() {
		// As the framework does, the state is the configuration as given;
		// Terraform discards it with the errors.
		return &tfprotov6.ReadDataSourceResponse{State: req.Config, Diagnostics: protoDiagnostics(ctx, diags)}, nil
	}
	state, err := ds.state(ctx, cfg, out)
	if err != nil {
		diags.AddError("Unwritable State", "The provider could not write its results: "+err.Error()+". Please report this to the provider's developers.")
	}
	return &tfprotov6.ReadDataSourceResponse{State: state, Diagnostics: protoDiagnostics(ctx, diags)}, nil
}

// state is the configuration with the computed attributes set, as msgpack.
func (ds *wireDataSource) state(ctx context.Context, cfg cty.Value, out map[string]attr.Value) (*tfprotov6.DynamicValue, error) {
	attrs := cfg.AsValueMap()
	for _, name := range ds.computed {
		tv, err := out[name].ToTerraformValue(ctx)
		if err != nil {
			return nil, err
		}
		v, err := decode.FromTerraform(tv)
		if err != nil {
			return nil, err
		}
		if attrs[name], err = convert.Convert(v, ds.ty.AttributeType(name)); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	b, err := ctymsgpack.Marshal(cty.ObjectVal(attrs), ds.ty)
	if err != nil {
		return nil, err
	}
	return &tfprotov6.DynamicValue{MsgPack: b}, nil
}

// protoDiagnostics are framework diagnostics as the protocol sends them.
func protoDiagnostics(ctx context.Context, diags diag.Diagnostics) []*tfprotov6.Diagnostic {
	out := make([]*tfprotov6.Diagnostic, 0, len(diags))
	for _, d := range diags {
		pd := &tfprotov6.Diagnostic{Severity: tfprotov6.DiagnosticSeverityWarning, Summary: d.Summary(), Detail: d.Detail()}
		if d.Severity() == diag.SeverityError {
			pd.Severity = tfprotov6.DiagnosticSeverityError
		}
		if wp, ok := d.(diag.DiagnosticWithPath); ok {
			pd.Attribute = attributePath(ctx, wp.Path())
		}
		out = append(out, pd)
	}
	return out
}

// attributePath is a framework path as the protocol writes it; nil for the
// whole configuration.
func attributePath(ctx context.Context, p path.Path) *tftypes.AttributePath {
	steps := p.Steps()
	if len(steps) == 0 {
		return nil
	}
	out := tftypes.NewAttributePath()
	for _, step := range steps {
		switch st := step.(type) {
		case path.PathStepAttributeName:
			out = out.WithAttributeName(string(st))
		case path.PathStepElementKeyString:
			out = out.WithElementKeyString(string(st))
		case path.PathStepElementKeyInt:
			out = out.WithElementKeyInt(int(st))
		case path.PathStepElementKeyValue:
			v, err := st.ToTerraformValue(ctx)
			if err != nil {
				return out
			}
			out = out.WithElementKeyValue(v)
		}
	}
	return out
}
