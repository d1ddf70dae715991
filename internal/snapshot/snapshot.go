// Package snapshot reads an account snapshot: the unmodified JSON that
// read-only AWS CLI commands print for one account and Region. Each file is
// recognised by its shape, never by its name, and anything it cannot read
// exactly is refused with the file's name: a snapshot is never guessed at.
package snapshot

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/textfile"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// Commands are the AWS CLI commands whose output a snapshot holds, as a
// user runs them.
var Commands = []string{
	"aws lambda get-account-settings",
	"aws service-quotas list-service-quotas --service-code lambda",
	"aws ec2 describe-network-interfaces --filters Name=interface-type,Values=lambda",
	"aws efs describe-mount-targets --file-system-id ID",
	"aws lambda list-functions",
}

// Error is a snapshot that cannot be read, naming the file.
type Error struct {
	File   string
	Reason string
}

func (e *Error) Error() string { return e.File + ": " + e.Reason }

// maxFile bounds what is read of one file: the largest outputs, every ENI
// or function of a busy Region, are a few megabytes.
const maxFile = 256 << 20

// Read reads a snapshot from a file or a folder of files (hidden files
// left out). region is the Region for files that name none; an empty
// region leaves that to the files, and one that disagrees with them is an
// error.
func Read(path, region string) (*quota.Snapshot, error) {
	files, err := filesOf(path)
	if err != nil {
		return nil, err
	}
	return read(path, files, region, "")
}

// cache holds the snapshots this process has read, by path and Region,
// each kept while its files are unchanged: a provider reads a snapshot once
// however many data sources name it, and they wait for one another rather
// than read it at once.
var cache = struct {
	sync.Mutex
	entries map[[2]string]*cached
}{entries: map[[2]string]*cached{}}

type cached struct {
	sync.Mutex
	stamp string
	s     *quota.Snapshot
	err   error
}

// ReadOnce is Read, for a process that reads one snapshot many times: the
// snapshot is read again only when a file of it has changed (its list of
// files, a size or a modification time). The snapshot returned is shared;
// a caller changes only its own copy.
func ReadOnce(path, region string) (*quota.Snapshot, error) {
	files, err := filesOf(path)
	if err != nil {
		return nil, err
	}
	var stamp strings.Builder
	for _, f := range files {
		st, err := os.Stat(f)
		if err != nil {
			return nil, &Error{File: f, Reason: reason(err)}
		}
		fmt.Fprintf(&stamp, "%s\x00%d\x00%d\x00", f, st.Size(), st.ModTime().UnixNano())
	}
	key := [2]string{path, region}
	if abs, err := filepath.Abs(path); err == nil {
		key[0] = abs
	}
	cache.Lock()
	e := cache.entries[key]
	if e == nil {
		e = &cached{}
		cache.entries[key] = e
	}
	cache.Unlock()
	e.Lock()
	defer e.Unlock()
	if e.stamp != stamp.String() || e.s == nil && e.err == nil {
		e.s, e.err = read(path, files, region, "")
		e.stamp = stamp.String()
	}
	if e.err != nil {
		return nil, e.err
	}
	s := *e.s
	return &s, nil
}

// ReadAll reads the snapshots at paths: one per path, each one account
// and Region, or, where paths hold the outputs of one account and Region
// between them (--account enis.json --account quotas.json), one snapshot
// of all their files, as if they were in one folder.
//
// fallback is the Region of a snapshot whose files name none and for which
// no region is given: the plan's, when it has one.
func ReadAll(paths []string, region, fallback string) ([]*quota.Snapshot, error) {
	var out []*quota.Snapshot
	var all []string
	regions := map[string]string{}
	var perPath error
	for _, p := range paths {
		files, err := filesOf(p)
		if err != nil {
			return nil, err
		}
		all = append(all, files...)
		s, err := read(p, files, region, fallback)
		switch {
		case err != nil:
			perPath = cmp.Or(perPath, err)
		case regions[s.Region] != "":
			perPath = cmp.Or(perPath, error(&Error{File: p, Reason: fmt.Sprintf("Region %s has a snapshot already, %s, "+
				"and the two are not one account and Region's outputs: give one snapshot per Region", s.Region, regions[s.Region])}))
		default:
			regions[s.Region] = p
			out = append(out, s)
		}
	}
	if perPath == nil || len(paths) < 2 {
		return out, perPath
	}
	merged, err := read(strings.Join(paths, " and "), all, region, fallback)
	if err != nil {
		return nil, perPath
	}
	return []*quota.Snapshot{merged}, nil
}

