package tfplan

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/textfile"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// MaxPlanBytes is the largest plan JSON the checker reads.
const MaxPlanBytes = 1 << 30

// InputError is a plan that cannot be read: not JSON, not a plan, an
// unsupported format, truncated or too large. Its message is one line.
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

func inputErrorf(format string, args ...any) error {
	return &InputError{Msg: fmt.Sprintf(format, args...)}
}

// Plan is what the checker reads of a saved plan's JSON: the resources of
// the checked types that exist after apply, and the quotas of the
// configuration's provider "lambdaquota" block.
type Plan struct {
	FormatVersion    string
	TerraformVersion string
	// Timestamp is when the plan was made (Terraform 1.5 and later, and
	// OpenTofu, write it); zero when the plan does not say.
	Timestamp time.Time
	Resources []Resource
	// Deleted are the instances the plan destroys, with their values as
	// deployed: until apply destroys them, they still hold their share.
	Deleted []Resource
	// Quotas is the provider block's quotas argument; cty.NilVal when there
	// is none. QuotasNote says why it was not used, when it was not.
	Quotas     cty.Value
	QuotasNote string
	// WarnAtPercent is the provider block's warn_at_percent when it is a
	// constant; 0 when it is not set.
	WarnAtPercent float64
	// Modules maps module addresses (module.app, module.app.module.x) to
	// their source, for locating resources in files.
	Modules map[string]string
	// Configured maps resource blocks (module.app.aws_lambda_function.api)
	// to the arguments and blocks their configuration sets; nil when the
	// plan has no configuration.
	Configured map[string]map[string]bool
	// Variables are the root module's variables as the plan sets them, and
	// Data the data sources the plan read, by address: what expressions of
	// the configuration may be evaluated with.
	Variables map[string]cty.Value
	Data      map[string]Resource
	// QuotasRefs are the references of the provider block's quotas when it
	// is not a constant.
	QuotasRefs []string
	// Refs maps resource blocks to the references of each argument, and
	// Counted holds the blocks with count or for_each.
	Refs    map[string]map[string][]string
	Counted map[string]bool
	// ProviderOf maps resource blocks to their provider configuration's key
	// (aws, aws.west), and ProviderRegions those of the AWS provider to
	// their region, for resources whose plan has no region of its own.
	ProviderOf      map[string]string
	ProviderRegions map[string]quota.Value[string]
	// NotUnderstood are the changes whose actions this reader does not know,
	// and the changes of checked types it does not check (deferred ones).
	NotUnderstood []NotUnderstood
	// calls are the module calls, by module path (module.app.module.x).
	calls map[string]moduleCall
	// sensitiveVars are the root variables declared sensitive.
	sensitiveVars []string
	// providerRegionRefs are the root module's AWS provider configurations
	// whose region is an expression, by key.
	providerRegionRefs map[string]providerRef
}

// providerRef is a provider configuration's alias and the references of
// one of its arguments.
type providerRef struct {
	alias string
	refs  []string
}

// readVariables reads the root module's variable values.
func (p *Plan) readVariables(raw []byte) error {
	return members(raw, func(name string, v []byte) error {
		value, err := member(v, "value")
		if err != nil {
			return inputErrorf("variable %s cannot be read: %v", name, trimJSONError(err))
		}
		val, err := planValue(value, nil, nil)
		if err != nil {
			return inputErrorf("variable %s cannot be read: %v", name, err)
		}
		if slices.Contains(p.sensitiveVars, name) {
			val = val.Mark(sensitive)
		}
		p.Variables[name] = val
		return nil
	})
}

// NotUnderstood is a change the reader cannot fully account for: its
// resource, the actions the plan gives it, and whether a planned object of
// it is checked all the same. Reason says why, when it is not an unknown
// action list.
type NotUnderstood struct {
	Address string
	Actions []string
	Planned bool
	Reason  string
}

