package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/zclconf/go-cty/cty"
	ctymsgpack "github.com/zclconf/go-cty/cty/msgpack"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
)

// NewServer returns the provider's protocol server: the framework's, with
// the check functions called straight from the wire. Terraform sends a
// function's arguments as msgpack; the framework turns each value into its
// own types by reflection, which cost about 0.5 ms per function of a fleet
// (70 s for 100,000), where cty decodes the same bytes directly. Schemas,
// data sources and the other functions stay with the framework.
func NewServer(version string) func() (tfprotov6.ProviderServer, error) {
	return func() (tfprotov6.ProviderServer, error) {
		fw, err := providerserver.NewProtocol6WithError(New(version)())()
		if err != nil {
			return nil, err
		}
		s := &server{ProviderServer: fw, checks: map[string]*checkFunc{}}
		for _, c := range checks {
			for _, f := range []*checkFunc{{check: c}, {check: c, list: true}} {
				s.checks[f.functionName()] = f
			}
		}
		return s, nil
	}
}

type server struct {
	tfprotov6.ProviderServer
	checks map[string]*checkFunc
}

func (s *server) CallFunction(ctx context.Context, req *tfprotov6.CallFunctionRequest) (*tfprotov6.CallFunctionResponse, error) {
	f, ok := s.checks[req.Name]
	if !ok {
		return s.ProviderServer.CallFunction(ctx, req)
	}
	args, ferr := decodeArguments(req.Arguments)
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

// decodeArguments reads each argument from Terraform's msgpack.
func decodeArguments(in []*tfprotov6.DynamicValue) ([]cty.Value, *tfprotov6.FunctionError) {
	args := make([]cty.Value, len(in))
	for i, a := range in {
		v, err := decode.FromMsgPack(a.MsgPack)
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
