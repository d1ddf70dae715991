package quota

// Value is an input that may be absent (null) or not known until apply
// (unknown). Checks skip absent values and list unknown ones as undecided.
// An unknown map may hold its known part in V, the least it holds (the
// tags users wrote, while the provider's default tags are unknown).
type Value[T any] struct {
	V       T
	Set     bool
	Unknown bool
	// Sensitive values are measured but never printed.
	Sensitive bool
	// Opaque values are measured but never printed either, though they are
	// not known to be sensitive: on the provider's surfaces, to which
	// Terraform sends no sensitivity marks, every configuration string is.
	Opaque bool
}

// Hidden reports whether a message may not show the value.
func (v Value[T]) Hidden() bool { return v.Sensitive || v.Opaque }

// Known returns a set, known value.
func Known[T any](v T) Value[T] { return Value[T]{V: v, Set: true} }

// Unknown returns a value that is not known until apply.
func Unknown[T any]() Value[T] { return Value[T]{Unknown: true} }

// Null returns an absent value.
func Null[T any]() Value[T] { return Value[T]{} }

// Present reports whether the value is given, known or not.
func (v Value[T]) Present() bool { return v.Set || v.Unknown }

// IsKnown reports whether the value is set and known.
func (v Value[T]) IsKnown() bool { return v.Set && !v.Unknown }

// Strings is a list whose elements may each be unknown.
type Strings = Value[[]Value[string]]

// StringMap is a map whose values may each be unknown; Terraform never has
// unknown keys in a known map.
type StringMap = Value[map[string]Value[string]]

// may reports whether a setting may be on, and is reports it is certainly on.
func may(v Value[bool]) bool { return v.Unknown || v.Set && v.V }
func is(v Value[bool]) bool  { return v.IsKnown() && v.V }

// over is whether a number is set above a threshold, as a setting.
func over(v Value[int64], threshold int64) Value[bool] {
	switch {
	case v.Unknown:
		return Unknown[bool]()
	case !v.Set:
		return Null[bool]()
	}
	return Known(v.V > threshold)
}
