package decode

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// FunctionKeys are the names a function object may use for what the checks
// read: aws_lambda_function's arguments and blocks, and the flat argument
// names of the lambdaquota_function data source.
var FunctionKeys = []string{
	"function_name", "package_type", "memory_size", "timeout", "ephemeral_storage", "ephemeral_storage_size",
	"environment", "environment_variables", "layers", "filename", "s3_bucket", "uploaded_via_s3",
	"layer_filenames", "layer_unzipped_bytes", "image_size_bytes", "reserved_concurrent_executions",
	"vpc_config", "subnet_ids", "security_group_ids", "architectures", "handler", "description",
	"capacity_provider_config", "capacity_provider_arn", "execution_environment_memory_gib_per_vcpu",
	"per_execution_environment_max_concurrency", "provisioned_concurrent_executions", "region",
	"durable_config", "durable_execution_timeout", "durable_retention_period",
	"publish", "runtime", "snap_start", "snap_start_apply_on", "file_system_config", "file_system_arn", "tenancy_config", "tenant_isolation_mode",
}

// Nested is where aws_lambda_function holds a flat argument of
// lambdaquota_function: in a block, as one of its arguments.
type Nested struct{ Block, Argument string }

// FlatInBlock maps the flat names of lambdaquota_function to where
// aws_lambda_function holds them; the decoder reads either form.
var FlatInBlock = map[string]Nested{
	"ephemeral_storage_size":    {"ephemeral_storage", "size"},
	"environment_variables":     {"environment", "variables"},
	"subnet_ids":                {"vpc_config", "subnet_ids"},
	"security_group_ids":        {"vpc_config", "security_group_ids"},
	"vpc_id":                    {"vpc_config", "vpc_id"},
	"durable_execution_timeout": {"durable_config", "execution_timeout"},
	"durable_retention_period":  {"durable_config", "retention_period"},
	"snap_start_apply_on":       {"snap_start", "apply_on"},
	"file_system_arn":           {"file_system_config", "arn"},
	"tenant_isolation_mode":     {"tenancy_config", "tenant_isolation_mode"},
}

// awsFunctionAttributes are the other attributes of aws_lambda_function in
// the AWS provider (v6), which `self` carries and the checks do not read.
var awsFunctionAttributes = []string{
	"arn", "code_sha256", "code_signing_config_arn", "dead_letter_config",
	"id", "image_config", "image_uri", "invoke_arn", "kms_key_arn",
	"last_modified", "logging_config", "publish_to", "qualified_arn", "qualified_invoke_arn",
	"replace_security_groups_on_destroy", "replacement_security_group_ids", "response_streaming_invoke_arn",
	"role", "s3_key", "s3_object_version", "signing_job_arn", "signing_profile_version_arn",
	"skip_destroy", "source_code_hash", "source_code_size", "source_kms_key_arn", "tags",
	"tags_all", "timeouts", "tracing_config", "version",
}

// LayerKeys are the names a layer object may use: aws_lambda_layer_version's
// and lambdaquota_layer's.
var LayerKeys = []string{"layer_name", "filename", "s3_bucket", "uploaded_via_s3", "compatible_runtimes", "compatible_architectures", "description", "license_info"}

var awsLayerAttributes = []string{
	"arn", "code_sha256", "created_date", "id", "layer_arn", "region", "s3_key",
	"s3_object_version", "signing_job_arn", "signing_profile_version_arn", "skip_destroy", "source_code_hash",
	"source_code_size", "version",
}

// resourceKind is a resource the checks read: its name, the keys they
// read, and every attribute its objects may hold.
type resourceKind struct {
	name  string
	keys  []string
	known map[string]bool
}

func newResourceKind(name string, keys []string, others ...[]string) *resourceKind {
	r := &resourceKind{name: name, keys: keys, known: map[string]bool{}}
	for _, list := range append(others, keys) {
		for _, k := range list {
			r.known[k] = true
		}
	}
	return r
}

