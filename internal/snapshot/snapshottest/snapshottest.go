// Package snapshottest writes account snapshots for tests: the AWS CLI's
// outputs, in the shapes the AWS API reference documents, for us-east-1 in
// account 123456789012.
package snapshottest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// Account is what a snapshot holds.
type Account struct {
	// Reserved is the concurrency reserved of the account's 1,000.
	Reserved int
	// Subnets each have one Lambda ENI in VPC, with security group sg.
	Subnets []string
	VPC     string
	// ENIQuota is the applied enis_per_vpc; 0 writes no list-service-quotas.
	ENIQuota int
	// Functions are list-functions' functions, by name, with their CodeSize;
	// nil writes no list-functions.
	Functions map[string]int64
	// EFSENIs are EFS mount targets' ENIs in VPC, each on its own subnet:
	// of type efs, and of type interface with EFS's description as older
	// mount targets show (describe-network-interfaces unfiltered).
	EFSENIs, LegacyEFSENIs int
	// MountTargets lists the first MountTargets EFS ENIs' mount targets in a
	// describe-mount-targets output too; 0 writes none.
	MountTargets int
	// OtherAccountENIs are Lambda ENIs of account 444455556666 in VPC, as
	// the owner of a shared VPC sees its participant's.
	OtherAccountENIs int
}

// Subnets names subnets prefix+from to prefix+(to-1).
func Subnets(prefix string, from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		out = append(out, fmt.Sprintf("%s%d", prefix, i))
	}
	return out
}

// Write writes the snapshot into a new folder and returns it.
func Write(tb testing.TB, a Account) string {
	tb.Helper()
	dir := tb.TempDir()
	write := func(name string, v any) {
		b, err := json.MarshalIndent(v, "", "    ")
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	write("get-account-settings.json", map[string]any{
		"AccountLimit": map[string]any{"TotalCodeSize": 80530636800, "CodeSizeUnzipped": 262144000, "CodeSizeZipped": 52428800,
			"ConcurrentExecutions": 1000, "UnreservedConcurrentExecutions": 1000 - a.Reserved},
		"AccountUsage": map[string]any{"TotalCodeSize": 1 << 30, "FunctionCount": len(a.Functions)},
	})
	enis := []any{}
	for i, s := range a.Subnets {
		enis = append(enis, map[string]any{"NetworkInterfaceId": fmt.Sprintf("eni-%017d", i), "InterfaceType": "lambda",
			"AvailabilityZone": "us-east-1a", "VpcId": a.VPC, "SubnetId": s, "OwnerId": "123456789012",
			"Groups": []any{map[string]any{"GroupId": "sg", "GroupName": "lambda"}}})
	}
	efs := func(i int, typ, description string) map[string]any {
		return map[string]any{"NetworkInterfaceId": fmt.Sprintf("eni-efs%014d", i), "InterfaceType": typ, "Description": description,
			"AvailabilityZone": "us-east-1a", "VpcId": a.VPC, "SubnetId": fmt.Sprintf("subnet-efs-%d", i), "OwnerId": "123456789012",
			"RequesterManaged": true, "Groups": []any{map[string]any{"GroupId": "sg-efs", "GroupName": "efs"}}}
	}
	var mountTargets []any
	for i := range a.EFSENIs + a.LegacyEFSENIs {
		typ, description := "efs", fmt.Sprintf("EFS mount target for fs-%017d (fsmt-%017d)", 1, i)
		if i >= a.EFSENIs {
			typ = "interface"
		}
		enis = append(enis, efs(i, typ, description))
		if i < a.MountTargets {
			mountTargets = append(mountTargets, map[string]any{"MountTargetId": fmt.Sprintf("fsmt-%017d", i), "FileSystemId": fmt.Sprintf("fs-%017d", 1),
				"SubnetId": fmt.Sprintf("subnet-efs-%d", i), "VpcId": a.VPC, "LifeCycleState": "available", "OwnerId": "123456789012",
				"NetworkInterfaceId": fmt.Sprintf("eni-efs%014d", i), "AvailabilityZoneName": "us-east-1a", "AvailabilityZoneId": "use1-az6",
				"IpAddress": "10.0.1.10"})
		}
	}
	for i := range a.OtherAccountENIs {
		enis = append(enis, map[string]any{"NetworkInterfaceId": fmt.Sprintf("eni-shared%011d", i), "InterfaceType": "lambda",
			"AvailabilityZone": "us-east-1a", "VpcId": a.VPC, "SubnetId": fmt.Sprintf("subnet-shared-%d", i), "OwnerId": "444455556666",
			"Groups": []any{map[string]any{"GroupId": "sg-participant", "GroupName": "lambda"}}})
	}
	write("describe-network-interfaces.json", map[string]any{"NetworkInterfaces": enis})
	if len(mountTargets) > 0 {
		write("describe-mount-targets.json", map[string]any{"MountTargets": mountTargets})
	}
	if a.Functions != nil {
		fns := []any{}
		for name, size := range a.Functions {
			fns = append(fns, map[string]any{"FunctionName": name, "CodeSize": size,
				"FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:" + name})
		}
		write("list-functions.json", map[string]any{"Functions": fns})
	}
	if a.ENIQuota > 0 {
		write("list-service-quotas.json", map[string]any{"Quotas": []any{map[string]any{"ServiceCode": "lambda", "QuotaCode": "L-9FEE3D26",
			"Unit": "None", "Value": a.ENIQuota, "QuotaArn": "arn:aws:servicequotas:us-east-1:123456789012:lambda/L-9FEE3D26"}}})
	}
	return dir
}

// ListFunctions is list-functions' output as the AWS CLI's own example
// prints it (aws-cli awscli/examples/lambda/list-functions.rst): one
// function, helloworld, in us-west-2.
const ListFunctions = `{
    "Functions": [
        {
            "TracingConfig": {
                "Mode": "PassThrough"
            },
            "Version": "$LATEST",
            "CodeSha256": "dBG9m8SGdmlEjw/JYXlhhvCrAv5TxvXsbL/RMr0fT/I=",
            "FunctionName": "helloworld",
            "MemorySize": 128,
            "RevisionId": "1718e831-badf-4253-9518-d0644210af7b",
            "CodeSize": 294,
            "FunctionArn": "arn:aws:lambda:us-west-2:123456789012:function:helloworld",
            "Handler": "helloworld.handler",
            "Role": "arn:aws:iam::123456789012:role/service-role/MyTestFunction-role-zgur6bf4",
            "Timeout": 3,
            "LastModified": "2025-09-23T18:32:33.857+0000",
            "Runtime": "nodejs22.x",
            "Description": ""
        }
    ]
}`

// UTF16LE encodes s as PowerShell 5.1's > writes a file: UTF-16LE with a
// byte order mark, CRLF line ends.
func UTF16LE(s string) string {
	s = strings.ReplaceAll(s, "\n", "\r\n")
	out := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(s)) {
		out = append(out, byte(u), byte(u>>8))
	}
	return string(out)
}