// Action is what the plan does to a resource.
type Action int

const (
	// Unchanged: deployed, and not changed by the plan (no-op, or only in
	// the prior state). It counts toward shared quotas only.
	Unchanged Action = iota
	// Create, Update and Replace: the plan sends the resource to AWS, so
	// its own quotas are checked.
	Create
	Update
	Replace
	// Read: a data source.
	Read
)

func (a Action) String() string {
	return [...]string{"no-op", "create", "update", "replace", "read"}[a]
}

// Changed reports whether apply sends the resource to AWS.
func (a Action) Changed() bool { return a == Create || a == Update || a == Replace }

// Resource is one resource instance of a checked type, with its values after
// apply: unknown where the plan does not know them yet, marked where they
// are sensitive.
type Resource struct {
	Address string
	// Module is the instance's module address ("" for the root module).
	Module string
	Mode   string
	Type   string
	Name   string
	Action Action
	// CreateBeforeDestroy marks a Replace whose new object is created
	// before the old one is destroyed, so both exist for a while.
	CreateBeforeDestroy bool
	// Kept marks the old object of a replacement that forgets it (destroy =
	// false): it stays in AWS beside the new object at the same address.
	Kept bool
	// The values as the plan writes them, copied out of the plan's bytes
	// (which are then dropped, planned_values and all) and decoded when
	// checked: a large plan is held once, as compact text. before is the
	// deployed object an Update or Replace changes.
	after, unknown, sensitive []byte
	before, beforeSensitive   []byte
}

// Before is the deployed object that an Update or Replace changes, or
// that a deletion removes; cty.NilVal when there is none.
func (r *Resource) Before() cty.Value {
	if isNull(r.before) {
		return cty.NilVal
	}
	v, err := planValue(r.before, nil, r.beforeSensitive)
	if err != nil {
		return cty.DynamicVal
	}
	return v
}

// Value is the resource's values after apply: unknown where the plan does
// not know them yet, marked where they are sensitive.
func (r *Resource) Value() cty.Value {
	v, err := planValue(r.after, r.unknown, r.sensitive)
	if err != nil {
		// Parse validated the JSON; a value it cannot convert is unknown,
		// which is never taken as passing.
		return cty.DynamicVal
	}
	return v
}

// CheckedTypes are the resource types the checks read.
var CheckedTypes = map[string]bool{
	"aws_lambda_function":                       true,
	"aws_lambda_layer_version":                  true,
	"aws_lambda_permission":                     true,
	"aws_lambda_policy":                         true,
	"aws_api_gateway_rest_api":                  true,
	"aws_api_gateway_rest_api_policy":           true,
	"aws_api_gateway_integration":               true,
	"aws_api_gateway_resource":                  true,
	"aws_api_gateway_stage":                     true,
	"aws_api_gateway_authorizer":                true,
	"aws_apigatewayv2_api":                      true,
	"aws_apigatewayv2_integration":              true,
	"aws_apigatewayv2_route":                    true,
	"aws_apigatewayv2_stage":                    true,
	"aws_lambda_provisioned_concurrency_config": true,
	"aws_lambda_event_source_mapping":           true,
	"aws_lambda_function_url":                   true,
	"aws_lambda_capacity_provider":              true,
	"aws_sqs_queue":                             true,
	"aws_efs_mount_target":                      true,
	"aws_subnet":                                true,
}

