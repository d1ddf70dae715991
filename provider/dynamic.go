package provider

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Decoding of the objects that provider-defined functions take as dynamic
// arguments: aws_lambda_function-shaped resources (`self`), or objects with
// the flat argument names of the data sources. Any attribute may be absent,
// null or unknown; a value of the wrong type is an error naming its path.

// dyn is a dynamic value with its path in the argument, for messages.
type dyn struct {
	v    attr.Value
	path string
}

func newDyn(v attr.Value, path string) dyn {
	for {
		d, ok := v.(basetypes.DynamicValue)
		if !ok {
			break
		}
		if d.IsNull() || d.IsUnknown() || d.IsUnderlyingValueNull() || d.IsUnderlyingValueUnknown() {
			return dyn{v: d, path: path}
		}
		v = d.UnderlyingValue()
	}
	return dyn{v: v, path: path}
}

func (d dyn) absent() bool  { return d.v == nil || d.v.IsNull() || isDynamicNull(d.v) }
func (d dyn) unknown() bool { return d.v != nil && (d.v.IsUnknown() || isDynamicUnknown(d.v)) }

func isDynamicNull(v attr.Value) bool {
	d, ok := v.(basetypes.DynamicValue)
	return ok && d.IsUnderlyingValueNull()
}

func isDynamicUnknown(v attr.Value) bool {
	d, ok := v.(basetypes.DynamicValue)
	return ok && d.IsUnderlyingValueUnknown()
}

func (d dyn) errorf(format string, args ...any) error {
	return fmt.Errorf("%s: %s", d.path, fmt.Sprintf(format, args...))
}

// get returns an attribute of an object, or an element of a map. An absent
// attribute gives a null dyn.
func (d dyn) get(name string) dyn {
	child := d.path + "." + name
	if d.absent() || d.unknown() {
		return dyn{v: d.v, path: child}
	}
	var attrs map[string]attr.Value
	switch v := d.v.(type) {
	case basetypes.ObjectValue:
		attrs = v.Attributes()
	case basetypes.MapValue:
		attrs = v.Elements()
	default:
		return dyn{path: child}
	}
	return newDyn(attrs[name], child)
}

// has reports whether an object or map holds the attribute at all.
func (d dyn) has(name string) bool {
	switch v := d.v.(type) {
	case basetypes.ObjectValue:
		_, ok := v.Attributes()[name]
		return ok
	case basetypes.MapValue:
		_, ok := v.Elements()[name]
		return ok
	}
	return false
}

// elements returns the elements of a list, tuple or set.
func (d dyn) elements() ([]dyn, error) {
	var elems []attr.Value
	switch v := d.v.(type) {
	case basetypes.ListValue:
		elems = v.Elements()
	case basetypes.TupleValue:
		elems = v.Elements()
	case basetypes.SetValue:
		elems = v.Elements()
	default:
		return nil, d.errorf("must be a list, got %s", typeName(d.v))
	}
	out := make([]dyn, len(elems))
	for i, e := range elems {
		out[i] = newDyn(e, fmt.Sprintf("%s[%d]", d.path, i))
	}
	return out, nil
}

// block returns the first element of a nested block, which the AWS provider
// represents as a list of at most one object; an object is taken as is.
func (d dyn) block() (dyn, error) {
	if d.absent() || d.unknown() {
		return d, nil
	}
	if _, isObj := d.v.(basetypes.ObjectValue); isObj {
		return d, nil
	}
	elems, err := d.elements()
	if err != nil || len(elems) == 0 {
		return dyn{path: d.path}, err
	}
	return elems[0], nil
}

// typeName names a value's type as Terraform users write it.
func typeName(v attr.Value) string {
	switch v.(type) {
	case nil:
		return "null"
	case basetypes.StringValue:
		return "string"
	case basetypes.NumberValue, basetypes.Int64Value:
		return "number"
	case basetypes.BoolValue:
		return "bool"
	case basetypes.ListValue:
		return "list"
	case basetypes.TupleValue:
		return "tuple"
	case basetypes.SetValue:
		return "set"
	case basetypes.MapValue:
		return "map"
	case basetypes.ObjectValue:
		return "object"
	}
	return "an unsupported value"
}

