package tfplan

import (
	"encoding/json"
	"path"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

type configModule struct {
	Resources []struct {
		Address           string                     `json:"address"`
		ProviderConfigKey string                     `json:"provider_config_key"`
		Expressions       map[string]json.RawMessage `json:"expressions"`
		CountExpression   json.RawMessage            `json:"count_expression"`
		ForEachExpression json.RawMessage            `json:"for_each_expression"`
	} `json:"resources"`
	Variables map[string]struct {
		Sensitive bool            `json:"sensitive"`
		Default   json.RawMessage `json:"default"`
	} `json:"variables"`
	ModuleCalls map[string]struct {
		Source      string                  `json:"source"`
		Module      json.RawMessage         `json:"module"`
		Expressions map[string]recordedExpr `json:"expressions"`
	} `json:"module_calls"`
}

// recordedExpr is an expression as a plan's configuration records it: a
// constant, or the references of an expression.
type recordedExpr struct {
	constant json.RawMessage
	refs     []string
}

func (e *recordedExpr) UnmarshalJSON(b []byte) error {
	if trimmed := strings.TrimSpace(string(b)); strings.HasPrefix(trimmed, "[") {
		// A nested block (default_tags in a provider block): a list of
		// its arguments' expressions. Nothing the checks read is proven.
		e.constant, e.refs = nil, []string{"?"}
		return nil
	}
	var raw struct {
		ConstantValue json.RawMessage `json:"constant_value"`
		References    []string        `json:"references"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	e.constant, e.refs = raw.ConstantValue, raw.References
	if len(e.constant) == 0 && len(e.refs) == 0 {
		// A nested block's arguments, or an expression of no references
		// that is not constant: nothing is proven.
		e.refs = []string{"?"}
	}
	return nil
}

// moduleCall is what a plan records of a module call: its name, its
// arguments and the called module's variable defaults.
type moduleCall struct {
	name      string
	args      map[string]recordedExpr
	defaults  map[string]json.RawMessage
	sensitive map[string]bool
}

// readConfiguration reads the root module's provider "lambdaquota" block,
// for its quotas, and where each module's files are.
func (p *Plan) readConfiguration(raw []byte) error {
	var cfg struct {
		ProviderConfig map[string]struct {
			Name          string                  `json:"name"`
			FullName      string                  `json:"full_name"`
			Alias         string                  `json:"alias"`
			ModuleAddress string                  `json:"module_address"`
			Expressions   map[string]recordedExpr `json:"expressions"`
		} `json:"provider_config"`
		RootModule json.RawMessage `json:"root_module"`
	}
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return inputErrorf("the plan's configuration cannot be read: %v", trimJSONError(err))
	}
	for key, pc := range cfg.ProviderConfig {
		if pc.Name == "aws" || strings.HasSuffix(pc.FullName, "/aws") {
			region := pc.Expressions["region"]
			p.ProviderRegions[key] = providerRegion(region.constant, region.refs)
			if len(region.refs) > 0 && region.refs[0] != "?" && pc.ModuleAddress == "" {
				p.providerRegionRefs[key] = providerRef{alias: pc.Alias, refs: region.refs}
			}
		}
		if !isLambdaQuota(pc.Name, pc.FullName) || pc.Alias != "" || pc.ModuleAddress != "" {
			continue
		}
		if w := pc.Expressions["warn_at_percent"]; !isNull(w.constant) {
			if err := json.Unmarshal(w.constant, &p.WarnAtPercent); err != nil {
				return inputErrorf("the provider block's warn_at_percent is not a number")
			}
		}
		q, ok := pc.Expressions["quotas"]
		switch {
		case !ok:
		case len(q.refs) > 0:
			p.QuotasRefs = q.refs
		case !isNull(q.constant):
			v, err := planValue(q.constant, nil, nil)
			if err != nil {
				return inputErrorf("the provider block's quotas cannot be read: %v", err)
			}
			p.Quotas = v
		}
	}
	if !isNull(cfg.RootModule) {
		p.readModuleCalls(cfg.RootModule, "", "", 0)
	}
	return nil
}

// providerRegion is an AWS provider configuration's region: its constant,
// unknown when an expression sets it, null when none does (the AWS
// provider then takes it from the environment, one Region for the run).
func providerRegion(constant json.RawMessage, refs []string) quota.Value[string] {
	var s string
	switch {
	case !isNull(constant) && json.Unmarshal(constant, &s) == nil:
		return quota.Known(s)
	case !isNull(constant) || len(refs) > 0:
		return quota.Unknown[string]()
	}
	return quota.Null[string]()
}

func isLambdaQuota(name, fullName string) bool {
	return name == "lambdaquota" || strings.HasSuffix(fullName, "/lambdaquota")
}

// readModuleCalls records each module's directory relative to the root
// module (local sources by their path, others where init installs them),
// and the arguments each resource block sets.
func (p *Plan) readModuleCalls(raw []byte, addr, dir string, depth int) {
	var m configModule
	if depth > 100 || json.Unmarshal(raw, &m) != nil {
		return
	}
	for name, v := range m.Variables {
		switch call, ok := p.calls[addr]; {
		case addr == "" && v.Sensitive:
			p.sensitiveVars = append(p.sensitiveVars, name)
		case ok:
			if len(v.Default) > 0 {
				call.defaults[name] = v.Default
			}
			call.sensitive[name] = v.Sensitive
		}
	}
	for _, r := range m.Resources {
		key := r.Address
		if addr != "" {
			key = addr + "." + key
		}
		set := make(map[string]bool, len(r.Expressions))
		for k := range r.Expressions {
			set[k] = true
		}
		p.Configured[key] = set
		p.ProviderOf[key] = r.ProviderConfigKey
		p.Counted[key] = len(r.CountExpression) > 0 || len(r.ForEachExpression) > 0
		for _, arg := range recordedArguments {
			var e struct {
				References []string `json:"references"`
			}
			if raw, ok := r.Expressions[arg]; ok && json.Unmarshal(raw, &e) == nil && len(e.References) > 0 {
				if p.Refs[key] == nil {
					p.Refs[key] = map[string][]string{}
				}
				p.Refs[key][arg] = e.References
			}
		}
	}
	for name, call := range m.ModuleCalls {
		child := "module." + name
		if addr != "" {
			child = addr + "." + child
		}
		var childDir string
		if strings.HasPrefix(call.Source, "./") || strings.HasPrefix(call.Source, "../") {
			childDir = path.Join(dir, call.Source)
		} else {
			key := strings.ReplaceAll(strings.TrimPrefix(child, "module."), ".module.", ".")
			childDir = path.Join(".terraform", "modules", key)
		}
		p.Modules[child] = childDir
		p.calls[child] = moduleCall{name: name, args: call.Expressions, defaults: map[string]json.RawMessage{}, sensitive: map[string]bool{}}
		if !isNull(call.Module) {
			p.readModuleCalls(call.Module, child, childDir, depth+1)
		}
	}
}