// filesOf are the files of a snapshot: the file, or a folder's files,
// links followed (Kubernetes volumes hand files over as links), hidden
// files and notes for people left out.
func filesOf(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, &Error{File: path, Reason: reason(err)}
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, &Error{File: path, Reason: reason(err)}
	}
	var files []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") || notes(e.Name()) {
			continue
		}
		name := filepath.Join(path, e.Name())
		mode := e.Type()
		if mode&os.ModeSymlink != 0 {
			st, err := os.Stat(name)
			if err != nil {
				return nil, &Error{File: name, Reason: "the link cannot be followed: " + reason(err)}
			}
			mode = st.Mode().Type()
		}
		if mode.IsRegular() {
			files = append(files, name)
		}
	}
	if len(files) == 0 {
		return nil, &Error{File: path, Reason: "the folder holds no files; " + accepted}
	}
	return files, nil
}

// read reads a snapshot's files, named source in messages.
func read(source string, files []string, region, fallback string) (*quota.Snapshot, error) {
	r := &reader{s: &quota.Snapshot{Source: source, Applied: map[quota.ID]int64{}, VPCs: map[string]*quota.VPCInUse{},
		SubnetVPCs: map[string]string{}}, seen: map[string]string{}}
	if region != "" {
		if !regionPattern.MatchString(region) {
			return nil, &Error{File: source, Reason: fmt.Sprintf("%q is not a Region name such as us-east-1", region)}
		}
		r.s.Region, r.regionFrom = region, "the Region given"
	}
	for _, f := range files {
		if err := r.file(f); err != nil {
			return nil, err
		}
	}
	if r.s.Region == "" && fallback != "" {
		r.s.Region = fallback
		r.s.Notes = append(r.s.Notes, fmt.Sprintf("%s: no file names its Region, so it is taken to be the plan's, %s", source, fallback))
	}
	if r.s.Region == "" {
		return nil, &Error{File: source, Reason: "no file names its Region (get-account-settings' output does not): give the Region " +
			"with the snapshot (--account-region, or the data source's region)"}
	}
	if err := r.countENIs(); err != nil {
		return nil, err
	}
	r.finish()
	return r.s, nil
}

// notes reports a file kept beside the outputs for people, such as a
// README, which a folder's reading passes over.
func notes(name string) bool {
	lower := strings.ToLower(name)
	return strings.HasPrefix(lower, "readme") || strings.HasSuffix(lower, ".md")
}

// accepted says which outputs a snapshot may hold.
var accepted = "a snapshot holds the --output json of these commands: " + strings.Join(Commands, "; ")

type reader struct {
	s *quota.Snapshot
	// regionFrom and accountFrom name where the Region and account were
	// first seen; seen maps each kind of output to its first file.
	regionFrom, accountFrom string
	seen                    map[string]string
	// enis are the Lambda ENIs by id, so that an ENI in two files counts once.
	enis         map[string]bool
	mountTargets map[string]bool
	// efsENIs are the EFS mount targets' ENIs describe-network-interfaces
	// lists, by ENI id, with their VPC; mountTargetENIs the ENIs of the
	// mount targets describe-mount-targets lists, so that each counts once.
	efsENIs         map[string]string
	mountTargetENIs map[string]bool
	// lambdaENIs are the Lambda ENIs, counted once the account is known.
	lambdaENIs []lambdaENI
	// applied are Service Quotas' values, below AccountLimit's.
	applied map[quota.ID]int64
	limits  map[quota.ID]int64
}

