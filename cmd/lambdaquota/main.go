// Command lambdaquota checks a saved Terraform or OpenTofu plan against AWS
// Lambda and VPC network-interface quotas, with the checks of the lambdaquota
// provider, for CI jobs that cannot change the configurations they check.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/plancheck"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/tfplan"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// version is set by goreleaser; go install records the module version.
var version = ""

// Exit statuses.
const (
	exitOK         = 0
	exitViolations = 1
	exitBadInput   = 2
)

func main() {
	// The plan's bytes are held for the whole check, and what is decoded
	// from them is short-lived: a lower GC target than the default 100
	// keeps peak memory near three times the plan's size, for a few percent
	// more time.
	debug.SetGCPercent(50)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

const usage = `Usage: lambdaquota check [flags] [--account PATH]... PLAN_JSON
       lambdaquota version

Checks a saved Terraform or OpenTofu plan against AWS Lambda, VPC
network-interface and API Gateway quotas, with the same checks as the
lambdaquota provider, without changing the configuration:

  terraform plan -out=tfplan
  terraform show -json tfplan > plan.json
  lambdaquota check plan.json

PLAN_JSON is the output of "terraform show -json PLANFILE" or
"tofu show -json PLANFILE" (format_version 1.x), or - for standard input.

What it checks, in every module and every instance:
  - each aws_lambda_function, aws_lambda_layer_version,
    aws_lambda_provisioned_concurrency_config and
    aws_lambda_event_source_mapping (with its aws_sqs_queue) being created,
    updated or replaced, with its planned values; local packages are read
    from filename, relative to --chdir;
  - each function's resource-based policy, from its aws_lambda_permission
    resources or its aws_lambda_policy;
  - each API Gateway integration with a Lambda function (timeouts by the
    API's endpoint type, tenant routing), and per API its resources,
    stages, authorizers, routes, integrations and resource policy;
  - what resources share, counting the deployed ones in the prior state:
    Hyperplane ENIs per VPC (with aws_efs_mount_target; a subnet's VPC comes
    from aws_subnet resources and data sources and from deployed functions),
    reserved and provisioned concurrency against the unreserved floor, and
    code storage.
Resources being destroyed no longer count; one forgotten (destroy = false)
still does, beside the object that replaces it. A change whose actions this
version does not know is a warning naming it, what it creates is still
checked, and the summary counts it. Values unknown until apply are never
guessed: a certain violation is still reported, at the least each unknown
part can be, and the rest is listed as undecided.

With --account, the checks also count what the rest of the account spends,
from the output of read-only AWS CLI commands (an account snapshot, one per
account and Region; see the Account snapshots guide):
  - ENIs per VPC: the Lambda ENIs and EFS mount targets in use, plus the
    subnet and security-group pairs the plan adds that are not in use yet;
  - concurrency: the account's reservations, less what the plan's deployed
    functions reserve today, plus what the plan reserves;
  - code storage: the code the account stores, less the deployed packages
    of the plan's functions, plus the plan's packages.
A snapshot never makes an unknown value known.

Quotas are the catalog's defaults, then the account's applied values from
--account, then the quotas of the configuration's provider "lambdaquota"
block when they are constants, then --quotas-file, then --quota, each
checked by the provider's rules.

Flags:
`

const exitText = `
Exit status: 0 when everything fits (warnings allowed), 1 when a quota is
violated or an input cannot be measured (with --fail-on warning, also on a
warning; with --fail-on never, not at all), 2 on bad input or usage.
`

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage+"  (run lambdaquota check --help for the flags)\n"+exitText)
		return exitBadInput
	}
	switch args[0] {
	case "check":
		return check(args[1:], stdin, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "lambdaquota", buildVersion())
		return exitOK
	case "help", "-h", "-help", "--help":
		return check([]string{"--help"}, stdin, stdout, stderr)
	}
	fmt.Fprintf(stderr, "lambdaquota: unknown command %q; run lambdaquota check --help\n", args[0])
	return exitBadInput
}