var (
	// A fleet's functions may also give vpc_id, flat, to group their ENIs.
	lambdaFunction = newResourceKind("aws_lambda_function", FunctionKeys, awsFunctionAttributes, []string{"vpc_id"})
	lambdaLayer    = newResourceKind("aws_lambda_layer_version", LayerKeys, awsLayerAttributes)
)

// resourceObject checks that d is one resource object of the given kind:
// an object or map that holds at least one of the keys the checks read. A
// collection of such objects (a for_each map, a list) is refused with what
// to pass instead; a key that is not the resource's but looks like a
// misspelling of one the checks read is an error with a suggestion.
func (dc *Decoder) resourceObject(d Val, r *resourceKind) bool {
	if d.Absent() || d.Unknown() {
		return true
	}
	if d.isList() {
		dc.keep(d.errorf("must be one %s object, got a %s of %d; pass one element, such as %s[0], "+
			"or check each with alltrue([for x in COLLECTION : CHECK(x)])", r.name, d.typeName(), d.length(), d.Path()))
		return false
	}
	if !d.isObject() {
		dc.keep(d.errorf("must be an %s object or an object with its argument names, got %s", r.name, d.typeName()))
		return false
	}
	// An object type's keys are the same in every value: a fleet's
	// functions are looked at once.
	var typed typedKind
	if d.w != nil && d.w.t.kind == kindObject {
		typed = typedKind{d.w.t, r}
		if dc.fits[typed] {
			return true
		}
	}
	all := d.keys()
	recognised := 0
	for _, k := range all {
		if r.known[k] {
			recognised++
		}
	}
	if recognised == 0 {
		if dc.unknownKeys(d, r, all, false) {
			return false
		}
		if len(all) > 0 && allObjects(d, all) {
			dc.keep(d.errorf("must be one %s object, got a collection of %d (keys %s); pass one element, such as %s[%q], "+
				"or check each with alltrue([for k, x in COLLECTION : CHECK(x)])", r.name, len(all), quoteList(all, 3), d.Path(), all[0]))
		} else {
			dc.keep(d.errorf("has none of the attributes of an %s; expected some of %s", r.name, quoteList(r.keys, len(r.keys))))
		}
		return false
	}
	if wrong := dc.unknownKeys(d, r, all, true); typed.t != nil && !wrong {
		if dc.fits == nil {
			dc.fits = map[typedKind]bool{}
		}
		dc.fits[typed] = true
	}
	return true
}

// unknownKeys reports each key of an object that is not one of the
// resource's but close to one, with the name meant. With every set, it
// also reports the other unknown keys of an object written by hand: a
// resource object as Terraform holds it has every attribute of its schema,
// id among them, and may have ones a newer AWS provider added, but an
// object without id was written by hand, and a key there that the checks
// do not read is a mistake.
func (dc *Decoder) unknownKeys(d Val, r *resourceKind, keys []string, every bool) bool {
	found := false
	handWritten := every && !slices.Contains(keys, "id")
	for _, k := range keys {
		if r.known[k] || slices.Contains(dc.Allowed, k) {
			continue
		}
		msg := ""
		if s := suggest(k, r.keys); s != "" {
			msg = fmt.Sprintf("unknown key %q; did you mean %q?", k, s)
		} else if handWritten {
			msg = fmt.Sprintf("unknown key %q, which is no argument of %s and no name the checks read", k, r.name)
		}
		if msg != "" {
			found = true
			dc.keep(&Error{Steps: d.child(k), Message: msg, Summary: "Unknown Key"})
		}
	}
	return found
}

// typedKind is an object type found to be a fitting object of a resource.
type typedKind struct {
	t *wtype
	r *resourceKind
}

func allObjects(d Val, keys []string) bool {
	for _, k := range keys {
		e := d.Get(k)
		if e.Absent() || e.Unknown() || !e.isObject() {
			return false
		}
	}
	return true
}

func quoteList(list []string, most int) string {
	q := make([]string, 0, most+1)
	for i, s := range list {
		if i == most {
			q = append(q, "...")
			break
		}
		q = append(q, fmt.Sprintf("%q", s))
	}
	return strings.Join(q, ", ")
}