func reason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// file reads one file: one output, or several written one after another
// (aws ... >> file).
func (r *reader) file(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return &Error{File: name, Reason: reason(err)}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFile+1))
	if err != nil {
		return &Error{File: name, Reason: reason(err)}
	}
	if len(data) > maxFile {
		return &Error{File: name, Reason: fmt.Sprintf("the file is larger than %d MiB, more than any of these outputs", maxFile>>20)}
	}
	if data, err = textfile.UTF8(data); err != nil {
		return &Error{File: name, Reason: err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	docs := 0
	for {
		var doc map[string]json.RawMessage
		err := dec.Decode(&doc)
		if err == io.EOF {
			break
		}
		if err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				return &Error{File: name, Reason: "the file holds JSON that is not an object; " + accepted}
			}
			if trimmed := bytes.TrimSpace(data); docs == 0 && len(trimmed) > 0 && trimmed[0] != '{' && trimmed[0] != '[' {
				return &Error{File: name, Reason: "the file is not JSON: take each output with --output json; " + accepted}
			}
			return &Error{File: name, Reason: fmt.Sprintf("the file is not complete JSON (%s at byte %d): was the command's output cut short?",
				err, dec.InputOffset())}
		}
		docs++
		if err := r.document(name, doc); err != nil {
			return err
		}
	}
	if docs == 0 {
		return &Error{File: name, Reason: "the file is empty; " + accepted}
	}
	return nil
}

// shapes are the outputs by their top-level keys: the results' key, and
// the pagination keys an output may carry.
var shapes = []struct {
	kind, key string
	paging    []string
}{
	{"get-account-settings", "AccountLimit", nil},
	{"list-service-quotas", "Quotas", []string{"NextToken"}},
	{"describe-network-interfaces", "NetworkInterfaces", []string{"NextToken"}},
	{"describe-mount-targets", "MountTargets", []string{"Marker", "NextMarker", "NextToken"}},
	{"list-functions", "Functions", []string{"NextMarker", "NextToken"}},
}

func (r *reader) document(name string, doc map[string]json.RawMessage) error {
	for _, sh := range shapes {
		if _, ok := doc[sh.key]; !ok {
			continue
		}
		keys := []string{sh.key}
		if sh.kind == "get-account-settings" {
			keys = append(keys, "AccountUsage")
		}
		for k, v := range doc {
			switch {
			case slices.Contains(keys, k):
			case slices.Contains(sh.paging, k):
				if k != "Marker" && string(v) != "null" && string(v) != `""` {
					how := "the API's marker for the next page, which the AWS CLI prints with --no-paginate"
					if k == "NextToken" {
						how = "the token for the next items, which the AWS CLI prints when --max-items cuts the list or --no-paginate takes one page"
					}
					return &Error{File: name, Reason: fmt.Sprintf("the %s output is one page of several: it ends with %s, %s. Run the command "+
						"without --max-items and --no-paginate, so that the AWS CLI takes every page (--page-size only sizes its requests)", sh.kind, k, how)}
				}
			default:
				return &Error{File: name, Reason: fmt.Sprintf("the %s output has a key %q that this command does not print; %s", sh.kind, k, accepted)}
			}
		}
		if prev, ok := r.seen[sh.kind]; ok && sh.kind != "describe-mount-targets" {
			return &Error{File: name, Reason: fmt.Sprintf("a second %s output (the first is in %s): a snapshot is one account and Region", sh.kind, prev)}
		}
		r.seen[sh.kind] = name
		var err error
		switch sh.kind {
		case "get-account-settings":
			err = r.settings(doc)
		case "list-service-quotas":
			err = r.quotas(name, doc["Quotas"])
		case "describe-network-interfaces":
			err = r.networkInterfaces(name, doc["NetworkInterfaces"])
		case "describe-mount-targets":
			err = r.mountTargetsOf(name, doc["MountTargets"])
		case "list-functions":
			err = r.functions(name, doc["Functions"])
		}
		if err != nil {
			var se *Error
			if errors.As(err, &se) {
				return err
			}
			return &Error{File: name, Reason: fmt.Sprintf("the %s output: %s", sh.kind, err)}
		}
		return nil
	}
	keys := make([]string, 0, len(doc))
	for k := range doc {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	what := "an empty object"
	if len(keys) > 0 {
		what = "an object with " + strings.Join(keys, ", ")
	}
	return &Error{File: name, Reason: "the file holds " + what + ", not the output of a command a snapshot takes; " + accepted}
}

// regionPattern takes the Region out of an availability zone's name
// (us-east-1a, us-west-2-lax-1a) and checks a Region's.
var regionPattern = regexp.MustCompile(`^[a-z]{2}(?:-[a-z]+)+-\d+`)

// place records the account and Region a value names, refusing a second.
func (r *reader) place(name, account, region, what string) error {
	if region != "" {
		if r.s.Region != "" && r.s.Region != region {
			return &Error{File: name, Reason: fmt.Sprintf("%s is in Region %s, but %s says %s: a snapshot is one account and Region, "+
				"so take each Region's in a folder of its own", what, region, r.regionFrom, r.s.Region)}
		}
		if r.s.Region == "" {
			r.s.Region, r.regionFrom = region, name
		}
	}
	if account != "" {
		if r.s.Account != "" && r.s.Account != account {
			return &Error{File: name, Reason: fmt.Sprintf("%s is in account %s, but %s says %s: a snapshot is one account and Region",
				what, account, r.accountFrom, r.s.Account)}
		}
		if r.s.Account == "" {
			r.s.Account, r.accountFrom = account, name
		}
	}
	return nil
}

// placeARN records the account and Region of an ARN.
func (r *reader) placeARN(name, arn, what string) error {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) < 6 || parts[0] != "arn" || !regionPattern.MatchString(parts[3]) {
		return &Error{File: name, Reason: fmt.Sprintf("%s has the ARN %q, which is not an ARN in a Region", what, arn)}
	}
	return r.place(name, parts[4], parts[3], what)
}

