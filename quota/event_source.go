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
	// Source is the kind of the mapping's source, from its ARN: SourceSQS,
	// SourceKafka (Amazon MSK, or a self-managed cluster), or another.
	Source Value[string]
	// MinimumPollers and MaximumPollers are provisioned_poller_config's,
	// set in provisioned mode; PollerGroup its poller_group_name.
	MinimumPollers, MaximumPollers Value[int64]
	PollerGroup                    Value[string]
}

// Kinds of event source, for the limits of provisioned pollers.
const (
	SourceSQS   = "sqs"
	SourceKafka = "kafka"
)

// CheckEventSource checks that the queue's visibility timeout is at least
// the function's timeout, which CreateEventSourceMapping requires.
func CheckEventSource(l Limits, e EventSource) Result {
	c := &checker{limits: l}
	c.together(TenantIsolationEventSource, "function_tenant_isolation_mode", e.FunctionTenantIsolation, Known(true),
		"The function%s is tenant-isolated (PER_TENANT), and only API Gateway may invoke it: AWS refuses an event source mapping to it.",
		ofName("function", e.FunctionName))
	c.pollers(e)
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

// pollers checks a mapping's provisioned pollers against its source's range.
func (c *checker) pollers(e EventSource) {
	if !e.MinimumPollers.Present() && !e.MaximumPollers.Present() {
		return
	}
	lo, hi := SQSPollersMin, SQSPollersMax
	switch {
	case e.Source.Unknown:
		c.undecided(SQSPollersMin, SQSPollersMax, KafkaPollersMin, KafkaPollersMax)
		return
	case e.Source.V == SourceKafka:
		lo, hi = KafkaPollersMin, KafkaPollersMax
	case e.Source.V != SourceSQS:
		return // provisioned mode is for SQS and Kafka sources
	}
	of := ""
	if e.FunctionName.IsKnown() {
		of = " of the mapping to " + named("function", e.FunctionName)
	}
	checkInput(c, e.MinimumPollers, []ID{lo}, func(v Value[int64]) {
		c.atLeast(lo, "minimum_pollers", v.V, "the minimum pollers"+of)
	})
	checkInput(c, e.MaximumPollers, []ID{lo, hi}, c.between(lo, hi, "maximum_pollers", "the maximum pollers"+of))
}

// PollerGroup is the Kafka event source mappings of one provisioned poller
// group in a Region, by their maximum_pollers; an unknown one counts as
// the least it can be, 1.
type PollerGroup struct {
	Name           string
	Region         string
	MaximumPollers []Value[int64]
}

// CheckPollerGroup checks a poller group's mappings and their pollers.
func CheckPollerGroup(l Limits, g PollerGroup) Result {
	c := &checker{limits: l}
	what := fmt.Sprintf("poller group %q%s", g.Name, inRegion(g.Region))
	c.atMost(PollerGroupMappingsMax, "poller_group_name", int64(len(g.MaximumPollers)), "the number of event source mappings in "+what)
	var total int64
	unknown := false
	for _, p := range g.MaximumPollers {
		switch {
		case p.Unknown:
			unknown, total = true, total+1
		case p.Set:
			total += p.V
		default:
			// AWS's default maximum for a Kafka mapping in provisioned mode.
			total += defaultKafkaMaximumPollers
		}
	}
	switch {
	case unknown && total <= l.Value(PollerGroupPollersMax):
		c.undecided(PollerGroupPollersMax)
	case unknown:
		c.atMost(PollerGroupPollersMax, "maximum_pollers", total, "the maximum pollers of "+what+", counting only those known before apply,")
	default:
		c.atMost(PollerGroupPollersMax, "maximum_pollers", total, "the maximum pollers of "+what+" together")
	}
	return c.res
}

// defaultKafkaMaximumPollers is a provisioned Kafka mapping's maximum
// pollers when it sets none (API_ProvisionedPollerConfig).
const defaultKafkaMaximumPollers = 200

// CheckManagedInstancesKafka checks the number of Kafka event source
// mappings to functions on Lambda Managed Instances in a Region: n,
// unknown with its known part as a lower bound when some are.
func CheckManagedInstancesKafka(l Limits, n Value[int64], region string) Result {
	c := &checker{limits: l}
	what := "the number of Kafka event source mappings to functions on Lambda Managed Instances" + inRegion(region)
	if n.Unknown {
		if n.V <= l.Value(LMIKafkaMappingsMax) {
			c.undecided(LMIKafkaMappingsMax)
			return c.res
		}
		what += ", counting only those certainly there,"
	}
	c.atMost(LMIKafkaMappingsMax, "event_source_arn", n.V, what)
	return c.res
}