// pick returns the first spelling of an attribute the object holds: a flat
// name, or a path through an AWS-provider block.
func (dc *Decoder) pick(d Val, flat string) Val {
	in := FlatInBlock[flat]
	block, inner := in.Block, in.Argument
	if d.Has(flat) || !d.Has(block) {
		return d.Get(flat)
	}
	b, err := d.Get(block).Block()
	if err != nil {
		dc.keep(err)
		return Val{up: d.here(), step: step{name: block}}
	}
	return b.Get(inner)
}

// uploadedViaS3 is the flat uploaded_via_s3, or whether s3_bucket is set.
func (dc *Decoder) uploadedViaS3(d Val) quota.Value[bool] {
	if d.Has("uploaded_via_s3") || !d.Has("s3_bucket") {
		return dc.Bool(d.Get("uploaded_via_s3"))
	}
	bucket := dc.String(d.Get("s3_bucket"))
	if bucket.Unknown {
		return quota.Unknown[bool]()
	}
	return quota.Known(bucket.Set)
}

// Function reads one Lambda function: an aws_lambda_function object (self,
// a plan's planned values) or an object with lambdaquota_function's flat
// names. opts, when not absent, supplies the settings a resource does not
// carry (layer_filenames, layer_unzipped_bytes, image_size_bytes).
func (dc *Decoder) Function(d, opts Val) quota.Function {
	return dc.function(d, dc.functionOptions(opts))
}

// functionOptions are the settings options give a function, each read once
// however many functions share them; nil where options do not give it, so
// the function's own attribute of that name applies.
type functionOptions struct {
	provisioned, layerUnzippedBytes, imageSizeBytes *quota.Value[int64]
	layerFilenames                                  *quota.Strings
}

func (dc *Decoder) functionOptions(opts Val) functionOptions {
	var fo functionOptions
	read := func(name string, into **quota.Value[int64]) {
		if opts.Has(name) {
			v := dc.Int64(opts.Get(name))
			*into = &v
		}
	}
	read("provisioned_concurrent_executions", &fo.provisioned)
	read("layer_unzipped_bytes", &fo.layerUnzippedBytes)
	read("image_size_bytes", &fo.imageSizeBytes)
	if opts.Has("layer_filenames") {
		v := dc.Strings(opts.Get("layer_filenames"))
		fo.layerFilenames = &v
	}
	return fo
}

func (dc *Decoder) function(d Val, fo functionOptions) quota.Function {
	if !dc.resourceObject(d, lambdaFunction) {
		return quota.Function{}
	}
	int64Or := func(given *quota.Value[int64], name string) quota.Value[int64] {
		if given != nil {
			return *given
		}
		return dc.Int64(d.Get(name))
	}
	layerFilenames := fo.layerFilenames
	if layerFilenames == nil {
		v := dc.Strings(d.Get("layer_filenames"))
		layerFilenames = &v
	}
	managed, capacity := dc.capacityProvider(d)
	return quota.Function{
		ManagedInstances:                managed,
		MemoryGiBPerVCPU:                dc.Float64(capacity.Get("execution_environment_memory_gib_per_vcpu")),
		EnvironmentMaxConcurrency:       dc.Int64(capacity.Get("per_execution_environment_max_concurrency")),
		ProvisionedConcurrentExecutions: int64Or(fo.provisioned, "provisioned_concurrent_executions"),
		Name:                            dc.String(d.Get("function_name")),
		PackageType:                     dc.String(d.Get("package_type")),
		MemorySize:                      dc.Int64(d.Get("memory_size")),
		Timeout:                         dc.Int64(d.Get("timeout")),
		EphemeralStorageSize:            dc.Int64(dc.pick(d, "ephemeral_storage_size")),
		EnvironmentVariables:            dc.StringMap(dc.pick(d, "environment_variables")),
		Layers:                          dc.Strings(d.Get("layers")),
		Filename:                        dc.String(d.Get("filename")),
		UploadedViaS3:                   dc.uploadedViaS3(d),
		LayerFilenames:                  *layerFilenames,
		LayerUnzippedBytes:              int64Or(fo.layerUnzippedBytes, "layer_unzipped_bytes"),
		ImageSizeBytes:                  int64Or(fo.imageSizeBytes, "image_size_bytes"),
		ReservedConcurrentExecutions:    dc.Int64(d.Get("reserved_concurrent_executions")),
		SubnetIDs:                       dc.Strings(dc.pick(d, "subnet_ids")),
		SecurityGroupIDs:                dc.Strings(dc.pick(d, "security_group_ids")),
		Architectures:                   dc.Strings(d.Get("architectures")),
		Handler:                         dc.String(d.Get("handler")),
		Description:                     dc.String(d.Get("description")),
		DurableExecutionTimeout:         dc.Int64(dc.pick(d, "durable_execution_timeout")),
		DurableRetentionPeriod:          dc.Int64(dc.pick(d, "durable_retention_period")),
		Runtime:                         dc.String(d.Get("runtime")),
		SnapStart:                       dc.Equals(dc.pick(d, "snap_start_apply_on"), "PublishedVersions"),
		FileSystem:                      dc.isSet(dc.pick(d, "file_system_arn")),
		TenantIsolation:                 dc.TenantIsolation(d),
		CapacityProviderARN:             dc.String(capacity.Get("capacity_provider_arn")),
		Publish:                         dc.Bool(d.Get("publish")),
	}
}