func (d dyn) string() (quota.Value[string], error) {
	switch {
	case d.unknown():
		return quota.Unknown[string](), nil
	case d.absent():
		return quota.Null[string](), nil
	}
	s, ok := d.v.(basetypes.StringValue)
	if !ok {
		return quota.Value[string]{}, d.errorf("must be a string, got %s", typeName(d.v))
	}
	return quota.Known(s.ValueString()), nil
}

func (d dyn) bool() (quota.Value[bool], error) {
	switch {
	case d.unknown():
		return quota.Unknown[bool](), nil
	case d.absent():
		return quota.Null[bool](), nil
	}
	b, ok := d.v.(basetypes.BoolValue)
	if !ok {
		return quota.Value[bool]{}, d.errorf("must be a bool, got %s", typeName(d.v))
	}
	return quota.Known(b.ValueBool()), nil
}

// int64 reads a whole number that fits in 64 bits.
func (d dyn) int64() (quota.Value[int64], error) {
	switch {
	case d.unknown():
		return quota.Unknown[int64](), nil
	case d.absent():
		return quota.Null[int64](), nil
	}
	var f *big.Float
	switch n := d.v.(type) {
	case basetypes.NumberValue:
		f = n.ValueBigFloat()
	case basetypes.Int64Value:
		return quota.Known(n.ValueInt64()), nil
	default:
		return quota.Value[int64]{}, d.errorf("must be a number, got %s", typeName(d.v))
	}
	if !f.IsInt() {
		return quota.Value[int64]{}, d.errorf("must be a whole number, got %s", f.Text('g', -1))
	}
	i, acc := f.Int64()
	if acc != big.Exact {
		return quota.Value[int64]{}, d.errorf("%s is out of range", f.Text('g', -1))
	}
	return quota.Known(i), nil
}

func (d dyn) float() (float64, error) {
	n, ok := d.v.(basetypes.NumberValue)
	if !ok {
		return 0, d.errorf("must be a number, got %s", typeName(d.v))
	}
	f, _ := n.ValueBigFloat().Float64()
	return f, nil
}

func (d dyn) strings() (quota.Strings, error) {
	switch {
	case d.unknown():
		return quota.Unknown[[]quota.Value[string]](), nil
	case d.absent():
		return quota.Null[[]quota.Value[string]](), nil
	}
	elems, err := d.elements()
	if err != nil {
		return quota.Strings{}, err
	}
	out := make([]quota.Value[string], len(elems))
	for i, e := range elems {
		if out[i], err = e.string(); err != nil {
			return quota.Strings{}, err
		}
	}
	return quota.Known(out), nil
}

// stringMap reads a map or object of strings; null values are left out.
func (d dyn) stringMap() (quota.StringMap, error) {
	switch {
	case d.unknown():
		return quota.Unknown[map[string]quota.Value[string]](), nil
	case d.absent():
		return quota.Null[map[string]quota.Value[string]](), nil
	}
	var elems map[string]attr.Value
	switch v := d.v.(type) {
	case basetypes.MapValue:
		elems = v.Elements()
	case basetypes.ObjectValue:
		elems = v.Attributes()
	default:
		return quota.StringMap{}, d.errorf("must be a map of strings, got %s", typeName(d.v))
	}
	out := make(map[string]quota.Value[string], len(elems))
	for k, e := range elems {
		s, err := newDyn(e, d.path+"."+k).string()
		if err != nil {
			return quota.StringMap{}, err
		}
		if s.Set || s.Unknown {
			out[k] = s
		}
	}
	return quota.Known(out), nil
}

// first returns the first of several spellings of an attribute that the
// object holds: a flat name, or a path through an AWS-provider block.
func (d dyn) first(flat string, block, inner string) (dyn, error) {
	if d.has(flat) || !d.has(block) {
		return d.get(flat), nil
	}
	b, err := d.get(block).block()
	if err != nil {
		return dyn{}, err
	}
	return b.get(inner), nil
}

// decoder collects the first decoding error so that decoding code reads
// straight through.
type decoder struct{ err error }

