package quota

// What the package's own tests use and its users do not.

// InspectZipReader is inspectZipReader, for tests of readers that lie.
var InspectZipReader = inspectZipReader

// PolicyJSON returns the estimated policy document for known permissions.
//
// It is an estimate: the document is rebuilt from the permissions the way
// Lambda writes them (see the tests, which compare it with documents of the
// shape GetPolicy returns), but Lambda may order or normalise some fields
// differently, and permissions added outside this configuration are not seen.
func PolicyJSON(functionARN string, perms []Permission) []byte {
	doc := policyDocument{Version: "2012-10-17", ID: "default", Statement: make([]policyStatement, len(perms))}
	for i, p := range perms {
		doc.Statement[i], _ = statement(Policy{FunctionARN: Known(functionARN)}, p)
	}
	return compactJSON(doc)
}

// KnownStrings is a convenience for a list of known strings.
func KnownStrings(ss ...string) Strings {
	out := make([]Value[string], len(ss))
	for i, s := range ss {
		out[i] = Known(s)
	}
	return Known(out)
}

// KnownStringMap is a convenience for a map of known strings.
func KnownStringMap(m map[string]string) StringMap {
	out := make(map[string]Value[string], len(m))
	for k, v := range m {
		out[k] = Known(v)
	}
	return Known(out)
}

// CheckEnvironmentVariables checks a function's environment variables map:
// its size and its keys.
func CheckEnvironmentVariables(l Limits, vars StringMap) Result {
	return CheckFunction(l, Function{EnvironmentVariables: vars}).Result
}