// TenantIsolation reads whether a function is isolated per tenant.
func (dc *Decoder) TenantIsolation(fn Val) quota.Value[bool] {
	return dc.Equals(dc.pick(fn, "tenant_isolation_mode"), "PER_TENANT")
}

// Equals is whether a string setting has the value that turns a feature on;
// a setting left out leaves it off.
func (dc *Decoder) Equals(d Val, on string) quota.Value[bool] {
	v := dc.String(d)
	switch {
	case v.Unknown:
		return quota.Unknown[bool]()
	case !v.Set:
		return quota.Known(false)
	}
	return quota.Known(v.V == on)
}

// isSet is whether a setting is given at all.
func (dc *Decoder) isSet(d Val) quota.Value[bool] {
	v := dc.String(d)
	if v.Unknown {
		return quota.Unknown[bool]()
	}
	return quota.Known(v.Set)
}

// Layer reads one Lambda layer version: an aws_lambda_layer_version object
// or an object with lambdaquota_layer's names.
func (dc *Decoder) Layer(d Val) quota.Layer {
	if !dc.resourceObject(d, lambdaLayer) {
		return quota.Layer{}
	}
	return quota.Layer{
		Name:                    dc.String(d.Get("layer_name")),
		Filename:                dc.String(d.Get("filename")),
		UploadedViaS3:           dc.uploadedViaS3(d),
		CompatibleRuntimes:      dc.Strings(d.Get("compatible_runtimes")),
		CompatibleArchitectures: dc.Strings(d.Get("compatible_architectures")),
		Description:             dc.String(d.Get("description")),
		LicenseInfo:             dc.String(d.Get("license_info")),
	}
}

// capacityProvider reads whether a function runs on Lambda Managed
// Instances, and the object holding its capacity settings: the flat
// capacity_provider_arn beside them, or aws_lambda_function's
// capacity_provider_config { lambda_managed_instances_capacity_provider_config { ... } }.
func (dc *Decoder) capacityProvider(d Val) (quota.Value[bool], Val) {
	if d.Has("capacity_provider_arn") || !d.Has("capacity_provider_config") {
		arn := dc.String(d.Get("capacity_provider_arn"))
		if arn.Unknown {
			return quota.Unknown[bool](), d
		}
		return quota.Known(arn.Set), d
	}
	cfg, err := d.Get("capacity_provider_config").Block()
	dc.keep(err)
	switch {
	case err != nil:
		return quota.Null[bool](), cfg
	case cfg.Unknown():
		return quota.Unknown[bool](), cfg
	case cfg.Absent():
		return quota.Known(false), cfg
	}
	inner, err := cfg.Get("lambda_managed_instances_capacity_provider_config").Block()
	dc.keep(err)
	return quota.Known(true), inner
}