func (dc *decoder) str(d dyn) quota.Value[string] {
	v, err := d.string()
	dc.keep(err)
	return v
}

func (dc *decoder) i64(d dyn) quota.Value[int64] {
	v, err := d.int64()
	dc.keep(err)
	return v
}

func (dc *decoder) boolean(d dyn) quota.Value[bool] {
	v, err := d.bool()
	dc.keep(err)
	return v
}

func (dc *decoder) strs(d dyn) quota.Strings {
	v, err := d.strings()
	dc.keep(err)
	return v
}

func (dc *decoder) strMap(d dyn) quota.StringMap {
	v, err := d.stringMap()
	dc.keep(err)
	return v
}

func (dc *decoder) pick(d dyn, flat, block, inner string) dyn {
	v, err := d.first(flat, block, inner)
	dc.keep(err)
	return v
}

func (dc *decoder) keep(err error) {
	if dc.err == nil {
		dc.err = err
	}
}

// uploadedViaS3 is the flat uploaded_via_s3, or whether s3_bucket is set.
func (dc *decoder) uploadedViaS3(d dyn) quota.Value[bool] {
	if d.has("uploaded_via_s3") || !d.has("s3_bucket") {
		return dc.boolean(d.get("uploaded_via_s3"))
	}
	bucket := dc.str(d.get("s3_bucket"))
	if bucket.Unknown {
		return quota.Unknown[bool]()
	}
	return quota.Known(bucket.Set)
}

// decodeFunction reads a Lambda function object.
func decodeFunction(d dyn, opts functionOptions) (quota.Function, error) {
	dc := &decoder{}
	vpc := dc.pick(d, "subnet_ids", "vpc_config", "subnet_ids")
	sgs := dc.pick(d, "security_group_ids", "vpc_config", "security_group_ids")
	f := quota.Function{
		Name:                         dc.str(d.get("function_name")),
		PackageType:                  dc.str(d.get("package_type")),
		MemorySize:                   dc.i64(d.get("memory_size")),
		Timeout:                      dc.i64(d.get("timeout")),
		EphemeralStorageSize:         dc.i64(dc.pick(d, "ephemeral_storage_size", "ephemeral_storage", "size")),
		EnvironmentVariables:         dc.strMap(dc.pick(d, "environment_variables", "environment", "variables")),
		Layers:                       dc.strs(d.get("layers")),
		Filename:                     dc.str(d.get("filename")),
		UploadedViaS3:                dc.uploadedViaS3(d),
		LayerFilenames:               dc.strs(opts.pick(d, "layer_filenames")),
		LayerUnzippedBytes:           dc.i64(opts.pick(d, "layer_unzipped_bytes")),
		ImageSizeBytes:               dc.i64(opts.pick(d, "image_size_bytes")),
		ReservedConcurrentExecutions: dc.i64(d.get("reserved_concurrent_executions")),
		SubnetIDs:                    dc.strs(vpc),
		SecurityGroupIDs:             dc.strs(sgs),
		Architectures:                dc.strs(d.get("architectures")),
		Handler:                      dc.str(d.get("handler")),
		Description:                  dc.str(d.get("description")),
	}
	return f, dc.err
}

// decodeLayer reads a Lambda layer version object.
func decodeLayer(d dyn) (quota.Layer, error) {
	dc := &decoder{}
	l := quota.Layer{
		Name:                    dc.str(d.get("layer_name")),
		Filename:                dc.str(d.get("filename")),
		UploadedViaS3:           dc.uploadedViaS3(d),
		CompatibleRuntimes:      dc.strs(d.get("compatible_runtimes")),
		CompatibleArchitectures: dc.strs(d.get("compatible_architectures")),
	}
	return l, dc.err
}

