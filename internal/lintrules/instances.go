package lintrules

import (
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/terraform-linters/tflint-plugin-sdk/hclext"
	"github.com/terraform-linters/tflint-plugin-sdk/tflint"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// instances gathers the functions of a called module's instances. TFLint
// checks each instance of a module called with count or for_each on a
// runner of its own, in parallel, so the ENIs of a VPC the instances share
// (26 instances on the same 10 subnets are 260) are counted here, across
// them, as they are across one resource's instances. The root module,
// checked first, says how many instances each module call has; the last
// instance checked counts them all. Only modules the root module calls are
// counted so; a subset of instances can only count fewer ENIs, never more.
type instances struct {
	mu       sync.Mutex
	expected map[string]int
	seen     map[string][]instance
	// parsed are each called module's files, by module path.
	parsed map[string]map[string]*hcl.File
	// handled are the modules the root module's runner checked, with what
	// it found, for their first runner to report.
	handled map[string]*handledCall
}

type handledCall struct {
	issues  map[quota.ID][]issue
	claimed bool
}

// handle records what the root module's runner found in a module's
// instances.
func (s *instances) handle(path string, issues map[quota.ID][]issue) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.handled == nil {
		s.handled = map[string]*handledCall{}
	}
	s.handled[path] = &handledCall{issues: issues}
}

// claim is what a module's runner reports of a module the root module's
// runner checked: everything, for the first, and nothing for the others;
// ok is false for a module it did not check.
func (s *instances) claim(path string) (issues map[quota.ID][]issue, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h, ok := s.handled[path]
	if !ok {
		return nil, false
	}
	if h.claimed {
		return map[quota.ID][]issue{}, true
	}
	h.claimed = true
	return h.issues, true
}

// files are a called module's files, fetched by get for its first instance.
func (s *instances) files(path string, get func() (map[string]*hcl.File, error)) (map[string]*hcl.File, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.parsed[path]; ok {
		return f, nil
	}
	f, err := get()
	if err != nil {
		return nil, err
	}
	if s.parsed == nil {
		s.parsed = map[string]map[string]*hcl.File{}
	}
	s.parsed[path] = f
	return f, nil
}

// instance is what one instance's runner found: its functions, where each
// one's subnets are written, and whether it reported ENIs per VPC itself.
type instance struct {
	functions []quota.FleetFunction
	ranges    []hcl.Range
	reported  bool
}

// moduleCallSchema reads the root module's module calls with their
// arguments.
var moduleCallSchema = &hclext.BodySchema{Blocks: []hclext.BlockSchema{{Type: "module", LabelNames: []string{"name"},
	Body: &hclext.BodySchema{Mode: hclext.SchemaJustAttributesMode}}}}

// count records, on the root module's runner, how many instances each
// module call has, as TFLint expands them, and forgets earlier runs.
func (s *instances) count(runner tflint.Runner) (map[string]int, error) {
	content, err := runner.GetModuleContent(moduleCallSchema, &tflint.GetModuleContentOption{ExpandMode: tflint.ExpandModeExpand})
	if err != nil {
		return nil, err
	}
	expected := map[string]int{}
	for _, b := range content.Blocks {
		expected["module."+b.Labels[0]]++
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expected, s.seen, s.parsed, s.handled = expected, map[string][]instance{}, nil, nil
	return expected, nil
}

// add records one instance of a module and, when it is the last one, the
// ENIs per VPC over all of them: issues at where the subnets of a function
// of the violating VPC are written, which TFLint reports at the module
// call's argument. Nothing is added again where an instance reported the
// quota itself.
func (s *instances) add(limits quota.Limits, path string, in instance) []issue {
	s.mu.Lock()
	defer s.mu.Unlock()
	want, ok := s.expected[path]
	if !ok || want < 2 {
		return nil
	}
	s.seen[path] = append(s.seen[path], in)
	all := s.seen[path]
	if len(all) != want {
		return nil
	}
	var fleet quota.Fleet
	var ranges []hcl.Range
	for _, i := range all {
		if i.reported {
			return nil
		}
		fleet.Functions = append(fleet.Functions, i.functions...)
		ranges = append(ranges, i.ranges...)
	}
	var out []issue
	rep := quota.CheckFleet(limits, fleet)
	for g, vr := range rep.VPCs {
		for _, f := range vr.Findings {
			if f.Kind.IsError() && f.Quota == quota.ENIsPerVPC {
				out = append(out, issue{message: f.Summary + ": " + f.Message(quota.SurfaceLint), rng: ranges[rep.VPCMembers[g][0]]})
			}
		}
	}
	return out
}
