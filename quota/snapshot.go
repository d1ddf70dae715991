package quota

import (
	"slices"
	"strconv"
	"strings"
)

// Snapshot is what an account already spends in one Region, as read-only
// AWS CLI commands print it (internal/snapshot reads their output). Each
// part is known only when its command's output was read: a snapshot never
// makes anything else known.
type Snapshot struct {
	// Source names the snapshot, its file or folder, in messages.
	Source string
	// Unknown marks a snapshot not known until apply: what it would hold
	// is unknown, so what it decides is undecided.
	Unknown bool
	Account string
	Region  string
	// Applied are the account's quota values, from Service Quotas and
	// get-account-settings' AccountLimit.
	Applied map[ID]int64
	// Settings are get-account-settings' figures; nil when not read.
	Settings *AccountSettings
	// ENIs says that describe-network-interfaces was read, and MountTargets
	// that describe-mount-targets was: only then are VPCs' counts known.
	ENIs, MountTargets bool
	// VPCs are what spends ENIs in each VPC, by VPC id.
	VPCs map[string]*VPCInUse
	// SubnetVPCs are the subnets' VPCs, from every file.
	SubnetVPCs map[string]string
	// Functions are the deployed functions by name; nil when list-functions
	// was not read.
	Functions map[string]DeployedFunction
	// Notes say what was passed over, in sentences, for the surfaces to show.
	Notes []string
}

// AccountSettings are get-account-settings' figures for one Region.
type AccountSettings struct {
	ConcurrentExecutions           int64
	UnreservedConcurrentExecutions int64
	// TotalCodeSize is the code storage in use (AccountUsage), in bytes.
	TotalCodeSize int64
	FunctionCount int64
}

// Reserved is the concurrency the account reserves and provisions today.
func (s AccountSettings) Reserved() int64 {
	return max(0, s.ConcurrentExecutions-s.UnreservedConcurrentExecutions)
}

// VPCInUse is what spends ENIs in one VPC today.
type VPCInUse struct {
	// Pairs are the subnet and security-group pairs of the Lambda ENIs in
	// use (PairKey), each with its number of ENIs.
	Pairs map[string]int64
	// MountTargets are the ids of the EFS mount targets in the VPC.
	MountTargets map[string]bool
	// OtherAccounts counts the Lambda ENIs of other accounts in a shared
	// VPC, which the owner's describe-network-interfaces lists: Lambda
	// keeps a Hyperplane ENI per subnet and security-group pair of one
	// account, and a participant's resources count against the
	// participant's own quotas, so they are named, not counted.
	OtherAccounts int64
}

// LambdaENIs counts the Lambda ENIs in use.
func (v *VPCInUse) LambdaENIs() int64 {
	var n int64
	for _, c := range v.Pairs {
		n += c
	}
	return n
}

// DeployedFunction is a function list-functions reports.
type DeployedFunction struct {
	// CodeSize is the size of its $LATEST package, in bytes.
	CodeSize int64
}

// PairKey names a pair of subnet and security-group set, as Lambda shares
// an ENI: the order and duplicates of the groups do not matter.
func PairKey(subnet string, groups []string) string {
	groups = slices.Compact(slices.Sorted(slices.Values(groups)))
	var b strings.Builder
	b.WriteString(subnet)
	b.WriteByte(1)
	for _, g := range groups {
		b.WriteByte(0)
		b.WriteString(g)
	}
	return b.String()
}

// Limits returns l with the snapshot's applied values; those of a snapshot
// not known yet are unknown, and only a certain violation is reported.
func (s *Snapshot) Limits(l Limits) Limits {
	if s.Unknown {
		return l.WithUnknownOverrides(ENIsPerVPC, ConcurrentExecutions, CodeStorageMaxBytes)
	}
	return l.WithApplied(s.Applied, s.Source)
}

