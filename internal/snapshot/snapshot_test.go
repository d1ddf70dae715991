package snapshot_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot"
	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot/snapshottest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// account is the walkthrough's snapshot, in the shapes the AWS API
// reference documents.
const account = "../../examples/guides/account-snapshot/snapshot"

func TestReadAccountFolder(t *testing.T) {
	t.Parallel()
	s, err := snapshot.Read(account, "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Region != "us-east-1" || s.Account != "111122223333" || s.Source != account {
		t.Errorf("placed in %q %q from %q", s.Account, s.Region, s.Source)
	}
	want := quota.AccountSettings{ConcurrentExecutions: 1000, UnreservedConcurrentExecutions: 750, TotalCodeSize: 1073741824, FunctionCount: 3}
	if s.Settings == nil || *s.Settings != want || s.Settings.Reserved() != 250 {
		t.Errorf("settings = %+v, want %+v", s.Settings, want)
	}
	for id, v := range map[quota.ID]int64{
		quota.ENIsPerVPC:              500,         // Service Quotas
		quota.ConcurrentExecutions:    1000,        // both agree
		quota.CodeStorageMaxBytes:     80530636800, // AccountLimit wins over 75 Gigabytes, which is the same
		quota.ZippedPackageMaxBytes:   52428800,
		quota.UnzippedPackageMaxBytes: 262144000,
	} {
		if s.Applied[id] != v {
			t.Errorf("applied %s = %d, want %d", id, s.Applied[id], v)
		}
	}
	vpc := s.VPCs["vpc-0abc0000000000001"]
	if vpc == nil || vpc.LambdaENIs() != 2 || len(vpc.Pairs) != 2 || !vpc.MountTargets["fsmt-0123456789abcdef0"] {
		t.Fatalf("vpc = %+v: want the 2 Lambda ENIs (not the instance's) and the mount target", vpc)
	}
	if _, ok := vpc.Pairs[quota.PairKey("subnet-0aaa000000000000a", []string{"sg-0aaa1111bbbb2222c"})]; !ok {
		t.Errorf("pairs = %v", vpc.Pairs)
	}
	if s.Functions["orders"].CodeSize != 5242880 || len(s.Functions) != 2 {
		t.Errorf("functions = %+v", s.Functions)
	}
	if s.SubnetVPCs["subnet-0bbb000000000000b"] != "vpc-0abc0000000000001" {
		t.Errorf("subnets = %v", s.SubnetVPCs)
	}
}

func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const settings = `{"AccountLimit": {"TotalCodeSize": 80530636800, "CodeSizeUnzipped": 262144000, "CodeSizeZipped": 52428800,
  "ConcurrentExecutions": 1000, "UnreservedConcurrentExecutions": 1000}, "AccountUsage": {"TotalCodeSize": 0, "FunctionCount": 0}}`

func TestReadEmptyResults(t *testing.T) {
	t.Parallel()
	dir := write(t, map[string]string{
		"a": settings,
		"b": `{"Quotas": []}`,
		"c": `{"NetworkInterfaces": []}`,
		"d": `{"MountTargets": []}`,
		"e": `{"Functions": []}`,
	})
	s, err := snapshot.Read(dir, "eu-west-1")
	if err != nil {
		t.Fatal(err)
	}
	if !s.ENIs || !s.MountTargets || s.Functions == nil || s.Settings == nil || s.Region != "eu-west-1" {
		t.Fatalf("empty outputs must still say that nothing is in use: %+v", s)
	}
	if v := s.VPC("vpc-x"); v == nil || v.LambdaENIs() != 0 || len(v.MountTargets) != 0 {
		t.Fatalf("a VPC with nothing in use = %+v", v)
	}
}