// decodeVPCFunctions reads a list of function objects, AWS-shaped or flat.
func decodeVPCFunctions(d dyn) (quota.Value[[]quota.VPCFunction], error) {
	switch {
	case d.unknown():
		return quota.Unknown[[]quota.VPCFunction](), nil
	case d.absent():
		return quota.Known[[]quota.VPCFunction](nil), nil
	}
	elems, err := d.elements()
	if err != nil {
		return quota.Value[[]quota.VPCFunction]{}, err
	}
	dc := &decoder{}
	out := make([]quota.VPCFunction, len(elems))
	for i, e := range elems {
		if e.unknown() {
			out[i] = quota.VPCFunction{SubnetIDs: quota.Unknown[[]quota.Value[string]]()}
			continue
		}
		out[i] = quota.VPCFunction{
			SubnetIDs:        dc.strs(dc.pick(e, "subnet_ids", "vpc_config", "subnet_ids")),
			SecurityGroupIDs: dc.strs(dc.pick(e, "security_group_ids", "vpc_config", "security_group_ids")),
		}
	}
	return quota.Known(out), dc.err
}

// count reads a number, or counts the elements of a list of objects (such as
// aws_efs_mount_target resources).
func (dc *decoder) count(d dyn) quota.Value[int64] {
	switch d.v.(type) {
	case basetypes.ListValue, basetypes.TupleValue, basetypes.SetValue:
		if d.unknown() {
			return quota.Unknown[int64]()
		}
		elems, err := d.elements()
		dc.keep(err)
		return quota.Known(int64(len(elems)))
	}
	return dc.i64(d)
}

// functionOptions is the optional second argument of the check functions.
type functionOptions struct {
	d dyn
}

// pick reads a setting from the options, or else from the object itself.
func (o functionOptions) pick(obj dyn, name string) dyn {
	if o.d.has(name) {
		return o.d.get(name)
	}
	return obj.get(name)
}

// limits applies the options' quotas, an object or map of numbers such as
// data.lambdaquota_limits.x.quotas, to the catalog defaults.
func (o functionOptions) limits() (quota.Limits, bool, error) {
	return quotasArgument(o.d.get("quotas"))
}

func quotasArgument(q dyn) (quota.Limits, bool, error) {
	limits := quota.DefaultLimits()
	switch {
	case q.unknown():
		return limits, false, nil
	case q.absent():
		return limits, true, nil
	}
	var elems map[string]attr.Value
	switch v := q.v.(type) {
	case basetypes.MapValue:
		elems = v.Elements()
	case basetypes.ObjectValue:
		elems = v.Attributes()
	default:
		return limits, true, q.errorf("must be a map of numbers, got %s", typeName(q.v))
	}
	values := make(map[string]float64, len(elems))
	for k, e := range elems {
		ed := newDyn(e, q.path+"."+k)
		switch {
		case ed.unknown():
			return limits, false, nil
		case ed.absent():
			continue
		}
		f, err := ed.float()
		if err != nil {
			return limits, true, err
		}
		values[k] = f
	}
	limits, errs := limits.WithOverrides(values)
	if len(errs) > 0 {
		return limits, true, fmt.Errorf("%s: %w", q.path, errors.Join(errs...))
	}
	return limits, true, nil
}

// decodePermissions reads a list of aws_lambda_permission-shaped objects.
func decodePermissions(d dyn) (quota.Value[[]quota.Permission], error) {
	switch {
	case d.unknown():
		return quota.Unknown[[]quota.Permission](), nil
	case d.absent():
		return quota.Known[[]quota.Permission](nil), nil
	}
	elems, err := d.elements()
	if err != nil {
		return quota.Value[[]quota.Permission]{}, err
	}
	dc := &decoder{}
	out := make([]quota.Permission, 0, len(elems))
	for _, e := range elems {
		if e.unknown() {
			return quota.Unknown[[]quota.Permission](), nil
		}
		out = append(out, quota.Permission{
			StatementID:         dc.str(e.get("statement_id")),
			Action:              dc.str(e.get("action")),
			Principal:           dc.str(e.get("principal")),
			SourceARN:           dc.str(e.get("source_arn")),
			SourceAccount:       dc.str(e.get("source_account")),
			Qualifier:           dc.str(e.get("qualifier")),
			PrincipalOrgID:      dc.str(e.get("principal_org_id")),
			EventSourceToken:    dc.str(e.get("event_source_token")),
			FunctionURLAuthType: dc.str(e.get("function_url_auth_type")),
		})
	}
	return quota.Known(out), dc.err
}
