package quota

import "fmt"

// Defaults that AWS and the AWS provider apply to absent values.
const (
	defaultFunctionTimeout        = 3
	defaultQueueVisibilityTimeout = 30
)

// EventSource is an SQS queue that triggers a function through an
// aws_lambda_event_source_mapping. Null timeouts take AWS's defaults: 3
// seconds for the function, 30 for the queue.
type EventSource struct {
	QueueName                Value[string]
	VisibilityTimeoutSeconds Value[int64]
	FunctionName             Value[string]
	FunctionTimeout          Value[int64]
	// NotSQS marks a mapping whose source is certainly not an SQS queue,
	// which has no visibility timeout to check.
	NotSQS bool
	// FunctionTenantIsolation is the function's tenancy being PER_TENANT.
	FunctionTenantIsolation Value[bool]
}

// CheckEventSource checks that the queue's visibility timeout is at least
// the function's timeout, which CreateEventSourceMapping requires.
func CheckEventSource(l Limits, e EventSource) Result {
	c := &checker{limits: l}
	c.together(TenantIsolationEventSource, "function_tenant_isolation_mode", e.FunctionTenantIsolation, Known(true),
		"The function%s is tenant-isolated (PER_TENANT), and only API Gateway may invoke it: AWS refuses an event source mapping to it.",
		ofName("function", e.FunctionName))
	if e.NotSQS {
		return c.res
	}
	visibility, timeout := e.VisibilityTimeoutSeconds, e.FunctionTimeout
	if !visibility.Present() {
		visibility = Known[int64](defaultQueueVisibilityTimeout)
	}
	if !timeout.Present() {
		timeout = Known[int64](defaultFunctionTimeout)
	}
	if visibility.Unknown || timeout.Unknown {
		c.undecided(SQSVisibilityTimeoutMin)
		return c.res
	}
	q := c.limits.Quota(SQSVisibilityTimeoutMin)
	need := (timeout.V*q.Value + 99) / 100
	if visibility.V >= need {
		return c.res
	}
	queue, fn := "the queue", "the function"
	if e.QueueName.IsKnown() {
		queue = named("queue", e.QueueName)
	}
	if e.FunctionName.IsKnown() {
		fn = named("function", e.FunctionName)
	}
	c.add(c.violation(q, "visibility_timeout_seconds", visibility.V, need, fmt.Sprintf(
		"The visibility timeout of %s is %s, less than the %s timeout of %s; AWS refuses the event source mapping with "+
			"\"Queue visibility timeout: %d seconds is less than Function timeout: %d seconds\". This is the rule %q (%s).",
		queue, FormatAmount(visibility.V, "seconds"), FormatAmount(timeout.V, "seconds"), fn, visibility.V, timeout.V, q.Name, q.ID)))
	return c.res
}