func TestReadAbsentOptionalFields(t *testing.T) {
	t.Parallel()
	dir := write(t, map[string]string{
		// No FunctionCount, no AccountLimit code sizes; a function with no
		// VpcConfig or CodeSize; an ENI with no AvailabilityZone and a
		// mount target in a folder with more of them appended.
		"settings":  `{"AccountLimit": {"ConcurrentExecutions": 50, "UnreservedConcurrentExecutions": 50}, "AccountUsage": {"TotalCodeSize": 10}}`,
		"functions": `{"Functions": [{"FunctionName": "f", "FunctionArn": "arn:aws:lambda:ap-southeast-2:123456789012:function:f"}]}`,
		"enis": `{"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "InterfaceType": "lambda", "VpcId": "vpc-1", "SubnetId": "subnet-1",
			"Groups": [{"GroupId": "sg-2"}, {"GroupId": "sg-1"}]}]}`,
		"mount-targets": `{"MountTargets": [{"MountTargetId": "fsmt-1", "SubnetId": "subnet-1", "VpcId": "vpc-1"}]}
{"MountTargets": [{"MountTargetId": "fsmt-2", "SubnetId": "subnet-2", "VpcId": "vpc-1", "LifeCycleState": "deleted"}]}`,
	})
	s, err := snapshot.Read(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if s.Region != "ap-southeast-2" || s.Settings.FunctionCount != 0 || s.Applied[quota.ConcurrentExecutions] != 50 {
		t.Errorf("snapshot = %+v", s)
	}
	if v := s.VPCs["vpc-1"]; v.LambdaENIs() != 1 || len(v.MountTargets) != 1 {
		t.Errorf("vpc-1 = %+v: a deleted mount target holds no ENI", v)
	}
	if _, ok := s.Applied[quota.CodeStorageMaxBytes]; ok {
		t.Error("an absent TotalCodeSize limit was given a value")
	}
}

func TestReadRefuses(t *testing.T) {
	t.Parallel()
	eni := func(zone, vpc string) string {
		return `{"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "InterfaceType": "lambda", "AvailabilityZone": "` + zone +
			`", "VpcId": "` + vpc + `", "SubnetId": "subnet-1", "Groups": [{"GroupId": "sg-1"}]}]}`
	}
	tests := map[string]struct {
		files  map[string]string
		region string
		file   string
		want   string
	}{
		"truncated JSON":     {map[string]string{"s.json": settings[:60]}, "us-east-1", "s.json", "not complete JSON"},
		"another command":    {map[string]string{"subnets.json": `{"Subnets": []}`}, "us-east-1", "subnets.json", "holds an object with Subnets, not the output"},
		"not an object":      {map[string]string{"x": `[1, 2]`}, "us-east-1", "x", "not an object"},
		"text output":        {map[string]string{"x": "ACCOUNTLIMIT\t262144000"}, "us-east-1", "x", "the file is not JSON: take each output with --output json"},
		"an empty file":      {map[string]string{"x": ``}, "us-east-1", "x", "the file is empty"},
		"an extra key":       {map[string]string{"x": `{"Functions": [], "Extra": 1}`}, "us-east-1", "x", `a key "Extra"`},
		"one page of many":   {map[string]string{"x": `{"Functions": [], "NextMarker": "abc"}`}, "us-east-1", "x", "one page of several"},
		"another service":    {map[string]string{"x": `{"Quotas": [{"ServiceCode": "ec2", "QuotaCode": "L-1"}]}`}, "us-east-1", "x", `of service "ec2"`},
		"an ENI without VPC": {map[string]string{"x": eni("us-east-1a", "")}, "", "x", "network interface eni-1 has no VpcId"},
		"two Regions mixed": {map[string]string{"a": eni("us-east-1a", "vpc-1"),
			"b": `{"Functions": [{"FunctionName": "f", "FunctionArn": "arn:aws:lambda:eu-west-1:111122223333:function:f"}]}`}, "", "b",
			"function f is in Region eu-west-1, but"},
		"a Region given and another inside": {map[string]string{"a": eni("us-west-2-lax-1a", "vpc-1")}, "us-east-1", "a", "is in Region us-west-2, but the Region given says us-east-1"},
		"two accounts": {map[string]string{"a": `{"Functions": [
			{"FunctionName": "f", "FunctionArn": "arn:aws:lambda:eu-west-1:111122223333:function:f"},
			{"FunctionName": "g", "FunctionArn": "arn:aws:lambda:eu-west-1:444455556666:function:g"}]}`}, "", "a", "is in account 444455556666"},
		"no Region anywhere":        {map[string]string{"s": settings}, "", "", "no file names its Region"},
		"a fractional count":        {map[string]string{"s": strings.Replace(settings, `"FunctionCount": 0`, `"FunctionCount": 1.5`, 1)}, "us-east-1", "s", "1.5, not a whole number"},
		"a negative count":          {map[string]string{"s": strings.Replace(settings, `"TotalCodeSize": 0`, `"TotalCodeSize": -1`, 1)}, "us-east-1", "s", "-1, not a whole number"},
		"unreserved over the total": {map[string]string{"s": strings.Replace(settings, `"UnreservedConcurrentExecutions": 1000`, `"UnreservedConcurrentExecutions": 1001`, 1)}, "us-east-1", "s", "is more than ConcurrentExecutions"},
		"a second settings output":  {map[string]string{"a": settings, "b": settings}, "us-east-1", "b", "a second get-account-settings output"},
		"a subnet in two VPCs":      {map[string]string{"a": eni("us-east-1a", "vpc-1"), "b": `{"MountTargets": [{"MountTargetId": "fsmt-1", "SubnetId": "subnet-1", "VpcId": "vpc-2"}]}`}, "", "b", "puts subnet subnet-1 in vpc-2"},
		"an unreadable unit": {map[string]string{"x": `{"Quotas": [{"ServiceCode": "lambda", "QuotaCode": "L-9FEE3D26", "Unit": "Furlongs", "Value": 1,
			"QuotaArn": "arn:aws:servicequotas:us-east-1:111122223333:lambda/L-9FEE3D26"}]}`}, "", "x", `unit "Furlongs"`},
		"a bad Region flag": {map[string]string{"s": settings}, "Virginia", "", `"Virginia" is not a Region name`},
		"an empty folder":   {map[string]string{}, "us-east-1", "", "the folder holds no files"},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := write(t, tc.files)
			_, err := snapshot.Read(dir, tc.region)
			var se *snapshot.Error
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a snapshot.Error", err)
			}
			if file := filepath.Join(dir, tc.file); se.File != strings.TrimSuffix(file, string(filepath.Separator)) {
				t.Errorf("the error names %s, want %s", se.File, file)
			}
			if !strings.Contains(se.Reason, tc.want) {
				t.Errorf("reason = %q, want it to say %q", se.Reason, tc.want)
			}
		})
	}
}