// VPC returns what spends ENIs in a VPC today: empty when the snapshot
// holds the Region's ENIs and mount targets but none in this VPC, and nil
// when it does not hold them.
func (s *Snapshot) VPC(id string) *VPCInUse {
	if s == nil || !s.ENIs && !s.MountTargets {
		return nil
	}
	if v, ok := s.VPCs[id]; ok {
		return v
	}
	return &VPCInUse{}
}

// Holding is a resource of the checked fleet that is deployed today, so that
// a snapshot already counts what it holds: its reservation (or the
// provisioned concurrency of a function that reserves none), and a
// function's $LATEST package.
type Holding struct {
	// Name is a function's name, for its package's size in the snapshot;
	// null for a provisioned concurrency configuration.
	Name Value[string]
	// Code says the deployed package is taken out: the function is
	// destroyed, or its planned package is counted as it is uploaded.
	Code     bool
	Reserved Value[int64]
}

// Deployed lists the fleet's functions that may be deployed today, as
// holdings: those the snapshot lists, and every function whose name is not
// known or when the snapshot does not list functions. What each reserves
// today is not in the snapshot, so it is unknown.
func (s *Snapshot) Deployed(fns []FleetFunction) []Holding {
	var out []Holding
	for _, f := range fns {
		if f.Region.IsKnown() && f.Region.V != s.Region {
			continue
		}
		name := f.Function.Name
		if name.IsKnown() && s.Functions != nil {
			if _, ok := s.Functions[name.V]; !ok {
				continue
			}
		}
		out = append(out, Holding{Name: name, Code: f.Function.CountsPackage(), Reserved: Unknown[int64]()})
	}
	return out
}

// AccountBase is what the rest of a Region's account spends: the snapshot's
// reservations and code storage less what the checked resources hold today,
// since the checks count those resources as planned.
type AccountBase struct {
	Snapshot *Snapshot
	// Reserved and CodeStorage are unknown, holding a lower bound, when what
	// a deployed resource holds today is not known.
	Reserved, CodeStorage Value[int64]
}

// Base returns what the rest of the account spends, given what the checked
// resources hold today. A deployed function whose reservation is unknown
// may hold any part of the account's reservations, so the rest is then at
// least zero; one whose package size is unknown holds at most the largest
// package a function may have.
func (s *Snapshot) Base(held []Holding) *AccountBase {
	b := &AccountBase{Snapshot: s, Reserved: Null[int64](), CodeStorage: Null[int64]()}
	if s.Unknown {
		b.Reserved, b.CodeStorage = Value[int64]{Set: true, Unknown: true}, Value[int64]{Set: true, Unknown: true}
		return b
	}
	if s.Settings == nil {
		return b
	}
	reserved := Known(s.Settings.Reserved())
	storage := Known(s.Settings.TotalCodeSize)
	for _, h := range held {
		switch r := h.Reserved; {
		case r.Unknown:
			reserved = Value[int64]{Set: true, Unknown: true}
		case r.Set && r.V > 0:
			reserved.V -= r.V
		}
		if !h.Code {
			continue
		}
		size, ok := int64(0), false
		if h.Name.IsKnown() && s.Functions != nil {
			var f DeployedFunction
			f, ok = s.Functions[h.Name.V]
			size = f.CodeSize
		}
		if !ok {
			storage.Unknown = true
			// No package of any deployed function is larger than AWS's
			// own limit, whatever the account states.
			size = DefaultLimits().Value(UnzippedPackageMaxBytes)
		}
		storage.V -= size
	}
	reserved.V, storage.V = max(0, reserved.V), max(0, storage.V)
	b.Reserved, b.CodeStorage = reserved, storage
	return b
}

// snapshotName names a snapshot in a message by its file or folder: the
// snapshot "snapshot", never the snapshot snapshot.
func snapshotName(source string) string {
	if strings.HasPrefix(source, "(") {
		return "the snapshot " + source
	}
	return "the snapshot " + strconv.Quote(source)
}