// placeZone records the Region of an availability zone and an account.
func (r *reader) placeZone(name, zone, account, what string) error {
	region := ""
	if zone != "" {
		region = regionPattern.FindString(zone)
		if region == "" {
			return &Error{File: name, Reason: fmt.Sprintf("%s is in availability zone %q, which names no Region", what, zone)}
		}
	}
	return r.place(name, account, region, what)
}

// count reads a JSON number that must be a whole number, at least zero.
func count(n json.Number, what string) (int64, error) {
	f, err := n.Float64()
	if err != nil || f < 0 || f != math.Trunc(f) || f > 1<<53 {
		return 0, fmt.Errorf("%s is %s, not a whole number of at least 0", what, n)
	}
	return int64(f), nil
}

func (r *reader) settings(doc map[string]json.RawMessage) error {
	var v struct {
		AccountLimit *struct {
			CodeSizeUnzipped, CodeSizeZipped, ConcurrentExecutions, TotalCodeSize, UnreservedConcurrentExecutions *json.Number
		}
		AccountUsage *struct{ FunctionCount, TotalCodeSize *json.Number }
	}
	if err := settingsShape(doc, &v); err != nil {
		return err
	}
	if v.AccountLimit == nil || v.AccountUsage == nil {
		return errors.New("AccountLimit and AccountUsage must both be objects")
	}
	need := func(n *json.Number, what string) (int64, error) {
		if n == nil {
			return 0, fmt.Errorf("%s is missing", what)
		}
		return count(*n, what)
	}
	var s quota.AccountSettings
	var err error
	if s.ConcurrentExecutions, err = need(v.AccountLimit.ConcurrentExecutions, "AccountLimit.ConcurrentExecutions"); err != nil {
		return err
	}
	if s.UnreservedConcurrentExecutions, err = need(v.AccountLimit.UnreservedConcurrentExecutions, "AccountLimit.UnreservedConcurrentExecutions"); err != nil {
		return err
	}
	if s.UnreservedConcurrentExecutions > s.ConcurrentExecutions {
		return fmt.Errorf("AccountLimit.UnreservedConcurrentExecutions (%d) is more than ConcurrentExecutions (%d)", s.UnreservedConcurrentExecutions, s.ConcurrentExecutions)
	}
	if s.TotalCodeSize, err = need(v.AccountUsage.TotalCodeSize, "AccountUsage.TotalCodeSize"); err != nil {
		return err
	}
	if v.AccountUsage.FunctionCount != nil {
		if s.FunctionCount, err = count(*v.AccountUsage.FunctionCount, "AccountUsage.FunctionCount"); err != nil {
			return err
		}
	}
	r.limits = map[quota.ID]int64{quota.ConcurrentExecutions: s.ConcurrentExecutions}
	for id, n := range map[quota.ID]*json.Number{quota.CodeStorageMaxBytes: v.AccountLimit.TotalCodeSize,
		quota.ZippedPackageMaxBytes: v.AccountLimit.CodeSizeZipped, quota.UnzippedPackageMaxBytes: v.AccountLimit.CodeSizeUnzipped} {
		if n == nil {
			continue
		}
		if r.limits[id], err = count(*n, "AccountLimit's "+string(id)); err != nil {
			return err
		}
	}
	r.s.Settings = &s
	return nil
}

