package quota_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/ziptest"
	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// violated returns the ids of the violated quotas, sorted.
func violated(r quota.Result) []quota.ID {
	var ids []quota.ID
	for _, f := range r.Findings {
		if f.Kind == quota.Violation {
			ids = append(ids, f.Quota)
		}
	}
	slices.Sort(ids)
	return ids
}

func ids(s ...quota.ID) []quota.ID {
	slices.Sort(s)
	return s
}

func TestCheckFunctionBoundaries(t *testing.T) {
	t.Parallel()
	str := func(n int) quota.Value[string] { return quota.Known(strings.Repeat("a", n)) }
	list := func(n int) quota.Strings { return quota.KnownStrings(make([]string, n)...) }
	n := quota.Known[int64]
	tests := map[string]struct {
		fn   quota.Function
		want []quota.ID
	}{
		"empty":                    {quota.Function{}, nil},
		"memory 128":               {quota.Function{MemorySize: n(128)}, nil},
		"memory 127":               {quota.Function{MemorySize: n(127)}, ids(quota.FunctionMemoryMinMB)},
		"memory 10240":             {quota.Function{MemorySize: n(10240)}, nil},
		"memory 10241":             {quota.Function{MemorySize: n(10241)}, ids(quota.FunctionMemoryMaxMB)},
		"memory negative":          {quota.Function{MemorySize: n(-1)}, ids(quota.FunctionMemoryMinMB)},
		"timeout 1":                {quota.Function{Timeout: n(1)}, nil},
		"timeout 0":                {quota.Function{Timeout: n(0)}, ids(quota.FunctionTimeoutMinSeconds)},
		"timeout 900":              {quota.Function{Timeout: n(900)}, nil},
		"timeout 901":              {quota.Function{Timeout: n(901)}, ids(quota.FunctionTimeoutMaxSeconds)},
		"ephemeral 512":            {quota.Function{EphemeralStorageSize: n(512)}, nil},
		"ephemeral 511":            {quota.Function{EphemeralStorageSize: n(511)}, ids(quota.EphemeralStorageMinMB)},
		"ephemeral 10240":          {quota.Function{EphemeralStorageSize: n(10240)}, nil},
		"ephemeral 10241":          {quota.Function{EphemeralStorageSize: n(10241)}, ids(quota.EphemeralStorageMaxMB)},
		"env 4096":                 {quota.Function{EnvironmentVariables: quota.KnownStringMap(envOfSize(4096))}, nil},
		"env 4097":                 {quota.Function{EnvironmentVariables: quota.KnownStringMap(envOfSize(4097))}, ids(quota.EnvironmentVariablesMaxBytes)},
		"layers 5":                 {quota.Function{Layers: list(5)}, nil},
		"layers 6":                 {quota.Function{Layers: list(6)}, ids(quota.FunctionLayersMax)},
		"subnets 16":               {quota.Function{SubnetIDs: list(16)}, nil},
		"subnets 17":               {quota.Function{SubnetIDs: list(17)}, ids(quota.FunctionSubnetsMax)},
		"security groups 5":        {quota.Function{SecurityGroupIDs: list(5)}, nil},
		"security groups 6":        {quota.Function{SecurityGroupIDs: list(6)}, ids(quota.FunctionSecurityGroupsMax)},
		"architectures 1":          {quota.Function{Architectures: quota.KnownStrings("arm64")}, nil},
		"architectures 2":          {quota.Function{Architectures: quota.KnownStrings("arm64", "x86_64")}, ids(quota.FunctionArchitecturesMax)},
		"name 64":                  {quota.Function{Name: str(64)}, nil},
		"name 65":                  {quota.Function{Name: str(65)}, ids(quota.FunctionNameMaxLength)},
		"handler 128":              {quota.Function{Handler: str(128)}, nil},
		"handler 129":              {quota.Function{Handler: str(129)}, ids(quota.HandlerMaxLength)},
		"description 256":          {quota.Function{Description: quota.Known(strings.Repeat("é", 256))}, nil},
		"description 257":          {quota.Function{Description: str(257)}, ids(quota.DescriptionMaxLength)},
		"reserved 900":             {quota.Function{ReservedConcurrentExecutions: n(900)}, nil},
		"reserved 901":             {quota.Function{ReservedConcurrentExecutions: n(901)}, ids(quota.UnreservedConcurrencyMin)},
		"reserved -1":              {quota.Function{ReservedConcurrentExecutions: n(-1)}, nil},
		"image 10 GB":              {quota.Function{PackageType: quota.Known("Image"), ImageSizeBytes: n(10737418240)}, nil},
		"image 10 GB + 1":          {quota.Function{PackageType: quota.Known("Image"), ImageSizeBytes: n(10737418241)}, ids(quota.ContainerImageMaxBytes)},
		"image size ignored":       {quota.Function{ImageSizeBytes: n(10737418241)}, nil},
		"declared layers at limit": {quota.Function{LayerUnzippedBytes: n(262144000)}, nil},
		"declared layers over":     {quota.Function{LayerUnzippedBytes: n(262144001)}, ids(quota.UnzippedPackageMaxBytes)},
		"every violation at once": {quota.Function{MemorySize: n(1), Timeout: n(1000), Layers: list(9), Handler: str(200)},
			ids(quota.FunctionMemoryMinMB, quota.FunctionTimeoutMaxSeconds, quota.FunctionLayersMax, quota.HandlerMaxLength)},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFunction(quota.DefaultLimits(), tc.fn)
			if got := violated(rep.Result); !slices.Equal(got, tc.want) {
				t.Fatalf("violations = %v, want %v; findings: %v", got, tc.want, rep.Findings)
			}
		})
	}
}

