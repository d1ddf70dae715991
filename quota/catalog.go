package quota

import (
	_ "embed"
	"fmt"
	"slices"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/gohcl"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// ID is the stable identifier of a quota, used in overrides and diagnostics.
// Its constants, in ids.go, are generated from the catalog.
type ID string

// Bound says in which direction a quota limits the value it measures.
type Bound string

const (
	// BoundMax quotas may not be exceeded.
	BoundMax Bound = "max"
	// BoundMin quotas may not be undershot.
	BoundMin Bound = "min"
	// BoundReference quotas are published for reference and never checked.
	BoundReference Bound = "reference"
	// BoundRule quotas are rules without a number, such as a pattern a name
	// must match or keys that may not be set; their value is 0.
	BoundRule Bound = "rule"
)

// Category groups quotas by what they apply to.
type Category string

// The categories of the catalog.
const (
	CategoryFunction Category = "function"
	CategoryLayer    Category = "layer"
	CategoryAccount  Category = "account"
	CategoryVPC      Category = "vpc"
	CategoryPolicy   Category = "policy"
	CategoryRuntime  Category = "runtime"
	// CategoryAPIGateway: API Gateway where it invokes Lambda.
	CategoryAPIGateway Category = "apigateway"
)

// Quota is one entry of the catalog.
type Quota struct {
	ID       ID
	Name     string
	Category Category
	Value    int64
	Unit     string
	// MeasuredUnit is the unit of a finding's measured value and limit:
	// Unit, unless the quota is a share of another value (a visibility
	// timeout of at least 100 percent of the function timeout, measured in
	// seconds).
	MeasuredUnit string
	Bound        Bound
	Adjustable   bool
	// DerivedFrom names the quota this one follows from: AWS sets it, and
	// no override may, since a stated value could only disagree with AWS.
	DerivedFrom ID
	// Values are what a rule allows, such as the earliest version of each
	// runtime family that supports SnapStart.
	Values           []string
	ServiceQuotaCode string
	PairedMax        ID
	Description      string
	Source           string
	Title            string
	Measure          string
	Remedy           string
	// DataSourceRemedy replaces Remedy on the data sources, whose arguments
	// differ from aws_lambda_function's.
	DataSourceRemedy string
}

// quotaBlock is the HCL form of a Quota; gohcl decodes into plain Go types.
type quotaBlock struct {
	ID               string   `hcl:"id,label"`
	Name             string   `hcl:"name"`
	Category         string   `hcl:"category"`
	Value            int64    `hcl:"value,optional"`
	Unit             string   `hcl:"unit"`
	MeasuredUnit     string   `hcl:"measured_unit,optional"`
	Bound            string   `hcl:"bound"`
	Adjustable       bool     `hcl:"adjustable"`
	DerivedFrom      string   `hcl:"derived_from,optional"`
	Values           []string `hcl:"values,optional"`
	ServiceQuotaCode string   `hcl:"service_quota_code,optional"`
	PairedMax        string   `hcl:"paired_max,optional"`
	Description      string   `hcl:"description"`
	Source           string   `hcl:"source"`
	Title            string   `hcl:"title,optional"`
	Measure          string   `hcl:"measure,optional"`
	Remedy           string   `hcl:"remedy,optional"`
	DataSourceRemedy string   `hcl:"data_source_remedy,optional"`
}

func (b quotaBlock) quota() Quota {
	measured := b.MeasuredUnit
	if measured == "" {
		measured = b.Unit
	}
	return Quota{
		ID: ID(b.ID), Name: b.Name, Category: Category(b.Category), Value: b.Value, Unit: b.Unit, MeasuredUnit: measured,
		Bound: Bound(b.Bound), Adjustable: b.Adjustable, DerivedFrom: ID(b.DerivedFrom), Values: b.Values,
		ServiceQuotaCode: b.ServiceQuotaCode, PairedMax: ID(b.PairedMax), Description: b.Description,
		Source: b.Source, Title: b.Title, Measure: b.Measure, Remedy: b.Remedy, DataSourceRemedy: b.DataSourceRemedy,
	}
}

// Checked reports whether any check of this provider enforces the quota.
func (q Quota) Checked() bool { return q.Bound != BoundReference }

// Overridable reports whether an override may take any positive value, rather
// than only a stricter one.
func (q Quota) Overridable() bool { return q.Adjustable }

// Catalog is the parsed, validated list of quotas, in file order.
type Catalog struct {
	quotas []Quota
	index  map[ID]int
}

//go:embed catalog.hcl
var catalogHCL []byte

var defaultCatalog = sync.OnceValues(ParseEmbeddedCatalog)

// ParseEmbeddedCatalog parses the catalog embedded in the provider anew;
// DefaultCatalog parses it once and shares the result.
func ParseEmbeddedCatalog() (*Catalog, error) {
	return ParseCatalog(catalogHCL, "catalog.hcl")
}

// DefaultCatalog returns the catalog embedded in the provider. The embedded file
// is covered by tests, so a parse failure here is a build defect.
func DefaultCatalog() *Catalog {
	c, err := defaultCatalog()
	if err != nil {
		panic(fmt.Sprintf("embedded quota catalog is invalid: %v", err))
	}
	return c
}

type catalogFile struct {
	Quotas []quotaBlock `hcl:"quota,block"`
}

// ParseCatalog decodes and validates a catalog written in HCL.
func ParseCatalog(src []byte, filename string) (*Catalog, error) {
	f, diags := hclsyntax.ParseConfig(src, filename, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, diags
	}
	var file catalogFile
	if diags := gohcl.DecodeBody(f.Body, nil, &file); diags.HasErrors() {
		return nil, diags
	}
	c := &Catalog{quotas: make([]Quota, len(file.Quotas)), index: make(map[ID]int, len(file.Quotas))}
	for i, b := range file.Quotas {
		q := b.quota()
		c.quotas[i] = q
		if err := q.validate(); err != nil {
			return nil, err
		}
		if _, dup := c.index[q.ID]; dup {
			return nil, fmt.Errorf("quota %q is defined twice", q.ID)
		}
		c.index[q.ID] = i
	}
	for _, q := range c.quotas {
		if _, ok := c.Lookup(q.DerivedFrom); q.DerivedFrom != "" && !ok {
			return nil, fmt.Errorf("quota %q: derived_from %q is not in the catalog", q.ID, q.DerivedFrom)
		}
		if q.PairedMax == "" {
			continue
		}
		m, ok := c.Lookup(q.PairedMax)
		if !ok || m.Bound != BoundMax || q.Bound != BoundMin {
			return nil, fmt.Errorf("quota %q: paired_max %q must name a max quota and belong to a min quota", q.ID, q.PairedMax)
		}
		if q.Value > m.Value {
			return nil, fmt.Errorf("quota %q: minimum %d exceeds %q maximum %d", q.ID, q.Value, m.ID, m.Value)
		}
	}
	return c, nil
}

func (q Quota) validate() error {
	switch {
	case q.ID == "" || q.Name == "" || q.Unit == "" || q.Description == "" || q.Source == "":
		return fmt.Errorf("quota %q: id, name, unit, description and source are required", q.ID)
	case q.Bound == BoundRule && q.Value != 0:
		return fmt.Errorf("quota %q: a rule has no value, got %d", q.ID, q.Value)
	case q.Bound != BoundRule && q.Value <= 0:
		return fmt.Errorf("quota %q: value must be positive, got %d", q.ID, q.Value)
	case !slices.Contains([]Category{CategoryFunction, CategoryLayer, CategoryAccount, CategoryVPC, CategoryPolicy, CategoryRuntime, CategoryAPIGateway}, q.Category):
		return fmt.Errorf("quota %q: unknown category %q", q.ID, q.Category)
	case !slices.Contains([]Bound{BoundMax, BoundMin, BoundReference, BoundRule}, q.Bound):
		return fmt.Errorf("quota %q: bound must be max, min, rule or reference, got %q", q.ID, q.Bound)
	case q.Checked() && (q.Title == "" || q.Remedy == ""):
		return fmt.Errorf("quota %q: a checked quota needs a title and a remedy", q.ID)
	}
	return nil
}

// Quotas returns every quota in catalog order.
func (c *Catalog) Quotas() []Quota { return slices.Clone(c.quotas) }

// IDs returns every quota id in catalog order.
func (c *Catalog) IDs() []ID {
	ids := make([]ID, len(c.quotas))
	for i, q := range c.quotas {
		ids[i] = q.ID
	}
	return ids
}

// Lookup returns the quota with the given id.
func (c *Catalog) Lookup(id ID) (Quota, bool) {
	i, ok := c.index[id]
	if !ok {
		return Quota{}, false
	}
	return c.quotas[i], true
}