// units are Service Quotas' units of the quotas the catalog holds, in
// bytes or as counts.
var units = map[string]float64{"None": 1, "Count": 1, "": 1, "Bytes": 1, "Kilobytes": 1 << 10, "Megabytes": 1 << 20, "Gigabytes": 1 << 30}

func (r *reader) quotas(name string, raw json.RawMessage) error {
	var qs []struct {
		ServiceCode, QuotaCode, QuotaArn, Unit string
		Value                                  *json.Number
		ErrorReason                            *struct{ ErrorCode, ErrorMessage string }
	}
	if err := json.Unmarshal(raw, &qs); err != nil {
		return errors.New("the value of Quotas must be a list of quotas")
	}
	byCode := map[string]quota.ID{}
	for _, q := range quota.DefaultCatalog().Quotas() {
		if q.ServiceQuotaCode != "" {
			byCode[q.ServiceQuotaCode] = q.ID
		}
	}
	r.applied = map[quota.ID]int64{}
	for _, q := range qs {
		if q.ServiceCode != "lambda" {
			return &Error{File: name, Reason: fmt.Sprintf("the list-service-quotas output is of service %q, not lambda: run it with --service-code lambda", q.ServiceCode)}
		}
		what := "quota " + q.QuotaCode
		if err := r.placeARN(name, q.QuotaArn, what); err != nil {
			return err
		}
		id, ok := byCode[q.QuotaCode]
		if !ok {
			continue
		}
		if q.Value == nil && q.ErrorReason != nil {
			// Service Quotas could not give the value (ErrorReason): the
			// account's value is not known, so the others decide.
			r.s.Notes = append(r.s.Notes, fmt.Sprintf("%s: %s has no value (%s: %s), so its applied value is not known and the quota's "+
				"other sources apply", name, what, q.ErrorReason.ErrorCode, q.ErrorReason.ErrorMessage))
			continue
		}
		unit, ok := units[q.Unit]
		if !ok || q.Value == nil {
			return fmt.Errorf("%s has the value %v in unit %q, which this version cannot read", what, q.Value, q.Unit)
		}
		f, err := q.Value.Float64()
		if err != nil || f <= 0 || f*unit != math.Trunc(f*unit) || f*unit > 1<<53 {
			return fmt.Errorf("%s is %s %s, not a positive whole amount", what, q.Value, q.Unit)
		}
		r.applied[id] = int64(f * unit)
	}
	return nil
}

func (r *reader) networkInterfaces(name string, raw json.RawMessage) error {
	var enis []struct {
		NetworkInterfaceID string `json:"NetworkInterfaceId"`
		Description        string
		InterfaceType      *string
		VpcID              string `json:"VpcId"`
		SubnetID           string `json:"SubnetId"`
		AvailabilityZone   string
		OwnerID            string `json:"OwnerId"`
		Groups             []struct {
			GroupID string `json:"GroupId"`
		}
	}
	if err := json.Unmarshal(raw, &enis); err != nil {
		return errors.New("the value of NetworkInterfaces must be a list of network interfaces")
	}
	r.s.ENIs = true
	if r.enis == nil {
		r.enis = map[string]bool{}
	}
	for i, e := range enis {
		if e.InterfaceType == nil {
			// describe-network-interfaces prints every interface's type; a
			// --query that drops it would hide every Lambda ENI.
			return &Error{File: name, Reason: fmt.Sprintf("network interface %d (%s) has no InterfaceType, which describe-network-interfaces "+
				"always prints: take its whole output, without a --query that leaves fields out", i, cmp.Or(e.NetworkInterfaceID, "no id"))}
		}
		if efsENI(*e.InterfaceType, e.Description) && e.NetworkInterfaceID != "" && e.VpcID != "" {
			if r.efsENIs == nil {
				r.efsENIs = map[string]string{}
			}
			r.efsENIs[e.NetworkInterfaceID] = e.VpcID
			if e.SubnetID != "" {
				if err := r.subnet(name, e.SubnetID, e.VpcID, "network interface "+e.NetworkInterfaceID); err != nil {
					return err
				}
			}
			continue
		}
		if *e.InterfaceType != "lambda" {
			continue
		}
		what := "network interface " + cmp.Or(e.NetworkInterfaceID, "(no id)")
		if e.NetworkInterfaceID == "" || e.VpcID == "" || e.SubnetID == "" || len(e.Groups) == 0 {
			return &Error{File: name, Reason: what + " has no " + missing(map[string]bool{"NetworkInterfaceId": e.NetworkInterfaceID == "",
				"VpcId": e.VpcID == "", "SubnetId": e.SubnetID == "", "Groups": len(e.Groups) == 0}) +
				": a Lambda ENI always has them, so the output is not describe-network-interfaces' as printed"}
		}
		// The owner of a shared VPC sees its participants' ENIs: which
		// account the snapshot is of is decided once every file is read.
		if err := r.placeZone(name, e.AvailabilityZone, "", what); err != nil {
			return err
		}
		if r.enis[e.NetworkInterfaceID] {
			continue
		}
		r.enis[e.NetworkInterfaceID] = true
		groups := make([]string, len(e.Groups))
		for i, g := range e.Groups {
			groups[i] = g.GroupID
		}
		if err := r.subnet(name, e.SubnetID, e.VpcID, what); err != nil {
			return err
		}
		r.lambdaENIs = append(r.lambdaENIs, lambdaENI{owner: e.OwnerID, vpc: e.VpcID, pair: quota.PairKey(e.SubnetID, groups), file: name})
	}
	return nil
}