func TestCheckFunctionPackages(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	zipAt := ziptest.WriteSized(t, dir, "at.zip", 52428800, 1000)
	zipOver := ziptest.WriteSized(t, dir, "over.zip", 52428801, 1000)
	unzAt := ziptest.Write(t, dir, "unz-at.zip", ziptest.Entry{Name: "a", Size: 262144000})
	unzOver := ziptest.Write(t, dir, "unz-over.zip", ziptest.Entry{Name: "a", Size: 262144001})
	half := ziptest.Write(t, dir, "half.zip", ziptest.Entry{Name: "a", Size: 131072000})
	corrupt := ziptest.Write(t, dir, "corrupt.zip")
	if err := writeFile(corrupt, "not a zip"); err != nil {
		t.Fatal(err)
	}
	s := quota.Known[string]
	tests := map[string]struct {
		fn         quota.Function
		want       []quota.ID
		wantKind   quota.Kind
		wantTotal  quota.Value[int64]
		wantZipped quota.Value[int64]
	}{
		"zipped at limit":       {fn: quota.Function{Filename: s(zipAt)}, wantZipped: quota.Known[int64](52428800), wantTotal: quota.Known[int64](1000)},
		"zipped over":           {fn: quota.Function{Filename: s(zipOver)}, want: ids(quota.ZippedPackageMaxBytes), wantZipped: quota.Known[int64](52428801), wantTotal: quota.Known[int64](1000)},
		"zipped over via S3":    {fn: quota.Function{Filename: s(zipOver), UploadedViaS3: quota.Known(true)}, wantZipped: quota.Known[int64](52428801), wantTotal: quota.Known[int64](1000)},
		"unzipped at limit":     {fn: quota.Function{Filename: s(unzAt)}, wantTotal: quota.Known[int64](262144000)},
		"unzipped over":         {fn: quota.Function{Filename: s(unzOver)}, want: ids(quota.UnzippedPackageMaxBytes), wantTotal: quota.Known[int64](262144001)},
		"code plus layers at":   {fn: quota.Function{Filename: s(half), LayerFilenames: quota.KnownStrings(half)}, wantTotal: quota.Known[int64](262144000)},
		"code plus layers over": {fn: quota.Function{Filename: s(half), LayerFilenames: quota.KnownStrings(half), LayerUnzippedBytes: quota.Known[int64](1)}, want: ids(quota.UnzippedPackageMaxBytes), wantTotal: quota.Known[int64](262144001)},
		"missing file warns":    {fn: quota.Function{Filename: s(dir + "/later.zip")}, wantKind: quota.Skipped, wantTotal: quota.Unknown[int64](), wantZipped: quota.Unknown[int64]()},
		"corrupt file errs":     {fn: quota.Function{Filename: s(corrupt)}, wantKind: quota.InvalidInput, wantTotal: quota.Unknown[int64](), wantZipped: quota.Unknown[int64]()},
		"directory errs":        {fn: quota.Function{Filename: s(dir)}, wantKind: quota.InvalidInput, wantTotal: quota.Unknown[int64](), wantZipped: quota.Unknown[int64]()},
		"certain despite unknown layer": {fn: quota.Function{Filename: s(unzOver), LayerFilenames: quota.Known([]quota.Value[string]{quota.Unknown[string]()})},
			want: ids(quota.UnzippedPackageMaxBytes), wantTotal: quota.Unknown[int64]()},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rep := quota.CheckFunction(quota.DefaultLimits(), tc.fn)
			if got := violated(rep.Result); !slices.Equal(got, tc.want) {
				t.Fatalf("violations = %v, want %v; findings: %v", got, tc.want, rep.Findings)
			}
			if tc.wantKind != quota.Violation && (len(rep.Findings) != 1 || rep.Findings[0].Kind != tc.wantKind || !strings.Contains(rep.Findings[0].Detail, tc.fn.Filename.V)) {
				t.Fatalf("findings = %v, want one of kind %v naming the file", rep.Findings, tc.wantKind)
			}
			if rep.TotalUnzippedBytes != tc.wantTotal {
				t.Fatalf("total unzipped = %+v, want %+v", rep.TotalUnzippedBytes, tc.wantTotal)
			}
			if tc.wantZipped.Set || tc.wantZipped.Unknown {
				if rep.PackageZippedBytes != tc.wantZipped {
					t.Fatalf("zipped = %+v, want %+v", rep.PackageZippedBytes, tc.wantZipped)
				}
			}
		})
	}
}