// ReadFile reads a plan's JSON from a file, or from r when name is "-".
func ReadFile(name string, stdin io.Reader) (*Plan, error) {
	src := stdin
	size := int64(0)
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, inputErrorf("cannot open the plan: %s", strings.TrimPrefix(err.Error(), "open "))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, inputErrorf("%s is a directory; pass the JSON of a saved plan: terraform show -json PLANFILE > plan.json", name)
		} else if err == nil && st.Size() > MaxPlanBytes {
			return nil, inputErrorf("%s is %d bytes, over the 1 GiB this command reads", name, st.Size())
		} else if err == nil {
			size = st.Size()
		}
		src = f
	}
	// The plan's bytes are held while it is checked: read them into one
	// buffer of the file's size, not a growing one.
	buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
	_, err := buf.ReadFrom(io.LimitReader(src, MaxPlanBytes+1))
	b := buf.Bytes()
	if err != nil {
		return nil, inputErrorf("cannot read the plan: %v", err)
	}
	if len(b) > MaxPlanBytes {
		return nil, inputErrorf("the plan is over the 1 GiB this command reads")
	}
	// PowerShell 5.1's > writes the JSON of terraform show -json as UTF-16.
	if b, err = textfile.UTF8(b); err != nil {
		return nil, inputErrorf("%s", err)
	}
	return Parse(b)
}

// Parse reads the JSON of `terraform show -json PLANFILE` or
// `tofu show -json PLANFILE`, format_version 1.x.
func Parse(b []byte) (*Plan, error) {
	i := skipSpace(b, 0)
	if i == len(b) {
		return nil, inputErrorf("the plan is empty; pass the JSON of a saved plan: terraform show -json PLANFILE > plan.json")
	}
	if b[i] != '{' {
		if len(b) > 4 && string(b[:4]) == "tfpl" || len(b) > 2 && b[0] == 'P' && b[1] == 'K' {
			return nil, inputErrorf("this is a binary plan file; pass its JSON: terraform show -json PLANFILE > plan.json")
		}
		return nil, inputErrorf("not JSON: a saved plan's JSON starts with '{'; make it with terraform show -json PLANFILE")
	}
	end, err := valueEnd(b, i)
	if err != nil {
		return nil, inputErrorf("the plan is not valid JSON: %v", trimJSONError(err))
	}
	top := map[string][]byte{}
	if err := members(b[i:end], func(k string, v []byte) error { top[k] = v; return nil }); err != nil {
		return nil, inputErrorf("the plan is not valid JSON: %v", trimJSONError(err))
	}
	if top["@message"] != nil || top["@level"] != nil {
		return nil, inputErrorf("this is the machine-readable log of terraform plan -json, one message per line, not a saved plan; " +
			"save the plan with terraform plan -out=tfplan, then pass the JSON of terraform show -json tfplan")
	}
	if rest := skipSpace(b, end); rest != len(b) {
		return nil, inputErrorf("the plan is not valid JSON: unexpected data after the top-level object, at byte %d", rest)
	}
	p := &Plan{Modules: map[string]string{}, ProviderOf: map[string]string{}, ProviderRegions: map[string]quota.Value[string]{},
		Variables: map[string]cty.Value{}, Data: map[string]Resource{}, Refs: map[string]map[string][]string{}, Counted: map[string]bool{},
		providerRegionRefs: map[string]providerRef{}, calls: map[string]moduleCall{}}
	if err := unmarshalString(top, "format_version", &p.FormatVersion); err != nil {
		return nil, err
	}
	if err := unmarshalString(top, "terraform_version", &p.TerraformVersion); err != nil {
		return nil, err
	}
	var stamp string
	if err := unmarshalString(top, "timestamp", &stamp); err != nil {
		return nil, err
	}
	if t, err := time.Parse(time.RFC3339, stamp); stamp != "" && err == nil {
		p.Timestamp = t.UTC()
	} else if stamp != "" {
		return nil, inputErrorf("the plan's timestamp %q is not an RFC 3339 time", stamp)
	}
	switch {
	case p.FormatVersion == "":
		return nil, inputErrorf("not a plan: there is no format_version; pass the JSON of terraform show -json PLANFILE")
	case top["resource_changes"] == nil && top["planned_values"] == nil:
		if top["values"] != nil {
			return nil, inputErrorf("this is the JSON of a state, not of a plan; save a plan with terraform plan -out=PLANFILE, then terraform show -json PLANFILE")
		}
		return nil, inputErrorf("not a plan: there are no resource_changes or planned_values")
	case !strings.HasPrefix(p.FormatVersion, "1."):
		return nil, inputErrorf("unsupported format_version %q; this command reads format 1.x, written by Terraform 1.0 and later and OpenTofu", p.FormatVersion)
	}
	seen := map[string]bool{}
	if raw := top["resource_changes"]; !isNull(raw) {
		if err := p.readChanges(raw, seen); err != nil {
			return nil, err
		}
	}
	if raw := top["deferred_changes"]; !isNull(raw) {
		if err := p.readDeferred(raw); err != nil {
			return nil, err
		}
	}
	if raw := top["prior_state"]; !isNull(raw) {
		if err := p.readPriorState(raw, seen); err != nil {
			return nil, err
		}
	}
	if raw := top["configuration"]; !isNull(raw) {
		p.Configured = map[string]map[string]bool{}
		if err := p.readConfiguration(raw); err != nil {
			return nil, err
		}
	}
	if raw := top["variables"]; !isNull(raw) {
		if err := p.readVariables(raw); err != nil {
			return nil, err
		}
	}
	return p, nil
}