// lambdaENI is a Lambda ENI as describe-network-interfaces lists it.
type lambdaENI struct {
	owner, vpc, pair, file string
}

// countENIs counts the Lambda ENIs of the snapshot's account in their
// VPCs, and names the others'. The account is the one the other outputs
// name, else the one that owns every ENI; ENIs of several accounts and no
// other output to say whose snapshot it is are refused.
func (r *reader) countENIs() error {
	account := r.s.Account
	if account == "" {
		for _, e := range r.lambdaENIs {
			if e.owner == "" {
				continue
			}
			if account != "" && e.owner != account {
				return &Error{File: e.file, Reason: fmt.Sprintf("the Lambda ENIs are of accounts %s and %s, as a shared VPC's owner sees them, "+
					"and no other output says whose snapshot this is: add list-functions' or list-service-quotas' output of the account", account, e.owner)}
			}
			account = e.owner
		}
		r.s.Account = account
	}
	for _, e := range r.lambdaENIs {
		v := r.vpc(e.vpc)
		if e.owner != "" && e.owner != account {
			v.OtherAccounts++
			continue
		}
		if v.Pairs == nil {
			v.Pairs = map[string]int64{}
		}
		v.Pairs[e.pair]++
	}
	return nil
}

func (r *reader) mountTargetsOf(name string, raw json.RawMessage) error {
	var mts []struct {
		MountTargetID        string `json:"MountTargetId"`
		NetworkInterfaceID   string `json:"NetworkInterfaceId"`
		SubnetID             string `json:"SubnetId"`
		VpcID                string `json:"VpcId"`
		OwnerID              string `json:"OwnerId"`
		AvailabilityZoneName string
		LifeCycleState       string
	}
	if err := json.Unmarshal(raw, &mts); err != nil {
		return errors.New("the value of MountTargets must be a list of mount targets")
	}
	r.s.MountTargets = true
	if r.mountTargets == nil {
		r.mountTargets = map[string]bool{}
	}
	for _, m := range mts {
		what := "mount target " + cmp.Or(m.MountTargetID, "(no id)")
		if m.MountTargetID == "" || m.SubnetID == "" || m.VpcID == "" {
			return &Error{File: name, Reason: what + " has no " + missing(map[string]bool{"MountTargetId": m.MountTargetID == "",
				"SubnetId": m.SubnetID == "", "VpcId": m.VpcID == ""}) + ": every mount target has them"}
		}
		if err := r.placeZone(name, m.AvailabilityZoneName, m.OwnerID, what); err != nil {
			return err
		}
		// A deleted mount target holds no ENI; one being created or
		// deleted still does.
		if m.LifeCycleState == "deleted" || r.mountTargets[m.MountTargetID] {
			continue
		}
		r.mountTargets[m.MountTargetID] = true
		if m.NetworkInterfaceID != "" {
			if r.mountTargetENIs == nil {
				r.mountTargetENIs = map[string]bool{}
			}
			r.mountTargetENIs[m.NetworkInterfaceID] = true
		}
		if err := r.subnet(name, m.SubnetID, m.VpcID, what); err != nil {
			return err
		}
		v := r.vpc(m.VpcID)
		if v.MountTargets == nil {
			v.MountTargets = map[string]bool{}
		}
		v.MountTargets[m.MountTargetID] = true
	}
	return nil
}