func TestCheckFunctionUnknowns(t *testing.T) {
	t.Parallel()
	l := quota.DefaultLimits()
	rep := quota.CheckFunction(l, quota.Function{
		MemorySize:           quota.Unknown[int64](),
		Timeout:              quota.Known[int64](901),
		EnvironmentVariables: quota.Unknown[map[string]quota.Value[string]](),
		Layers:               quota.Known([]quota.Value[string]{quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string](), quota.Unknown[string]()}),
		Filename:             quota.Unknown[string](),
	})
	if got := violated(rep.Result); !slices.Equal(got, ids(quota.FunctionTimeoutMaxSeconds, quota.FunctionLayersMax)) {
		t.Fatalf("violations = %v: certain ones must be reported despite unknowns", got)
	}
	for _, id := range []quota.ID{quota.FunctionMemoryMaxMB, quota.EnvironmentVariablesMaxBytes, quota.UnzippedPackageMaxBytes} {
		if !slices.Contains(rep.Undecided, id) {
			t.Errorf("undecided = %v, lacks %s", rep.Undecided, id)
		}
	}
	if rep.EnvironmentVariablesBytes.IsKnown() || rep.TotalUnzippedBytes.IsKnown() {
		t.Errorf("measurements of unknown inputs must be unknown: %+v", rep)
	}
}