func trimJSONError(err error) string {
	var se *syntaxError
	if errors.As(err, &se) {
		return se.msg
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func unmarshalString(top map[string][]byte, key string, dst *string) error {
	if raw := top[key]; !isNull(raw) {
		if err := json.Unmarshal(raw, dst); err != nil {
			return inputErrorf("not a plan: %s must be a string", key)
		}
	}
	return nil
}

type resourceHeader struct {
	Address       string `json:"address"`
	ModuleAddress string `json:"module_address"`
	Mode          string `json:"mode"`
	Type          string `json:"type"`
	Name          string `json:"name"`
}

// readChanges reads resource_changes: what the plan does to each instance,
// with the values after apply.
func (p *Plan) readChanges(raw []byte, seen map[string]bool) error {
	n := 0
	err := elements(raw, func(elem []byte) error {
		defer func() { n++ }()
		var h resourceHeader
		var change []byte
		if err := members(elem, func(k string, v []byte) error {
			if k == "change" {
				change = v
				return nil
			}
			return h.set(k, v)
		}); err != nil {
			return inputErrorf("resource_changes[%d] is not a resource change: %v", n, trimJSONError(err))
		}
		seen[h.Address] = true
		if !CheckedTypes[h.Type] {
			return nil
		}
		var actions []string
		vals := map[string][]byte{}
		err := members(change, func(k string, v []byte) error {
			if k == "actions" {
				return json.Unmarshal(v, &actions)
			}
			vals[k] = v
			return nil
		})
		if err != nil || isNull(change) {
			return inputErrorf("%s in resource_changes has no valid change: %v", h.Address, trimJSONError(cmp.Or(err, errNull)))
		}
		fate := changeFate(h.Mode, actions)
		r := Resource{Address: h.Address, Module: h.ModuleAddress, Mode: h.Mode, Type: h.Type, Name: h.Name, Action: fate.action,
			CreateBeforeDestroy: strings.Join(actions, ",") == "create,delete"}
		if fate.planned {
			r.after, r.unknown, r.sensitive = bytes.Clone(vals["after"]), bytes.Clone(vals["after_unknown"]), bytes.Clone(vals["after_sensitive"])
		}
		if fate.action == Update || fate.action == Replace || fate.old != oldNone {
			r.before, r.beforeSensitive = bytes.Clone(vals["before"]), bytes.Clone(vals["before_sensitive"])
		}
		if err := r.validate(); err != nil {
			return err
		}
		if !fate.known {
			p.NotUnderstood = append(p.NotUnderstood, NotUnderstood{Address: h.Address, Actions: actions, Planned: fate.planned})
		}
		if fate.old != oldNone && h.Mode == "managed" && !isNull(r.before) {
			old := Resource{Address: h.Address, Module: h.ModuleAddress, Mode: h.Mode, Type: h.Type, Name: h.Name,
				after: r.before, sensitive: r.beforeSensitive, before: r.before, beforeSensitive: r.beforeSensitive}
			if fate.old == oldDeleted {
				p.Deleted = append(p.Deleted, old)
			} else {
				// The old object stays in AWS beside the new one: it counts
				// as deployed, before the new one so that names and
				// references find the new one.
				old.Kept = fate.planned
				p.Resources = append(p.Resources, old)
			}
		}
		if fate.planned {
			p.Resources = append(p.Resources, r)
		}
		return nil
	})
	if err != nil {
		return wrapSyntax(err, "resource_changes")
	}
	return nil
}

var errNull = errors.New("it is null")

// readDeferred names the deferred changes of checked types (Terraform's
// -allow-deferral): apply leaves them for a later plan, which checks them.
func (p *Plan) readDeferred(raw []byte) error {
	n := 0
	err := elements(raw, func(elem []byte) error {
		defer func() { n++ }()
		var reason string
		var h resourceHeader
		var actions []string
		err := members(elem, func(k string, v []byte) error {
			switch k {
			case "reason":
				return json.Unmarshal(v, &reason)
			case "resource_change":
				return members(v, func(k string, v []byte) error {
					if k == "change" {
						return members(v, func(k string, v []byte) error {
							if k == "actions" {
								return json.Unmarshal(v, &actions)
							}
							return nil
						})
					}
					return h.set(k, v)
				})
			}
			return nil
		})
		if err != nil {
			return inputErrorf("deferred_changes[%d] is not a deferred change: %v", n, trimJSONError(err))
		}
		if CheckedTypes[h.Type] {
			p.NotUnderstood = append(p.NotUnderstood, NotUnderstood{Address: h.Address, Actions: actions,
				Reason: fmt.Sprintf("The plan defers the change of %s (reason %q): this apply leaves it for a later plan, "+
					"so it is neither checked nor counted here. Check the plan that makes it.", h.Address, reason)})
		}
		return nil
	})
	return wrapSyntax(err, "deferred_changes")
}

// validate checks that the values are JSON, so that Value cannot fail.
func (r *Resource) validate() error {
	for _, b := range [][]byte{r.after, r.unknown, r.sensitive, r.before, r.beforeSensitive} {
		if !isNull(b) && !json.Valid(b) {
			return inputErrorf("the values of %s cannot be read: they are not valid JSON", r.Address)
		}
	}
	return nil
}

// set reads one field of a resource's header.
func (h *resourceHeader) set(k string, v []byte) error {
	var dst *string
	switch k {
	case "address":
		dst = &h.Address
	case "module_address":
		dst = &h.ModuleAddress
	case "mode":
		dst = &h.Mode
	case "type":
		dst = &h.Type
	case "name":
		dst = &h.Name
	default:
		return nil
	}
	s, err := unquote(v)
	if err != nil {
		return fmt.Errorf("%s must be a string", k)
	}
	*dst = s
	return nil
}

// fate is what a change's actions do to a resource: whether apply leaves a
// planned object (after), and what becomes of the deployed one (before).
type fate struct {
	action  Action
	planned bool
	old     oldFate
	// known is false for actions this reader does not know: then what they
	// create is checked, and a deployed object not certainly deleted is
	// counted as kept.
	known bool
}

type oldFate int

const (
	// oldNone: the planned object is the deployed one, or there is none.
	oldNone oldFate = iota
	// oldKept: forgotten (destroy = false), the object stays in AWS.
	oldKept
	// oldDeleted: apply destroys it.
	oldDeleted
)

// changeFate reads a change's actions: those of the jsonplan format of
// Terraform (create, read, update, delete, no-op, forget, and the
// replacements delete,create, create,delete and create,forget) and OpenTofu
// (forget,create). A replacement that forgets keeps the old object in AWS
// beside the new one, so both count.
func changeFate(mode string, actions []string) fate {
	f := fate{planned: true, known: true}
	switch strings.Join(actions, ",") {
	case "create":
		f.action = Create
	case "update":
		f.action = Update
	case "delete,create", "create,delete":
		f.action = Replace
	case "no-op":
		f.action = Unchanged
	case "read":
		f.action = Read
	case "forget":
		f.planned, f.old = false, oldKept
	case "forget,create", "create,forget":
		f.action, f.old = Create, oldKept
	case "delete":
		f.planned, f.old = false, oldDeleted
	default:
		f.known = false
		f.planned = slices.Contains(actions, "create") || slices.Contains(actions, "update")
		f.action = Create
		if !slices.Contains(actions, "create") {
			f.action = Update
		}
		switch {
		case slices.Contains(actions, "delete"):
			f.old = oldDeleted
		case !f.planned || f.action == Create:
			f.old = oldKept
		}
	}
	if mode == "data" {
		f.action, f.old = Read, oldNone
	}
	return f
}

func wrapSyntax(err error, where string) error {
	var se *syntaxError
	if errors.As(err, &se) {
		return inputErrorf("the plan is not valid JSON in %s: %s", where, se.msg)
	}
	return err
}

// readPriorState adds the instances of the prior state that the changes do
// not list: data sources read during plan, and resources a targeted plan
// leaves out.
func (p *Plan) readPriorState(raw []byte, seen map[string]bool) error {
	values, err := member(raw, "values")
	if err != nil || isNull(values) {
		return wrapSyntax(err, "prior_state")
	}
	root, err := member(values, "root_module")
	if err != nil {
		return wrapSyntax(err, "prior_state")
	}
	if isNull(root) {
		return nil
	}
	return wrapSyntax(p.readStateModule(root, seen, 0), "prior_state")
}

func (p *Plan) readStateModule(raw []byte, seen map[string]bool, depth int) error {
	if depth > 100 {
		return inputErrorf("prior_state nests modules more than 100 deep")
	}
	var module string
	return members(raw, func(k string, v []byte) error {
		switch k {
		case "address":
			var err error
			module, err = unquote(v)
			return err
		case "resources":
			return elements(v, func(elem []byte) error {
				var h resourceHeader
				var values, sens []byte
				if err := members(elem, func(k string, v []byte) error {
					switch k {
					case "values":
						values = v
					case "sensitive_values":
						sens = v
					default:
						return h.set(k, v)
					}
					return nil
				}); err != nil {
					return inputErrorf("a resource in prior_state cannot be read: %v", trimJSONError(err))
				}
				if h.Mode == "data" && !seen[h.Address] {
					// Any data source may feed an expression, such as
					// aws_servicequotas_service_quota the provider's quotas.
					d := Resource{Address: h.Address, Module: module, Mode: h.Mode, Type: h.Type, Name: h.Name, Action: Read,
						after: bytes.Clone(values), sensitive: bytes.Clone(sens)}
					if err := d.validate(); err != nil {
						return err
					}
					p.Data[h.Address] = d
				}
				if seen[h.Address] || !CheckedTypes[h.Type] {
					return nil
				}
				seen[h.Address] = true
				action := Unchanged
				if h.Mode == "data" {
					action = Read
				}
				r := Resource{Address: h.Address, Module: module, Mode: h.Mode, Type: h.Type, Name: h.Name, Action: action,
					after: bytes.Clone(values), sensitive: bytes.Clone(sens)}
				if err := r.validate(); err != nil {
					return err
				}
				p.Resources = append(p.Resources, r)
				return nil
			})
		case "child_modules":
			return elements(v, func(elem []byte) error { return p.readStateModule(elem, seen, depth+1) })
		}
		return nil
	})
}