func (r *reader) functions(name string, raw json.RawMessage) error {
	var fns []struct {
		FunctionName, FunctionArn, Version string
		CodeSize                           *json.Number
		VpcConfig                          *struct {
			SubnetIDs []string `json:"SubnetIds"`
			VpcID     string   `json:"VpcId"`
		}
	}
	if err := json.Unmarshal(raw, &fns); err != nil {
		return errors.New("the value of Functions must be a list of functions")
	}
	r.s.Functions = map[string]quota.DeployedFunction{}
	for _, f := range fns {
		what := "function " + cmp.Or(f.FunctionName, "(no name)")
		if f.FunctionName == "" {
			return &Error{File: name, Reason: "a function has no FunctionName: every function list-functions prints has one"}
		}
		if err := r.placeARN(name, f.FunctionArn, what); err != nil {
			return err
		}
		var size int64
		if f.CodeSize != nil {
			var err error
			if size, err = count(*f.CodeSize, what+"'s CodeSize"); err != nil {
				return err
			}
		}
		// With --function-version ALL each published version is listed
		// too: the deployed package a plan replaces is $LATEST's, and the
		// versions stay, counted in AccountUsage.TotalCodeSize.
		if f.Version != "" && f.Version != "$LATEST" {
			continue
		}
		r.s.Functions[f.FunctionName] = quota.DeployedFunction{CodeSize: size}
		if c := f.VpcConfig; c != nil && c.VpcID != "" {
			for _, s := range c.SubnetIDs {
				if err := r.subnet(name, s, c.VpcID, what); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// efsENI reports an EFS mount target's network interface: of type efs,
// or, made before that type, of type interface with EFS's description.
func efsENI(typ, description string) bool {
	return typ == "efs" || typ == "interface" && strings.HasPrefix(description, "EFS mount target for fs-")
}

// subnet records a subnet's VPC, refusing a second.
func (r *reader) subnet(name, subnet, vpc, what string) error {
	if prev, ok := r.s.SubnetVPCs[subnet]; ok && prev != vpc {
		return &Error{File: name, Reason: fmt.Sprintf("%s puts subnet %s in %s, but another output puts it in %s", what, subnet, vpc, prev)}
	}
	r.s.SubnetVPCs[subnet] = vpc
	return nil
}

func (r *reader) vpc(id string) *quota.VPCInUse {
	v := r.s.VPCs[id]
	if v == nil {
		v = &quota.VPCInUse{}
		r.s.VPCs[id] = v
	}
	return v
}

// finish puts AccountLimit's values over Service Quotas': they are what
// Lambda enforces now, while a quota increase may still be on its way.
func (r *reader) finish() {
	// An EFS ENI counts as its mount target, once: by the mount target
	// describe-mount-targets lists, else by itself.
	for eni, vpc := range r.efsENIs {
		if r.mountTargetENIs[eni] {
			continue
		}
		v := r.vpc(vpc)
		if v.MountTargets == nil {
			v.MountTargets = map[string]bool{}
		}
		v.MountTargets[eni] = true
	}
	for id, v := range r.applied {
		r.s.Applied[id] = v
	}
	for id, v := range r.limits {
		r.s.Applied[id] = v
	}
}

// settingsShape decodes get-account-settings' document into v. Fields AWS
// adds later are passed over: the ones read are checked where they are used.
func settingsShape(doc map[string]json.RawMessage, v any) error {
	raw, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("it does not have get-account-settings' shape: %s", strings.TrimPrefix(err.Error(), "json: "))
	}
	return nil
}

// missing names the fields that are missing, in order.
func missing(fields map[string]bool) string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(fields)) {
		if fields[k] {
			out = append(out, k)
		}
	}
	return strings.Join(out, " or ")
}