func check(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lambdaquota check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		chdir      = fs.String("chdir", ".", "the root module's `directory`: relative package filenames are read from it, and\nconfiguration files for the locations in SARIF reports")
		format     = fs.String("format", "text", "the report's `format` on standard output: text, json, sarif, junit or markdown (a\npull-request comment or job summary)")
		quotasFile = fs.String("quotas-file", "", "a `file` of quota values by id, in HCL (enis_per_vpc = 1000) or JSON")
		failOn     = fs.String("fail-on", "error", "the least `level` that makes the exit status 1: error, warning, or never (reports\nonly; bad input still exits 2)")
		region     = fs.String("account-region", "", "the `REGION` of an --account snapshot whose files name none (get-account-settings' output alone)")
		quotas     multiFlag
		reports    multiFlag
		accounts   multiFlag
	)
	fs.Var(&accounts, "account", "an account snapshot: a `PATH` to a file, or a folder of files, each the --output json of\n"+
		strings.Join(snapshot.Commands, ",\n")+"\nfor one account and Region; repeat for each Region")
	fs.Var(&quotas, "quota", "a quota value, as `ID=VALUE` (enis_per_vpc=1000); repeat for more. Ids and rules are\nthe provider's: see its \"quotas\" argument")
	fs.Var(&reports, "report", "also write a report to a file, as `FORMAT=FILE` (sarif=lambdaquota.sarif,\njunit=lambdaquota.xml); repeat for more")
	// The flag package prints the usage on -h and on every bad flag; print
	// it once, to standard output, when asked for.
	fs.Usage = func() {}
	if err := fs.Parse(reorder(fs, args)); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fmt.Fprint(stdout, usage)
			fs.PrintDefaults()
			fmt.Fprint(stdout, exitText)
			return exitOK
		}
		fmt.Fprintln(stderr, "run lambdaquota check --help for the flags")
		return exitBadInput
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "lambdaquota: want one PLAN_JSON argument, got %d; run lambdaquota check --help\n", fs.NArg())
		return exitBadInput
	}
	outputs := map[string]string{}
	for _, r := range reports {
		f, file, ok := strings.Cut(r, "=")
		if !ok || file == "" || !slices.Contains(plancheck.Formats, f) {
			fmt.Fprintf(stderr, "lambdaquota: --report %s: want FORMAT=FILE, with FORMAT one of %s\n", r, strings.Join(plancheck.Formats, ", "))
			return exitBadInput
		}
		outputs[file] = f
	}
	if !slices.Contains(plancheck.Formats, *format) {
		fmt.Fprintf(stderr, "lambdaquota: --format %s: use one of %s\n", *format, strings.Join(plancheck.Formats, ", "))
		return exitBadInput
	}
	if !slices.Contains(failLevels, *failOn) {
		fmt.Fprintf(stderr, "lambdaquota: --fail-on %s: use one of %s\n", *failOn, strings.Join(failLevels, ", "))
		return exitBadInput
	}
	if st, err := os.Stat(*chdir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "lambdaquota: --chdir %s is not a directory\n", *chdir)
		return exitBadInput
	}

	name := fs.Arg(0)
	plan, err := tfplan.ReadFile(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "lambdaquota: %s\n", err)
		return exitBadInput
	}
	src := tfplan.NewSource(plan, *chdir)
	limits, err := plancheck.Limits(plan, src, *quotasFile, quotas)
	if err != nil {
		fmt.Fprintf(stderr, "lambdaquota: %s\n", err)
		return exitBadInput
	}
	if plan.QuotasNote != "" && *quotasFile == "" && len(quotas) == 0 {
		fmt.Fprintf(stderr, "lambdaquota: note: %s\n", plan.QuotasNote)
	}
	// A snapshot that names no Region (get-account-settings alone) is the
	// plan's, where the plan has one.
	fallback := ""
	if *region == "" && len(accounts) > 0 {
		fallback = plancheck.Region(plan, src)
	}
	snaps, err := readSnapshots(accounts, *region, fallback)
	if err != nil {
		var se *snapshot.Error
		if errors.As(err, &se) {
			fmt.Fprintf(stderr, "lambdaquota: --account %s\n", err)
		} else {
			fmt.Fprintf(stderr, "lambdaquota: %s\n", err)
		}
		return exitBadInput
	}
	for _, s := range snaps {
		for _, n := range s.Notes {
			fmt.Fprintf(stderr, "lambdaquota: note: --account %s\n", n)
		}
	}
	if len(snaps) == 1 {
		// One account and Region: its applied values are this plan's.
		limits = snaps[0].Limits(limits)
	}
	rep := plancheck.Check(plan, plancheck.Options{Dir: *chdir, Limits: limits, Source: src, Snapshots: snaps})
	meta := plancheck.Meta{Version: buildVersion(), PlanFile: name, Locator: tfplan.NewLocator(src), Limits: limits}
	if name == "-" {
		meta.PlanFile = "plan.json"
	}
	if err := plancheck.Write(stdout, *format, &rep, meta); err != nil {
		fmt.Fprintf(stderr, "lambdaquota: %s\n", err)
		return exitBadInput
	}
	for file, f := range outputs {
		if err := writeFile(file, f, &rep, meta); err != nil {
			fmt.Fprintf(stderr, "lambdaquota: --report %s=%s: %s\n", f, file, err)
			return exitBadInput
		}
	}
	switch errs := rep.Errors(); {
	case *failOn == "never":
	case errs > 0, *failOn == "warning" && len(rep.Items) > errs:
		return exitViolations
	}
	return exitOK
}

// failLevels are the values of --fail-on.
var failLevels = []string{"error", "warning", "never"}

// readSnapshots reads each --account snapshot; two of one Region would
// count its account twice.
func readSnapshots(paths []string, region, fallback string) ([]*quota.Snapshot, error) {
	if len(paths) == 0 {
		if region != "" {
			return nil, errors.New("--account-region names the Region of an --account snapshot, and there is none")
		}
		return nil, nil
	}
	return snapshot.ReadAll(paths, region, fallback)
}

func writeFile(name, format string, rep *plancheck.Report, meta plancheck.Meta) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := plancheck.Write(f, format, rep, meta); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// reorder moves flags after the plan argument before it, since users write
// "lambdaquota check plan.json --format sarif" as often as the reverse.
func reorder(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case strings.HasPrefix(a, "-") && a != "-":
			flags = append(flags, a)
			if !strings.Contains(a, "=") && takesValue(fs, a) && i+1 < len(args) {
				flags = append(flags, args[i+1])
				i++
			}
		default:
			rest = append(rest, a)
		}
	}
	return append(flags, rest...)
}

// takesValue says whether a flag reads the next argument: every flag of
// the set but a boolean one.
func takesValue(fs *flag.FlagSet, name string) bool {
	f := fs.Lookup(strings.TrimLeft(name, "-"))
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "dev"
}
