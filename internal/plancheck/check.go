package plancheck

import (
	"cmp"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"

	"github.com/zclconf/go-cty/cty"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/decode"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Options are what a check needs besides the plan.
type Options struct {
	// Dir is the root module's directory: relative filenames are read from it.
	Dir    string
	Limits quota.Limits
	// Source is the configuration's files under Dir, for the links between
	// resources; Check reads them when it is nil.
	Source *tfplan.Source
	// Snapshots are account snapshots, one per Region: what the rest of the
	// account spends.
	Snapshots []*quota.Snapshot
}

// Item is one finding, tied to the resource it is about: a per-resource
// finding to its resource, a VPC's to its first changed function (Related
// lists the group's other functions), a policy's to its function. Address
// is empty for the account-wide totals.
type Item struct {
	Address string
	Related []string
	// Scope names what a shared quota is counted over (Region us-east-1,
	// VPC vpc-0abc); empty for a resource's own quota.
	Scope string
	quota.Finding
}

// Undecided is a resource (or the account, with an empty address) whose
// quotas depend on values unknown until apply, with no certain violation.
type Undecided struct {
	Address string
	Quotas  []quota.ID
}

// Report is the outcome of Check.
type Report struct {
	Items     []Item
	Undecided []Undecided
	// Checked are the resources checked on their own (created, updated or
	// replaced), by type; Counted are the deployed ones counted toward
	// shared quotas.
	Checked map[string]int
	Counted map[string]int
	// Resources are the addresses of every checked resource, sorted, for
	// reports that list passes as well as failures.
	Resources []string
	// Headroom is how full each shared quota the plan touches is.
	Headroom []Headroom
}

// Headroom is what a shared quota holds after the plan, against its limit:
// the ENIs of a VPC, a Region's reserved concurrency and code storage, a
// function's resource-based policy. Used is unknown (with its known part)
// where some of it is not known before apply.
type Headroom struct {
	Quota quota.ID
	// Scope is what the quota is counted over: VPC vpc-0abc, Region
	// us-east-1, function aws_lambda_function.api.
	Scope string
	Used  quota.Value[int64]
	// Added is what the plan adds to Used where an account snapshot tells
	// what was there before (the ENIs of new subnet and security-group
	// pairs); null otherwise.
	Added quota.Value[int64]
	Limit int64
	Unit  string
}

// Errors counts the findings that fail a plan.
func (r *Report) Errors() int {
	n := 0
	for _, it := range r.Items {
		if it.Kind.IsError() {
			n++
		}
	}
	return n
}

type checker struct {
	opts      Options
	rep       Report
	undecided map[string][]quota.ID

	functions []tfplan.Resource
	arns      []quota.Value[string]
	fleet     quota.Fleet
	byName    map[string]int
	byARN     map[string]int
	// layerFiles are the packages of the plan's layer versions by ARN, and
	// layerByAddr by address, "" for a package that cannot be read.
	layerFiles  map[string]string
	layerByAddr map[string]string
	queuesByARN map[string]tfplan.Resource
	// byAddr and queuesByAddr find what a proven reference names.
	byAddr       map[string]int
	queuesByAddr map[string]tfplan.Resource
	configured   map[string]map[string]bool
	plan         *tfplan.Plan
	// provisionedAt are the addresses of Fleet.Provisioned's configurations,
	// and provisionedRes the resources.
	provisionedAt  []string
	provisionedRes []tfplan.Resource
}

// Check runs every check on a plan: each created or updated Lambda
// function, layer version, permission policy, provisioned concurrency
// configuration and SQS event source mapping, then the quotas they share
// with the deployed resources: ENIs per VPC, concurrency against the
// unreserved floor and code storage.
func Check(p *tfplan.Plan, opts Options) Report {
	if opts.Source == nil {
		opts.Source = tfplan.NewSource(p, opts.Dir)
	}
	opts.Source.ProveProviderRegions()
	c := &checker{
		opts:      opts,
		rep:       Report{Checked: map[string]int{}, Counted: map[string]int{}},
		undecided: map[string][]quota.ID{},
		byName:    map[string]int{}, byARN: map[string]int{}, layerFiles: map[string]string{}, layerByAddr: map[string]string{},
		queuesByARN: map[string]tfplan.Resource{}, byAddr: map[string]int{}, queuesByAddr: map[string]tfplan.Resource{},
		configured: p.Configured,
		plan:       p,
		fleet:      quota.Fleet{SubnetVPCs: map[string]string{}},
	}
	byType := map[string][]tfplan.Resource{}
	for _, r := range p.Resources {
		byType[r.Type] = append(byType[r.Type], r)
		switch {
		case r.Action.Changed():
			c.rep.Checked[r.Type]++
			c.rep.Resources = append(c.rep.Resources, r.Address)
		case r.Mode == "managed":
			c.rep.Counted[r.Type]++
		}
	}
	c.notUnderstood(p)
	c.indexSupport(byType)
	for _, r := range byType["aws_lambda_layer_version"] {
		c.layer(r)
	}
	c.readFunctions(byType["aws_lambda_function"])
	for _, r := range byType["aws_lambda_provisioned_concurrency_config"] {
		c.provisioned(r)
	}
	c.permissions(byType["aws_lambda_permission"], byType["aws_lambda_function_url"])
	c.resourcePolicies(byType["aws_lambda_policy"], byType["aws_lambda_permission"])
	for _, r := range byType["aws_lambda_event_source_mapping"] {
		c.eventSource(r)
	}
	c.eventSourceShares(byType["aws_lambda_event_source_mapping"])
	for _, r := range byType["aws_lambda_function_url"] {
		c.functionURL(r)
	}
	c.capacityProviders(byType["aws_lambda_capacity_provider"])
	c.apiGateway(byType)
	c.accounts(byType)
	c.checkFleet()
	c.checkApplyOrder(p, byType)

	for addr, ids := range c.undecided {
		slices.Sort(ids)
		c.rep.Undecided = append(c.rep.Undecided, Undecided{Address: addr, Quotas: slices.Compact(ids)})
	}
	slices.SortFunc(c.rep.Undecided, func(a, b Undecided) int { return naturalCompare(a.Address, b.Address) })
	slices.SortStableFunc(c.rep.Items, func(a, b Item) int {
		return cmp.Or(naturalCompare(a.Address, b.Address), strings.Compare(string(a.Quota), string(b.Quota)))
	})
	slices.SortFunc(c.rep.Resources, naturalCompare)
	return c.rep
}

// notUnderstood warns of each change the reader does not know, saying what
// was checked of it all the same.
func (c *checker) notUnderstood(p *tfplan.Plan) {
	for _, n := range p.NotUnderstood {
		actions, _ := json.Marshal(n.Actions)
		detail := fmt.Sprintf("The plan gives %s the actions %s, which this version of lambdaquota does not know. ", n.Address, actions)
		if n.Reason != "" {
			detail = n.Reason + " "
		}
		switch {
		case n.Reason != "":
		case n.Planned:
			detail += "The object they create was checked as a new one, and a deployed object that they do not certainly delete was counted toward shared quotas as kept."
		default:
			detail += "They create nothing to check; a deployed object that they do not certainly delete was counted toward shared quotas as kept."
		}
		c.rep.Items = append(c.rep.Items, Item{Address: n.Address, Finding: quota.Finding{Kind: quota.NotUnderstood, Index: -1,
			Summary: "Plan Change Not Understood", Detail: detail,
			Remedy: "Use a lambdaquota release that knows this CLI's plan format, or check this resource's quotas by hand."}})
	}
}

// indexSupport reads what the checks look things up in: subnets' VPCs,
// layers' packages, queues and EFS mount targets.
func (c *checker) indexSupport(byType map[string][]tfplan.Resource) {
	for _, r := range byType["aws_subnet"] {
		v := decode.New(r.Value(), r.Address)
		dc := &decode.Decoder{}
		id, vpc := dc.String(v.Get("id")), dc.String(v.Get("vpc_id"))
		if id.IsKnown() && vpc.IsKnown() && id.V != "" && vpc.V != "" {
			c.fleet.SubnetVPCs[id.V] = vpc.V
		}
	}
	for _, r := range byType["aws_lambda_layer_version"] {
		v := decode.New(r.Value(), r.Address)
		dc := &decode.Decoder{}
		arn, file, bucket := dc.String(v.Get("arn")), dc.String(v.Get("filename")), dc.String(v.Get("s3_bucket"))
		// A layer's package is read from a local file; one in S3 cannot be.
		pkg := ""
		if file.IsKnown() && !bucket.Set && !bucket.Unknown {
			pkg = c.path(file.V)
		}
		if r.Mode == "managed" && !r.Kept {
			c.layerByAddr[r.Address] = pkg
		}
		if arn.IsKnown() {
			c.layerFiles[arn.V] = pkg
		}
	}
	for _, r := range byType["aws_sqs_queue"] {
		c.queuesByAddr[r.Address] = r
		if arn := (&decode.Decoder{}).String(decode.New(r.Value(), r.Address).Get("arn")); arn.IsKnown() {
			c.queuesByARN[arn.V] = r
		}
	}
	subnets := quota.Value[[]quota.Value[string]]{Set: true}
	c.fleet.NewMountTargetSubnets = map[string]bool{}
	for _, r := range byType["aws_efs_mount_target"] {
		if r.Mode != "managed" {
			continue
		}
		v, dc := decode.New(r.Value(), r.Address), &decode.Decoder{}
		subnet := dc.String(v.Get("subnet_id"))
		subnets.V = append(subnets.V, subnet)
		c.fleet.MountTargetIDs = append(c.fleet.MountTargetIDs, dc.String(v.Get("id")))
		c.fleet.MountTargetENIIDs = append(c.fleet.MountTargetENIIDs, dc.String(v.Get("network_interface_id")))
		if r.Action.Changed() && subnet.IsKnown() {
			c.fleet.NewMountTargetSubnets[subnet.V] = true
		}
	}
	if len(subnets.V) > 0 {
		c.fleet.MountTargetSubnets = subnets
	}
}

// regionOf is the Region a resource is in: its planned region (the AWS
// provider v6 plans one for every resource), else its provider
// configuration's, else null for the one default Region.
func (c *checker) regionOf(r tfplan.Resource, v decode.Val) quota.Value[string] {
	if region := (&decode.Decoder{}).String(v.Get("region")); region.Set || region.Unknown {
		return region
	}
	module, block := tfplan.SplitAddress(r.Address)
	if key, ok := c.plan.ProviderOf[strings.TrimPrefix(module+"."+block, ".")]; ok {
		if region, ok := c.plan.ProviderRegions[key]; ok {
			return region
		}
	}
	return quota.Null[string]()
}

// Region is the one Region of every resource the checks read, when the
// plan proves it (their planned region, else their provider
// configuration's); "" when there are several, or one is not known.
func Region(p *tfplan.Plan, src *tfplan.Source) string {
	if src != nil {
		src.ProveProviderRegions()
	}
	c := &checker{plan: p}
	found := ""
	for _, r := range p.Resources {
		if r.Mode != "managed" {
			continue
		}
		region := c.regionOf(r, decode.New(r.Value(), r.Address))
		switch {
		case !region.IsKnown() || region.V == "" || found != "" && region.V != found:
			return ""
		default:
			found = region.V
		}
	}
	return found
}

// nameKey keys a function name within its Region, where names are unique;
// ok is false while the Region is unknown.
func nameKey(region quota.Value[string], name string) (key string, ok bool) {
	return region.V + "\x00" + name, !region.Unknown
}

// path resolves a filename as Terraform does: relative to the root module.
func (c *checker) path(name string) string {
	if name == "" || filepath.IsAbs(name) || c.opts.Dir == "" || c.opts.Dir == "." {
		return name
	}
	return filepath.Join(c.opts.Dir, name)
}

// add records a check's outcome for a resource.
func (c *checker) add(addr string, related []string, res quota.Result) {
	c.addScoped(addr, related, "", res)
}

// addScoped records a check's outcome over a scope of shared quotas.
func (c *checker) addScoped(addr string, related []string, scope string, res quota.Result) {
	for _, f := range res.Findings {
		f.Subject, f.SubjectPath = "", nil
		c.rep.Items = append(c.rep.Items, Item{Address: addr, Related: related, Scope: scope, Finding: f})
	}
	for _, id := range res.Undecided {
		if _, violated := res.Violation(id); !violated {
			c.undecided[addr] = append(c.undecided[addr], id)
		}
	}
}

// decodeErrors reports values the decoding layer could not read, such as
// an attribute of a shape this version does not know.
func (c *checker) decodeErrors(addr string, dc *decode.Decoder) {
	for _, e := range dc.Errors() {
		c.rep.Items = append(c.rep.Items, Item{Address: addr, Finding: quota.Finding{
			Kind: quota.InvalidInput, Index: -1, Summary: cmp.Or(e.Summary, "Invalid Value"),
			Detail: e.Error() + ".",
		}})
	}
}

func (c *checker) layer(r tfplan.Resource) {
	if !r.Action.Changed() {
		return
	}
	dc := &decode.Decoder{}
	l := dc.Layer(decode.New(r.Value(), r.Address))
	c.decodeErrors(r.Address, dc)
	if l.Filename.IsKnown() {
		l.Filename.V = c.path(l.Filename.V)
	}
	c.add(r.Address, nil, quota.CheckLayer(c.opts.Limits, l).Result)
}

// awsDefaults are the arguments the AWS provider computes when the
// configuration leaves them out or sets them to null, with values within
// every quota: one architecture (x86_64) and 512 MB of /tmp. They are
// unknown in a plan of a new function; only the configuration says they are
// defaults (terraform-aws-modules/lambda passes architectures = null by
// default), and then they are taken as absent rather than undecided.
var awsDefaults = map[string][]string{"aws_lambda_function": {"architectures", "ephemeral_storage"},
	// An integration's transfer mode defaults to BUFFERED, an HTTP API
	// integration's timeout to 30,000 ms.
	"aws_api_gateway_integration": {"response_transfer_mode"}, "aws_apigatewayv2_integration": {"timeout_milliseconds"}}

// withDefaults sets to null the unknown arguments of r that the AWS
// provider computes and its configuration does not set.
func (c *checker) withDefaults(r tfplan.Resource) cty.Value {
	v := r.Value()
	if c.configured == nil || v.IsNull() || !v.IsKnown() || !v.Type().IsObjectType() {
		return v
	}
	module, block := tfplan.SplitAddress(r.Address)
	set, ok := c.configured[strings.TrimPrefix(module+"."+block, ".")]
	if !ok {
		return v
	}
	attrs := v.AsValueMap()
	for _, name := range awsDefaults[r.Type] {
		a, ok := attrs[name]
		if !ok || a.IsKnown() {
			continue
		}
		if !set[name] {
			attrs[name] = cty.NullVal(cty.DynamicPseudoType)
		} else if cv := c.opts.Source.Value(r, name); cv != cty.NilVal && cv.IsKnown() && cv.IsNull() {
			attrs[name] = cty.NullVal(cty.DynamicPseudoType)
		}
	}
	return cty.ObjectVal(attrs)
}

// readFunctions decodes every function into the fleet, with the packages of
// the layers of this plan it uses, and indexes it by name and ARN.
func (c *checker) readFunctions(rs []tfplan.Resource) {
	for _, r := range rs {
		if r.Mode != "managed" {
			continue
		}
		v := decode.New(c.withDefaults(r), r.Address)
		dc := &decode.Decoder{}
		ff := c.fleetFunction(dc, r, v)
		c.decodeErrors(r.Address, dc)
		c.forgetStaleVPC(r, &ff)
		c.createOnly(r, ff.Function)
		ff.Function.Lifecycle = c.runtimeUse(r.Action)
		i := len(c.fleet.Functions)
		if !r.Kept {
			c.byAddr[r.Address] = i
		}
		c.fleet.Functions = append(c.fleet.Functions, ff)
		c.functions = append(c.functions, r)
		if key, ok := nameKey(ff.Region, ff.Function.Name.V); ok && ff.Function.Name.IsKnown() {
			c.byName[key] = i
		}
		arn := dc.String(v.Get("arn"))
		c.arns = append(c.arns, arn)
		if arn.IsKnown() {
			c.byARN[arn.V] = i
		}
	}
}

// forgetStaleVPC makes the VPC of an updated function unknown when its
// subnets change: the AWS provider plans vpc_config's vpc_id at its prior
// value on an update, even when the new subnets are in another VPC. The
// subnets then say which VPC it is in, where the plan knows theirs.
func (c *checker) forgetStaleVPC(r tfplan.Resource, ff *quota.FleetFunction) {
	if r.Action != tfplan.Update || !ff.VPCID.IsKnown() {
		return
	}
	before := r.Before()
	if before == cty.NilVal {
		return
	}
	old := c.fleetFunction(&decode.Decoder{}, r, decode.New(before, r.Address))
	if !sameStrings(old.Function.SubnetIDs, ff.Function.SubnetIDs) {
		ff.VPCID = quota.Unknown[string]()
	}
}

// runtimeUse is the day and the change a function's runtime is checked
// for: the plan's own day (its timestamp, else today), and whether the plan
// creates the function (a replacement creates one) or updates it. An
// unchanged function is not sent to AWS.
func (c *checker) runtimeUse(a tfplan.Action) quota.RuntimeUse {
	day := c.plan.Timestamp
	if day.IsZero() {
		day = time.Now().UTC()
	}
	day = day.Truncate(24 * time.Hour)
	switch a {
	case tfplan.Create, tfplan.Replace:
		return quota.RuntimeUse{Today: day, Change: quota.ChangeCreate}
	case tfplan.Update:
		return quota.RuntimeUse{Today: day, Change: quota.ChangeUpdate}
	}
	return quota.RuntimeUse{}
}

// createOnly checks an in-place update of a function against the settings
// Lambda takes only at creation. Recent AWS provider releases plan adding
// or removing them as a replacement, which is not checked here; earlier 6.x
// releases planned an update, which fails at apply.
func (c *checker) createOnly(r tfplan.Resource, after quota.Function) {
	before := r.Before()
	if r.Action != tfplan.Update || before == cty.NilVal {
		return
	}
	old := c.fleetFunction(&decode.Decoder{}, r, decode.New(before, r.Address))
	c.add(r.Address, nil, quota.CheckFunctionUpdate(c.opts.Limits, quota.FunctionUpdate{Before: old.Function, After: after}))
}

// fleetFunction decodes one value of a function resource as a member of
// the fleet.
func (c *checker) fleetFunction(dc *decode.Decoder, r tfplan.Resource, v decode.Val) quota.FleetFunction {
	opts := decode.New(cty.NullVal(cty.DynamicPseudoType), "options")
	files, complete := c.functionLayerFiles(dc, r, v)
	if len(files) > 0 || !complete {
		o := map[string]cty.Value{"layer_filenames": cty.ListValEmpty(cty.String)}
		if len(files) > 0 {
			o["layer_filenames"] = cty.TupleVal(files)
		}
		if !complete {
			// A layer whose package cannot be read: the total is unknown,
			// with the readable packages as its lower bound.
			o["layer_unzipped_bytes"] = cty.UnknownVal(cty.Number)
		}
		opts = decode.New(cty.ObjectVal(o), "options")
	}
	ff := dc.FleetFunction(v, opts)
	ff.Label = r.Address
	if r.Kept {
		ff.Label += " (old object, kept)"
	}
	ff.Existing = !r.Action.Changed()
	ff.Region = c.regionOf(r, v)
	if f := &ff.Function.Filename; f.IsKnown() {
		f.V = c.path(f.V)
	}
	return ff
}

// functionLayerFiles are the local packages of the function's layers:
// layer versions of this plan, found by ARN or, while an ARN is unknown (a
// layer created or rebuilt in the same plan), by the reference in the
// configuration that names it. complete is false when a layer's package
// cannot be read: a layer outside the plan or in S3, or an unknown ARN that
// no reference proves.
func (c *checker) functionLayerFiles(dc *decode.Decoder, r tfplan.Resource, v decode.Val) (files []cty.Value, complete bool) {
	layers := dc.Strings(v.Get("layers"))
	if layers.Unknown {
		return nil, false
	}
	if len(layers.V) == 0 {
		return nil, true
	}
	var links []string
	linked := false
	complete = true
	for i, arn := range layers.V {
		f, ok := "", false
		if arn.IsKnown() {
			f, ok = c.layerFiles[arn.V]
		} else {
			if !linked {
				links, linked = c.opts.Source.LinkElements(r, "layers"), true
			}
			if i < len(links) && links[i] != "" {
				f, ok = c.layerByAddr[links[i]]
			}
		}
		if !ok || f == "" {
			complete = false
			continue
		}
		files = append(files, cty.StringVal(f))
	}
	return files, complete
}

// function finds a function of the plan by name, ARN or partial ARN, as
// Lambda's APIs accept them, in the Region of the resource that names it;
// -1 when it is not in the plan.
func (c *checker) function(ref, region quota.Value[string]) int {
	if !ref.IsKnown() {
		return -1
	}
	if i, ok := c.byARN[ref.V]; ok {
		return i
	}
	name := ref.V
	if _, after, ok := strings.Cut(name, ":function:"); ok {
		name, _, _ = strings.Cut(after, ":")
	}
	if key, ok := nameKey(region, name); ok {
		if i, ok := c.byName[key]; ok {
			return i
		}
	}
	return -1
}

// functionOf finds the function a resource names in its function_name: by
// name or ARN in the resource's Region, else through a single reference in
// the configuration, which proves it while the name or ARN is unknown.
func (c *checker) functionOf(r tfplan.Resource, v decode.Val) (i int, name, region quota.Value[string]) {
	name, region = (&decode.Decoder{}).String(v.Get("function_name")), c.regionOf(r, v)
	if i = c.function(name, region); i < 0 {
		if j, ok := c.byAddr[c.opts.Source.Link(r, "function_name")]; ok {
			i = j
		}
	}
	return i, name, region
}

// functionVal is the function at i, or, for one outside the plan, an
// object with only its name: the rest is unknown.
func (c *checker) functionVal(i int, name quota.Value[string], attrs ...string) decode.Val {
	if i >= 0 {
		r := c.functions[i]
		return decode.New(r.Value(), r.Address)
	}
	obj := map[string]cty.Value{"function_name": cty.DynamicVal}
	if name.IsKnown() {
		obj["function_name"] = cty.StringVal(name.V)
	}
	for _, a := range attrs {
		obj[a] = cty.DynamicVal
	}
	return decode.New(cty.ObjectVal(obj), "function")
}

func (c *checker) provisioned(r tfplan.Resource) {
	if r.Mode != "managed" {
		return
	}
	v := decode.New(r.Value(), r.Address)
	dc := &decode.Decoder{}
	i, name, region := c.functionOf(r, v)
	p := dc.ProvisionedConcurrency(v, c.functionVal(i, name, "reserved_concurrent_executions", "snap_start", "tenancy_config"))
	c.fleet.Provisioned = append(c.fleet.Provisioned, quota.FleetProvisioned{Function: i,
		Executions: p.ProvisionedConcurrentExecutions, Existing: !r.Action.Changed(), Region: region})
	c.provisionedAt = append(c.provisionedAt, r.Address)
	c.provisionedRes = append(c.provisionedRes, r)
	if r.Action.Changed() {
		c.decodeErrors(r.Address, dc)
		c.add(r.Address, nil, quota.CheckProvisionedConcurrency(c.opts.Limits, p))
	}
}

// permissions checks the policy of each function whose permissions change,
// counting its deployed permissions too, and the statement the AWS provider
// adds for a public function URL. Lambda keeps one policy per qualifier;
// CheckPolicy groups them.
func (c *checker) permissions(rs, urls []tfplan.Resource) {
	type policy struct {
		function int
		name     quota.Value[string]
		region   quota.Value[string]
		perms    []cty.Value
		changed  []string
	}
	policies := map[string]*policy{}
	var order []string
	add := func(r tfplan.Resource, statement cty.Value) {
		v := decode.New(r.Value(), r.Address)
		// Names are unique within a Region: two Regions' same-named
		// functions have a policy each.
		i, name, region := c.functionOf(r, v)
		nk, regionKnown := nameKey(region, name.V)
		key := "name:" + nk
		switch {
		case i >= 0:
			key = c.functions[i].Address
		case !name.IsKnown() || !regionKnown:
			if r.Action.Changed() {
				c.undecided[r.Address] = append(c.undecided[r.Address], quota.ResourcePolicyMaxBytes)
			}
			return
		}
		p := policies[key]
		if p == nil {
			p = &policy{function: i, name: name, region: region}
			policies[key] = p
			order = append(order, key)
		}
		p.perms = append(p.perms, statement)
		if r.Action.Changed() {
			p.changed = append(p.changed, r.Address)
		}
	}
	for _, r := range rs {
		if r.Mode == "managed" {
			add(r, c.generatedStatementID(r, r.Value()))
		}
	}
	for _, r := range urls {
		if r.Mode != "managed" {
			continue
		}
		if st, ok := urlStatement(r.Value()); ok {
			add(r, st)
		}
	}
	for _, key := range order {
		p := policies[key]
		if len(p.changed) == 0 {
			continue
		}
		dc := &decode.Decoder{}
		arn := quota.Unknown[string]()
		addr, related := p.changed[0], p.changed[1:]
		if p.function >= 0 {
			arn = c.arns[p.function]
			addr, related = c.functions[p.function].Address, p.changed
		}
		perms := dc.Permissions(decode.New(cty.TupleVal(p.perms), addr+" permissions"))
		c.decodeErrors(addr, dc)
		pol := quota.Policy{FunctionARN: arn, Permissions: perms, FunctionName: p.name, Region: p.region}
		if p.function >= 0 {
			ff := c.fleet.Functions[p.function]
			pol.FunctionName, pol.Region = ff.Function.Name, ff.Region
		}
		rep := quota.CheckPolicy(c.opts.Limits, pol)
		c.add(addr, related, rep.Result)
		if rep.PolicyBytes.Present() && rep.AvailableBytes.IsKnown() {
			c.rep.Headroom = append(c.rep.Headroom, Headroom{Quota: quota.ResourcePolicyMaxBytes, Scope: "policy of " + addr, Used: rep.PolicyBytes,
				Limit: rep.PolicyBytes.V + rep.AvailableBytes.V, Unit: "bytes"})
		}
	}
}

// resourcePolicies measures each aws_lambda_policy being created or
// changed, and warns where a function's policy is set whole by one and
// added to by aws_lambda_permission statements: each apply of one
// overwrites the other's.
func (c *checker) resourcePolicies(policies, perms []tfplan.Resource) {
	type permission struct {
		address   string
		qualifier quota.Value[string]
		changed   bool
	}
	onFunction := map[int][]permission{}
	for _, r := range perms {
		if r.Mode != "managed" {
			continue
		}
		v := decode.New(r.Value(), r.Address)
		if i, _, _ := c.functionOf(r, v); i >= 0 {
			onFunction[i] = append(onFunction[i], permission{r.Address, (&decode.Decoder{}).String(v.Get("qualifier")), r.Action.Changed()})
		}
	}
	for _, r := range policies {
		if r.Mode != "managed" {
			continue
		}
		dc := &decode.Decoder{}
		p := dc.ResourcePolicy(decode.New(r.Value(), r.Address))
		c.decodeErrors(r.Address, dc)
		if r.Action.Changed() {
			c.add(r.Address, nil, quota.CheckResourcePolicy(c.opts.Limits, p).Result)
		}
		i, qualifier := c.policyFunction(r, p.ResourceARN)
		var overwritten []string
		changed := r.Action.Changed()
		for _, perm := range onFunction[i] {
			if qualifier.IsKnown() && perm.qualifier.IsKnown() && perm.qualifier.V != qualifier.V {
				continue // another qualifier's policy
			}
			overwritten = append(overwritten, perm.address)
			changed = changed || perm.changed
		}
		if i < 0 || len(overwritten) == 0 || !changed {
			continue
		}
		c.rep.Items = append(c.rep.Items, Item{Address: r.Address, Related: overwritten, Finding: quota.Finding{Kind: quota.Inconsistent, Index: -1,
			Summary: "Resource Policy Overwrites Permissions",
			Detail: fmt.Sprintf("%s sets the whole resource-based policy of %s, and %s add statements to that policy: Lambda keeps one "+
				"document, so each apply of one replaces the statements of the other, and the next plan shows the change again.",
				r.Address, c.functions[i].Address, strings.Join(overwritten, ", ")),
			Remedy: "Write every statement in the aws_lambda_policy's policy and remove the aws_lambda_permission resources, or remove the aws_lambda_policy."}})
	}
}

// policyFunction is the function an aws_lambda_policy's resource_arn names,
// and the qualifier: by the ARN when it is known, else by the reference
// that gives it (whose qualifier is then not known).
func (c *checker) policyFunction(r tfplan.Resource, arn quota.Value[string]) (int, quota.Value[string]) {
	if arn.IsKnown() {
		parts := strings.Split(arn.V, ":")
		qualifier := quota.Known("")
		if len(parts) > 7 {
			qualifier = quota.Known(parts[7])
			parts = parts[:7]
		}
		if i, ok := c.byARN[strings.Join(parts, ":")]; ok {
			return i, qualifier
		}
		return -1, qualifier
	}
	if i, ok := c.byAddr[c.opts.Source.Link(r, "resource_arn")]; ok {
		return i, quota.Unknown[string]()
	}
	return -1, quota.Unknown[string]()
}

// urlStatement is the statement the AWS provider adds to the policy for a
// function URL whose authorization_type is NONE (function_url.go:
// FunctionURLAllowPublicAccess, lambda:InvokeFunctionUrl for "*", on the
// URL's qualifier). While the type is unknown the statement may or may not
// be added: its qualifier is then unknown, which counts it in no policy
// and leaves the size undecided.
func urlStatement(url cty.Value) (cty.Value, bool) {
	if !url.Type().IsObjectType() || !url.Type().HasAttribute("authorization_type") {
		return cty.NilVal, false
	}
	auth, _ := url.GetAttr("authorization_type").Unmark()
	qualifier := cty.NullVal(cty.String)
	if url.Type().HasAttribute("qualifier") {
		qualifier = url.GetAttr("qualifier")
	}
	switch {
	case !auth.IsKnown():
		qualifier = cty.UnknownVal(cty.String)
	case auth.IsNull() || auth.Type() != cty.String || auth.AsString() != "NONE":
		return cty.NilVal, false
	}
	return cty.ObjectVal(map[string]cty.Value{
		"statement_id": cty.StringVal("FunctionURLAllowPublicAccess"), "action": cty.StringVal("lambda:InvokeFunctionUrl"),
		"principal": cty.StringVal("*"), "function_url_auth_type": cty.StringVal("NONE"), "qualifier": qualifier,
	}), true
}

func (c *checker) eventSource(r tfplan.Resource) {
	if r.Mode != "managed" || !r.Action.Changed() {
		return
	}
	v := decode.New(r.Value(), r.Address)
	dc := &decode.Decoder{}
	arn := dc.String(v.Get("event_source_arn"))
	var queue decode.Val
	q, ok := c.queuesByARN[arn.V]
	if !ok || !arn.IsKnown() {
		// A new queue's ARN is unknown, but a single reference proves it.
		q, ok = c.queuesByAddr[c.opts.Source.Link(r, "event_source_arn")]
	}
	if ok {
		queue = decode.New(q.Value(), q.Address)
	} else {
		// A queue outside the plan, or one whose ARN is unknown until apply:
		// its visibility timeout is unknown, so only a certain violation could
		// fail, and none can.
		name := cty.DynamicVal
		if arn.IsKnown() {
			name = cty.StringVal(arn.V[strings.LastIndex(arn.V, ":")+1:])
		}
		queue = decode.New(cty.ObjectVal(map[string]cty.Value{"name": name, "visibility_timeout_seconds": cty.DynamicVal}), "queue")
	}
	i, name, _ := c.functionOf(r, v)
	e, ok := dc.EventSource(v, queue, c.functionVal(i, name, "timeout", "tenancy_config"))
	c.decodeErrors(r.Address, dc)
	if ok {
		c.add(r.Address, nil, quota.CheckEventSource(c.opts.Limits, e))
	}
}

// generatedStatementID gives a permission whose statement id is unknown
// because the configuration sets neither statement_id nor its prefix the
// prefix of the id the AWS provider generates, for the id's least length.
func (c *checker) generatedStatementID(r tfplan.Resource, v cty.Value) cty.Value {
	if c.configured == nil || !v.IsKnown() || v.IsNull() || !v.Type().IsObjectType() ||
		!v.Type().HasAttribute("statement_id") || !v.Type().HasAttribute("statement_id_prefix") {
		return v
	}
	module, block := tfplan.SplitAddress(r.Address)
	set, ok := c.configured[strings.TrimPrefix(module+"."+block, ".")]
	attrs := v.AsValueMap()
	if !ok || set["statement_id"] || set["statement_id_prefix"] || attrs["statement_id"].IsKnown() {
		return v
	}
	attrs["statement_id_prefix"] = cty.StringVal(quota.GeneratedStatementIDPrefix)
	return cty.ObjectVal(attrs)
}

// eventSourceShares counts what event source mappings share in a Region:
// the mappings and pollers of each provisioned poller group, and the Kafka
// mappings to functions on Lambda Managed Instances. Each count is checked
// when a mapping in it changes; a Region not known yet is its own.
func (c *checker) eventSourceShares(rs []tfplan.Resource) {
	type share struct {
		region  string
		group   quota.PollerGroup
		lmi     quota.Value[int64]
		changed string
	}
	shares := map[string]*share{}
	var order []string
	get := func(key, region string) *share {
		s := shares[key]
		if s == nil {
			s = &share{region: region, lmi: quota.Known[int64](0)}
			shares[key] = s
			order = append(order, key)
		}
		return s
	}
	for _, r := range rs {
		if r.Mode != "managed" {
			continue
		}
		v := decode.New(r.Value(), r.Address)
		dc := &decode.Decoder{}
		i, name, _ := c.functionOf(r, v)
		e, _ := dc.EventSource(v, decode.Val{}, c.functionVal(i, name, "capacity_provider_config"))
		if e.Source.IsKnown() && e.Source.V != quota.SourceKafka {
			continue
		}
		region := "(unknown)"
		if rv := c.regionOf(r, v); rv.Set && !rv.Unknown {
			region = rv.V
		} else if !rv.Set && !rv.Unknown {
			region = ""
		}
		regionKey := region
		if region == "(unknown)" {
			regionKey = "\x00" + r.Address
		}
		mark := func(s *share) {
			if r.Action.Changed() && s.changed == "" {
				s.changed = r.Address
			}
		}
		managed := quota.Unknown[bool]()
		if i >= 0 {
			managed = c.fleet.Functions[i].Function.ManagedInstances
		}
		lmi := get("lmi\x00"+regionKey, region)
		switch {
		case e.Source.Unknown || managed.Unknown:
			lmi.lmi.Unknown = true
		case managed.IsKnown() && managed.V:
			lmi.lmi.V++
		}
		mark(lmi)
		switch g := e.PollerGroup; {
		case g.Unknown:
			if r.Action.Changed() {
				c.undecided[r.Address] = append(c.undecided[r.Address], quota.PollerGroupMappingsMax, quota.PollerGroupPollersMax)
			}
		case g.IsKnown() && g.V != "":
			s := get("group\x00"+regionKey+"\x00"+g.V, region)
			s.group.Name, s.group.Region = g.V, region
			s.group.MaximumPollers = append(s.group.MaximumPollers, e.MaximumPollers)
			mark(s)
		}
	}
	for _, key := range order {
		s := shares[key]
		if s.changed == "" {
			continue
		}
		if strings.HasPrefix(key, "group") {
			c.addScoped(s.changed, nil, regionScope(s.region), quota.CheckPollerGroup(c.opts.Limits, s.group))
		} else {
			c.addScoped(s.changed, nil, regionScope(s.region), quota.CheckManagedInstancesKafka(c.opts.Limits, s.lmi, s.region))
		}
	}
}

// capacityProviders checks each capacity provider being created or changed,
// and the number of them in each Region when one is created.
func (c *checker) capacityProviders(rs []tfplan.Resource) {
	type region struct {
		name    string
		n       quota.Value[int64]
		created string
	}
	regions := map[string]*region{}
	var order []string
	for _, r := range rs {
		if r.Mode != "managed" {
			continue
		}
		v := decode.New(r.Value(), r.Address)
		dc := &decode.Decoder{}
		if r.Action.Changed() {
			c.add(r.Address, nil, quota.CheckCapacityProvider(c.opts.Limits, dc.CapacityProvider(v)))
		}
		key, name := "", ""
		switch rv := c.regionOf(r, v); {
		case rv.Unknown:
			key, name = "\x00"+r.Address, "(unknown)"
		case rv.Set:
			key, name = rv.V, rv.V
		}
		g := regions[key]
		if g == nil {
			g = &region{name: name, n: quota.Known[int64](0)}
			regions[key] = g
			order = append(order, key)
		}
		g.n.V++
		if r.Action == tfplan.Create && g.created == "" {
			g.created = r.Address
		}
	}
	for _, key := range order {
		if g := regions[key]; g.created != "" {
			c.addScoped(g.created, nil, regionScope(g.name), quota.CheckCapacityProviderCount(c.opts.Limits, g.n, g.name))
		}
	}
}

// functionURL checks a function URL being created against its function's
// tenancy, which AWS sets only when it creates the function.
func (c *checker) functionURL(r tfplan.Resource) {
	if r.Mode != "managed" {
		return
	}
	v := decode.New(r.Value(), r.Address)
	dc := &decode.Decoder{}
	i, name, _ := c.functionOf(r, v)
	// A URL is checked when it changes, or when its function does.
	if !r.Action.Changed() && (i < 0 || !c.functions[i].Action.Changed()) {
		return
	}
	u := quota.FunctionURL{FunctionName: name, FunctionTenantIsolation: dc.TenantIsolation(c.functionVal(i, name, "tenancy_config"))}
	if i >= 0 {
		fn := c.fleet.Functions[i].Function
		u.FunctionTimeout, u.FunctionManagedInstances = fn.Timeout, fn.ManagedInstances
	}
	c.add(r.Address, nil, quota.CheckFunctionURL(c.opts.Limits, u))
}

// checkFleet checks every changed function, then the VPCs and the Region
// totals that a changed resource takes part in, each tied to the changed
// resources that spend it.
func (c *checker) checkFleet() {
	if len(c.fleet.Functions) == 0 && len(c.fleet.Provisioned) == 0 {
		return
	}
	rep := quota.CheckFleet(c.opts.Limits, c.fleet)
	for i, fr := range rep.Functions {
		if !c.fleet.Functions[i].Existing {
			c.add(c.fleet.Functions[i].Label, nil, fr.Result)
		}
	}
	for g, vr := range rep.VPCs {
		if !rep.VPCChanged[g] {
			continue
		}
		var members []string
		first := 0
		for _, i := range rep.VPCMembers[g] {
			members = append(members, c.fleet.Functions[i].Label)
			if !c.fleet.Functions[i].Existing && c.fleet.Functions[rep.VPCMembers[g][first]].Existing {
				first = len(members) - 1
			}
		}
		addr := members[first]
		c.addScoped(addr, slices.Delete(slices.Clone(members), first, first+1), vpcScope(vr), vr.Result)
		if vr.TotalENIs.IsKnown() && vr.AvailableENIs.IsKnown() {
			h := Headroom{Quota: quota.ENIsPerVPC, Scope: vpcScope(vr), Used: vr.TotalENIs, Limit: vr.TotalENIs.V + vr.AvailableENIs.V, Unit: "ENIs"}
			if vr.InUseENIs.IsKnown() {
				h.Added = vr.LambdaENIs
			}
			c.rep.Headroom = append(c.rep.Headroom, h)
		}
	}
	for _, p := range rep.CapacityProviders {
		var changed, existing []string
		for _, i := range p.Members {
			if ff := c.fleet.Functions[i]; ff.Existing {
				existing = append(existing, ff.Label)
			} else {
				changed = append(changed, ff.Label)
			}
		}
		if len(changed) == 0 {
			continue
		}
		members := append(changed, existing...)
		c.addScoped(members[0], members[1:], "capacity provider "+p.Provider, p.Result)
	}
	for _, g := range rep.Regions {
		if !g.Changed {
			continue
		}
		for _, f := range g.Findings {
			spenders := spenders(c.fleet, c.provisionedAt, g, f.Quota)
			addr, related := "", spenders
			if len(spenders) > 0 {
				addr, related = spenders[0], spenders[1:]
			}
			c.rep.Items = append(c.rep.Items, Item{Address: addr, Related: related, Scope: regionScope(g.Region), Finding: f})
		}
		c.add("", nil, quota.Result{Undecided: g.Undecided})
		if r := g.ReservedConcurrencyTotal; r.Present() {
			c.rep.Headroom = append(c.rep.Headroom, Headroom{Quota: quota.UnreservedConcurrencyMin, Scope: regionScope(g.Region) + " (reserved)",
				Used: r, Limit: g.ReservableConcurrency, Unit: "executions"})
		}
		if b := g.CodeStorageBytes; b.Present() {
			c.rep.Headroom = append(c.rep.Headroom, Headroom{Quota: quota.CodeStorageMaxBytes, Scope: regionScope(g.Region), Used: b,
				Limit: g.CodeStorageLimit, Unit: "bytes"})
		}
	}
}

// vpcScope names a VPC as an item's scope.
func vpcScope(r quota.VPCReport) string {
	if r.ID.IsKnown() && r.ID.V != "" {
		return "VPC " + r.ID.V
	}
	return cmp.Or(r.Name, "a VPC")
}

// regionScope names a Region as an item's scope.
func regionScope(region string) string {
	if region == "" {
		return "the provider's Region"
	}
	return "Region " + region
}

// spenders are the addresses of the resources that spend a Region's
// shared quota, the changed ones first.
func spenders(fleet quota.Fleet, provisionedAt []string, g quota.RegionReport, id quota.ID) []string {
	var out []string
	for _, s := range g.Spenders(fleet, id) {
		if s.Provisioned {
			out = append(out, provisionedAt[s.Index])
		} else {
			out = append(out, fleet.Functions[s.Index].Label)
		}
	}
	return out
}

// naturalCompare orders addresses as people count: x[9] before x[10].
// Runs of digits compare by value, everything else byte by byte.
func naturalCompare(a, b string) int {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			x, y := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Or(cmp.Compare(len(x), len(y)), strings.Compare(x, y)); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

// digits is the length of the run of ASCII digits that starts s.
func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