func TestCheckFunctionOverridesAndWarnings(t *testing.T) {
	t.Parallel()
	l, errs := quota.DefaultLimits().WithOverrides(map[string]float64{"function_memory_max_mb": 3008})
	if errs != nil {
		t.Fatal(errs)
	}
	rep := quota.CheckFunction(l, quota.Function{MemorySize: quota.Known[int64](4096)})
	f, ok := rep.Violation(quota.FunctionMemoryMaxMB)
	if !ok || f.Limit != 3008 || !strings.Contains(f.Detail, "as stated in your quotas (AWS's default is 10,240 MB)") {
		t.Fatalf("override not applied or not explained: %+v", rep.Findings)
	}
	l.WarnAtPercent = 90
	rep = quota.CheckFunction(l, quota.Function{EnvironmentVariables: quota.KnownStringMap(envOfSize(3800)), MemorySize: quota.Known[int64](1024)})
	if len(rep.Findings) != 1 || rep.Findings[0].Kind != quota.NearLimit || !strings.Contains(rep.Findings[0].Detail, "92.7% of the 4,096 bytes") ||
		!strings.Contains(rep.Findings[0].Detail, "296 bytes of headroom") {
		t.Fatalf("want one near-limit warning for the environment, got %v", rep.Findings)
	}
}

func TestCheckFunctionInvalidInputs(t *testing.T) {
	t.Parallel()
	rep := quota.CheckFunction(quota.DefaultLimits(), quota.Function{
		Name:                         quota.Known("bad name!"),
		PackageType:                  quota.Known("Jar"),
		ReservedConcurrentExecutions: quota.Known[int64](-2),
	})
	var summaries []string
	for _, f := range rep.Findings {
		if f.Kind != quota.InvalidInput {
			t.Fatalf("unexpected finding %v", f)
		}
		summaries = append(summaries, f.Summary)
	}
	slices.Sort(summaries)
	want := []string{"Invalid Lambda Function Name", "Invalid Lambda Package Type", "Invalid Reserved Concurrency"}
	if !slices.Equal(summaries, want) {
		t.Fatalf("summaries = %v, want %v", summaries, want)
	}
}

func TestCheckLayer(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	over := ziptest.Write(t, dir, "layer.zip", ziptest.Entry{Name: "python/x", Size: 262144001})
	l := quota.DefaultLimits()
	rep := quota.CheckLayer(l, quota.Layer{
		Name:                    quota.Known("deps"),
		Filename:                quota.Known(over),
		CompatibleRuntimes:      quota.KnownStrings(make([]string, 16)...),
		CompatibleArchitectures: quota.KnownStrings("x86_64", "arm64"),
	})
	if got := violated(rep.Result); !slices.Equal(got, ids(quota.LayerCompatibleRuntimesMax, quota.UnzippedPackageMaxBytes)) {
		t.Fatalf("violations = %v", got)
	}
	if rep.UnzippedBytes != quota.Known[int64](262144001) {
		t.Fatalf("unzipped = %+v", rep.UnzippedBytes)
	}
	f, _ := rep.Violation(quota.UnzippedPackageMaxBytes)
	if !strings.Contains(f.Detail, `layer "deps"`) || !strings.Contains(f.Detail, "262,144,001 bytes (250 MB), 1 byte more than the 262,144,000 bytes (250 MB)") {
		t.Fatalf("detail = %q", f.Detail)
	}
}

func TestLayerCountWithPackages(t *testing.T) {
	t.Parallel()
	arns := func(n int) quota.Strings {
		s := make([]string, n)
		for i := range s {
			s[i] = "arn"
		}
		return quota.KnownStrings(s...)
	}
	tests := map[string]struct {
		fn   quota.Function
		want bool
	}{
		"5 ARNs and 5 packages, the same layers": {quota.Function{Layers: arns(5), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e")}, false},
		"6 packages":                             {quota.Function{LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e", "f")}, true},
		"6 packages, ARNs unknown":               {quota.Function{Layers: quota.Unknown[[]quota.Value[string]](), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e", "f")}, true},
		"5 packages, ARNs unknown":               {quota.Function{Layers: quota.Unknown[[]quota.Value[string]](), LayerFilenames: quota.KnownStrings("a", "b", "c", "d", "e")}, false},
		"6 ARNs, 1 package":                      {quota.Function{Layers: arns(6), LayerFilenames: quota.KnownStrings("a")}, true},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			_, got := quota.CheckFunction(quota.DefaultLimits(), tc.fn).Violation(quota.FunctionLayersMax)
			if got != tc.want {
				t.Fatalf("violation = %v, want %v", got, tc.want)
			}
		})
	}
}
