package awstest

import (
	"context"
	"sync"

	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// computedBlocks are the blocks of aws_lambda_function that the AWS
// provider (terraform-plugin-sdk) declares optional and computed: left out
// of the configuration, they are unknown while the function is created and
// what AWS reports once it exists. The framework cannot declare a computed
// block, so the server plans them so itself, and says, as the SDK's
// providers do, that its plans may differ from what it applies
// (UnsafeToUseLegacyTypeSystem).
var computedBlocks = map[string][]string{"aws_lambda_function": {"ephemeral_storage", "logging_config", "tracing_config"}}

// legacyServer is the framework's server with computed blocks planned as
// the AWS provider plans them.
type legacyServer struct {
	tfprotov6.ProviderServer
	// types are the resources' value types, read once; Terraform plans
	// resources concurrently.
	mu    sync.Mutex
	types map[string]tftypes.Type
}

// typeOf is a resource type's value type, from the server's schema: Terraform
// may not ask for the schema of a server that says it need not.
func (s *legacyServer) typeOf(ctx context.Context, name string) (tftypes.Type, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.types == nil {
		resp, err := s.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
		if err != nil || resp == nil {
			return nil, false
		}
		s.types = map[string]tftypes.Type{}
		for n, sch := range resp.ResourceSchemas {
			s.types[n] = sch.ValueType()
		}
	}
	t, ok := s.types[name]
	return t, ok
}

func (s *legacyServer) PlanResourceChange(ctx context.Context, req *tfprotov6.PlanResourceChangeRequest) (*tfprotov6.PlanResourceChangeResponse, error) {
	resp, err := s.ProviderServer.PlanResourceChange(ctx, req)
	blocks, ok := computedBlocks[req.TypeName]
	if err != nil || resp == nil || resp.PlannedState == nil || !ok {
		return resp, err
	}
	resp.UnsafeToUseLegacyTypeSystem = true //nolint:staticcheck // as the SDK-based AWS provider says of its plans
	typ, known := s.typeOf(ctx, req.TypeName)
	if !known {
		return resp, nil
	}
	planned, err := unknownBlocks(typ, req.PriorState, resp.PlannedState, blocks)
	if err != nil || planned == nil {
		return resp, err
	}
	resp.PlannedState = planned
	return resp, nil
}

// unknownBlocks is a planned state with the blocks the configuration
// leaves out unknown, while the resource is being created; nil when it
// keeps the planned state as it is.
func unknownBlocks(typ tftypes.Type, prior, plannedState *tfprotov6.DynamicValue, blocks []string) (*tfprotov6.DynamicValue, error) {
	if prior != nil {
		p, err := prior.Unmarshal(typ)
		if err != nil || !p.IsNull() {
			// An existing resource keeps what AWS reported.
			return nil, err
		}
	}
	planned, err := plannedState.Unmarshal(typ)
	if err != nil || planned.IsNull() {
		return nil, err
	}
	var attrs map[string]tftypes.Value
	if err := planned.As(&attrs); err != nil {
		return nil, err
	}
	changed := false
	for _, b := range blocks {
		v, ok := attrs[b]
		var elems []tftypes.Value
		if !ok || !v.IsKnown() || v.IsNull() || v.As(&elems) != nil || len(elems) > 0 {
			continue
		}
		attrs[b] = tftypes.NewValue(v.Type(), tftypes.UnknownValue)
		changed = true
	}
	if !changed {
		return nil, nil
	}
	dv, err := tfprotov6.NewDynamicValue(typ, tftypes.NewValue(typ, attrs))
	return &dv, err
}

func (s *legacyServer) ApplyResourceChange(ctx context.Context, req *tfprotov6.ApplyResourceChangeRequest) (*tfprotov6.ApplyResourceChangeResponse, error) {
	resp, err := s.ProviderServer.ApplyResourceChange(ctx, req)
	if _, ok := computedBlocks[req.TypeName]; ok && resp != nil {
		resp.UnsafeToUseLegacyTypeSystem = true //nolint:staticcheck // as the SDK-based AWS provider says of what it applies
	}
	return resp, err
}