func TestReadMissingPath(t *testing.T) {
	t.Parallel()
	_, err := snapshot.Read(filepath.Join(t.TempDir(), "nope"), "")
	if err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Fatalf("err = %v", err)
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"get-account-settings", "list-service-quotas", "describe-network-interfaces", "describe-mount-targets", "list-functions"} {
		b, err := os.ReadFile(filepath.Join(account, name+".json"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"Functions": [{"FunctionName": "f", "FunctionArn": "arn:aws:lambda:x"}]}`))
	f.Add([]byte(utf16LE(listFunctions)))
	f.Add([]byte("\xEF\xBB\xBF" + listFunctions))
	f.Add([]byte{0xFF, 0xFE, '{', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "f.json"), data, 0o600); err != nil {
			t.Fatal(err)
		}
		// The same file behind a link, as a Kubernetes volume hands it over.
		linked := t.TempDir()
		if err := os.Symlink(filepath.Join(dir, "f.json"), filepath.Join(linked, "f.json")); err != nil {
			t.Fatal(err)
		}
		if _, err := snapshot.Read(linked, "us-east-1"); err != nil {
			var se *snapshot.Error
			if !errors.As(err, &se) || se.Reason == "" {
				t.Fatalf("error without a file and reason, behind a link: %v", err)
			}
		}
		s, err := snapshot.Read(dir, "us-east-1")
		if err != nil {
			var se *snapshot.Error
			if !errors.As(err, &se) || se.Reason == "" {
				t.Fatalf("error without a file and reason: %v", err)
			}
			return
		}
		for _, v := range s.VPCs {
			if v.LambdaENIs() < 0 {
				t.Fatalf("negative ENIs: %+v", v)
			}
		}
		if st := s.Settings; st != nil && st.Reserved() < 0 {
			t.Fatalf("negative reservations: %+v", st)
		}
	})
}

// listFunctions and utf16LE are the AWS CLI's example output and
// PowerShell 5.1's encoding of a file.
var (
	listFunctions = snapshottest.ListFunctions
	utf16LE       = snapshottest.UTF16LE
)

func TestReadWindowsEncodings(t *testing.T) {
	t.Parallel()
	for name, content := range map[string]string{
		"UTF-16LE with a BOM (PowerShell 5.1 >)":           utf16LE(listFunctions),
		"UTF-8 with a BOM (Out-File -Encoding utf8)":       "\xEF\xBB\xBF" + strings.ReplaceAll(listFunctions, "\n", "\r\n"),
		"UTF-8 without a BOM (PowerShell 7, Linux, macOS)": listFunctions,
	} {
		s, err := snapshot.Read(write(t, map[string]string{"functions.json": content}), "")
		if err != nil || s.Functions["helloworld"].CodeSize != 294 || s.Region != "us-west-2" {
			t.Errorf("%s: %v, %+v", name, err, s)
		}
	}
	// UTF-16 without a byte order mark is named, not taken for bad JSON.
	noBOM := utf16LE(listFunctions)[2:]
	_, err := snapshot.Read(write(t, map[string]string{"functions.json": noBOM}), "")
	if err == nil || !strings.Contains(err.Error(), "UTF-16 without a byte order mark") {
		t.Errorf("UTF-16 without a BOM: %v", err)
	}
}

func TestReadPublishedVersions(t *testing.T) {
	t.Parallel()
	// --function-version ALL lists $LATEST and each published version; the
	// deployed package the plan replaces is $LATEST's, whatever the order.
	all := `{"Functions": [
{"FunctionName": "f", "Version": "$LATEST", "CodeSize": 4194304, "FunctionArn": "arn:aws:lambda:us-west-2:123456789012:function:f:$LATEST"},
{"FunctionName": "f", "Version": "1", "CodeSize": 5242880, "FunctionArn": "arn:aws:lambda:us-west-2:123456789012:function:f:1"}]}`
	s, err := snapshot.Read(write(t, map[string]string{"functions.json": all}), "")
	if err != nil || s.Functions["f"].CodeSize != 4194304 {
		t.Errorf("%v, %+v; want $LATEST's 4 MiB", err, s)
	}
}

func TestReadPassesOverNotesAndNewFields(t *testing.T) {
	t.Parallel()
	// A README beside the outputs, and a field AWS adds to
	// get-account-settings later.
	later := strings.Replace(settings, `"FunctionCount": 0}`, `"FunctionCount": 0, "SomethingNew": {"Count": 1}}`, 1)
	s, err := snapshot.Read(write(t, map[string]string{"README.md": "# taken on Monday", "settings.json": later, "functions.json": listFunctions}), "")
	if err != nil || s.Settings == nil {
		t.Errorf("%v, %+v", err, s)
	}
}

func TestReadNamesPagingAndDroppedFields(t *testing.T) {
	t.Parallel()
	for name, tc := range map[string]struct{ content, want string }{
		// --max-items: the AWS CLI's NextToken on a command whose API pages with NextMarker.
		"max-items on list-functions": {strings.Replace(listFunctions, `"Functions"`, `"NextToken": "eyJNYXJrZXIiOiBudWxsfQ==", "Functions"`, 1),
			"it ends with NextToken, the token for the next items, which the AWS CLI prints when --max-items cuts the list"},
		"no-paginate on list-functions": {strings.Replace(listFunctions, `"Functions"`, `"NextMarker": "abc", "Functions"`, 1),
			"it ends with NextMarker, the API's marker for the next page"},
		// --query 'NetworkInterfaces[].{NetworkInterfaceId:...}' without InterfaceType.
		"a query without InterfaceType": {`{"NetworkInterfaces": [{"NetworkInterfaceId": "eni-1", "VpcId": "vpc-1", "SubnetId": "subnet-1"}]}`,
			"network interface 0 (eni-1) has no InterfaceType"},
	} {
		_, err := snapshot.Read(write(t, map[string]string{"x.json": tc.content}), "us-west-2")
		if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "--page-size or") {
			t.Errorf("%s: %v; want %q", name, err, tc.want)
		}
	}
}

// A Kubernetes ConfigMap or Secret volume: each file a link into a hidden
// ..data folder, itself a link to a timestamped one.
func TestReadFollowsLinks(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	stamped := filepath.Join(dir, "..2026_12_07_10_00_00.000000001")
	if err := os.Mkdir(stamped, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stamped, "functions.json"), []byte(listFunctions), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stamped, "settings.json"), []byte(strings.Replace(settings, `"UnreservedConcurrentExecutions": 1000`,
		`"UnreservedConcurrentExecutions": 150`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, l := range [][2]string{{filepath.Base(stamped), "..data"}, {"..data/functions.json", "functions.json"}, {"..data/settings.json", "settings.json"}} {
		if err := os.Symlink(l[0], filepath.Join(dir, l[1])); err != nil {
			t.Fatal(err)
		}
	}
	s, err := snapshot.Read(dir, "")
	if err != nil || s.Settings == nil || s.Settings.Reserved() != 850 || s.Functions["helloworld"].CodeSize != 294 {
		t.Fatalf("%v, %+v; want the 850 reserved behind the links read", err, s)
	}
	// A link that loops is named.
	if err := os.Symlink("loop.json", filepath.Join(dir, "loop.json")); err != nil {
		t.Fatal(err)
	}
	_, err = snapshot.Read(dir, "")
	var se *snapshot.Error
	if !errors.As(err, &se) || se.File != filepath.Join(dir, "loop.json") || !strings.Contains(se.Reason, "cannot be followed") {
		t.Errorf("a looping link: %v", err)
	}
}

func TestReadAllMergesOneAccountsFiles(t *testing.T) {
	t.Parallel()
	dir := write(t, map[string]string{"settings.json": settings, "functions.json": listFunctions,
		"west.json": `{"Functions": [{"FunctionName": "f", "FunctionArn": "arn:aws:lambda:eu-west-1:123456789012:function:f"}]}`})
	// A lone get-account-settings names no Region: given beside another
	// output of the same account and Region, it is that one's.
	got, err := snapshot.ReadAll([]string{filepath.Join(dir, "settings.json"), filepath.Join(dir, "functions.json")}, "", "")
	if err != nil || len(got) != 1 || got[0].Region != "us-west-2" || got[0].Settings == nil || len(got[0].Functions) != 1 {
		t.Errorf("one account's files: %v, %+v", err, got)
	}
	// Two Regions: one snapshot each.
	got, err = snapshot.ReadAll([]string{filepath.Join(dir, "functions.json"), filepath.Join(dir, "west.json")}, "", "")
	if err != nil || len(got) != 2 {
		t.Errorf("two Regions: %v, %d snapshots", err, len(got))
	}
}

func TestReadOnceReadsAgainOnlyWhenAFileChanges(t *testing.T) {
	t.Parallel()
	dir := write(t, map[string]string{"functions.json": listFunctions})
	a, err := snapshot.ReadOnce(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	b, err := snapshot.ReadOnce(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	// Ten data sources naming one snapshot share what was read once.
	if a == b || fmt.Sprintf("%p", a.Functions) != fmt.Sprintf("%p", b.Functions) {
		t.Error("the second read did not share the first one's snapshot, or shared the struct itself")
	}
	changed := strings.Replace(listFunctions, `"CodeSize": 294`, `"CodeSize": 2940`, 1)
	if err := os.WriteFile(filepath.Join(dir, "functions.json"), []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := snapshot.ReadOnce(dir, "")
	if err != nil || c.Functions["helloworld"].CodeSize != 2940 {
		t.Errorf("after the file changed: %v, %+v", err, c)
	}
}

// A quota Service Quotas could not give a value for (its ErrorReason,
// botocore's ServiceQuota shape) is passed over with a note.
func TestReadPassesOverAQuotaWithoutValue(t *testing.T) {
	t.Parallel()
	quotas := `{"Quotas": [{"ServiceCode": "lambda", "ServiceName": "AWS Lambda", "QuotaArn": "arn:aws:servicequotas:us-east-1:123456789012:lambda/L-9FEE3D26",
"QuotaCode": "L-9FEE3D26", "QuotaName": "Elastic network interfaces per VPC", "Unit": "None", "Adjustable": true, "GlobalQuota": false,
"ErrorReason": {"ErrorCode": "DEPENDENCY_ACCESS_DENIED_ERROR", "ErrorMessage": "Access denied"}}]}`
	s, err := snapshot.Read(write(t, map[string]string{"quotas.json": quotas}), "")
	if err != nil || len(s.Notes) != 1 || !strings.Contains(s.Notes[0], "DEPENDENCY_ACCESS_DENIED_ERROR") {
		t.Fatalf("%v, %+v", err, s)
	}
	if _, ok := s.Applied[quota.ENIsPerVPC]; ok {
		t.Error("a quota without a value was applied")
	}
}

func TestReadAllTakesThePlansRegionForOneThatNamesNone(t *testing.T) {
	t.Parallel()
	dir := write(t, map[string]string{"settings.json": settings})
	got, err := snapshot.ReadAll([]string{dir}, "", "eu-west-1")
	if err != nil || len(got) != 1 || got[0].Region != "eu-west-1" || len(got[0].Notes) != 1 || !strings.Contains(got[0].Notes[0], "the plan's, eu-west-1") {
		t.Fatalf("%v, %+v", err, got)
	}
	// Without the plan's Region, it is refused as before.
	if _, err := snapshot.ReadAll([]string{dir}, "", ""); err == nil || !strings.Contains(err.Error(), "no file names its Region") {
		t.Errorf("without a Region: %v", err)
	}
	// A snapshot that names its own Region keeps it.
	dir = write(t, map[string]string{"functions.json": listFunctions})
	if got, err := snapshot.ReadAll([]string{dir}, "", "eu-west-1"); err != nil || got[0].Region != "us-west-2" {
		t.Errorf("a Region named: %v, %+v", err, got)
	}
}

func TestReadSharedVPCNeedsToKnowWhoseSnapshot(t *testing.T) {
	t.Parallel()
	eni := func(id, owner string) string {
		return `{"NetworkInterfaceId": "` + id + `", "InterfaceType": "lambda", "AvailabilityZone": "us-east-1a", "VpcId": "vpc-1", ` +
			`"SubnetId": "subnet-` + id + `", "OwnerId": "` + owner + `", "Groups": [{"GroupId": "sg-1"}]}`
	}
	enis := `{"NetworkInterfaces": [` + eni("eni-1", "111122223333") + `, ` + eni("eni-2", "444455556666") + `]}`
	_, err := snapshot.Read(write(t, map[string]string{"enis.json": enis}), "")
	if err == nil || !strings.Contains(err.Error(), "no other output says whose snapshot this is") {
		t.Errorf("two owners alone: %v", err)
	}
	// With the account's functions beside them: its own ENI counts, the
	// participant's is named.
	s, err := snapshot.Read(write(t, map[string]string{"enis.json": enis,
		"functions.json": `{"Functions": [{"FunctionName": "f", "FunctionArn": "arn:aws:lambda:us-east-1:111122223333:function:f"}]}`}), "")
	if err != nil || s.VPCs["vpc-1"].LambdaENIs() != 1 || s.VPCs["vpc-1"].OtherAccounts != 1 {
		t.Errorf("%v, %+v", err, s)
	}
}
