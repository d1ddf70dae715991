package plancheck

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/lambdaquota/terraform-provider-lambdaquota/quota"
)

// MarkdownLimit is the most a markdown report writes: GitHub refuses a
// pull-request comment over 65,536 characters. Rows past it are counted,
// not listed.
const MarkdownLimit = 65536

// barWidth is the number of cells of a headroom bar.
const barWidth = 20

// writeMarkdown writes the report for a pull-request comment, a job
// summary ($GITHUB_STEP_SUMMARY) or a merge-request note: a verdict, the
// errors and warnings as a table, and how full each shared quota the plan
// touches is. Findings never carry a sensitive value; the table shows
// their measured numbers, which are sizes and counts.
func writeMarkdown(w io.Writer, r *Report, m Meta) error {
	var b strings.Builder
	errs := r.Errors()
	switch {
	case errs > 0:
		fmt.Fprintf(&b, "### :x: lambdaquota: %s\n\n", plural(errs, "error", "errors")+" would fail the apply")
	case len(r.Items) > 0:
		fmt.Fprintf(&b, "### :warning: lambdaquota: no quota fails, %s\n\n", plural(len(r.Items), "warning", "warnings"))
	default:
		b.WriteString("### :white_check_mark: lambdaquota: every checked quota fits\n\n")
	}
	b.WriteString(escapeCell(r.Summary()) + "\n\n")
	// What follows the findings' table is kept short and bounded; the
	// table gives up rows to keep the whole under the limit.
	tail := headroomMarkdown(r) + undecidedMarkdown(r) + fmt.Sprintf("\n<sub>lambdaquota %s</sub>\n", m.Version)
	if len(r.Items) > 0 {
		b.WriteString("| | Quota | Resource | Measured | Limit | Fix |\n|---|---|---|---|---|---|\n")
		budget := MarkdownLimit - b.Len() - len(tail) - 200
		for i, it := range r.Items {
			row := findingRow(it, m.Limits)
			if len(row) > budget {
				fmt.Fprintf(&b, "\n%s not listed: the comment would pass GitHub's limit. The JSON and SARIF reports list every finding.\n",
					plural(len(r.Items)-i, "finding is", "findings are"))
				break
			}
			b.WriteString(row)
			budget -= len(row)
		}
		b.WriteString("\n")
	}
	b.WriteString(tail)
	_, err := io.WriteString(w, b.String())
	return err
}

// findingRow is one finding as a table row.
func findingRow(it Item, l quota.Limits) string {
	icon := ":x:"
	if !it.Kind.IsError() {
		icon = ":warning:"
	}
	name := it.Summary
	measured, limit := "", ""
	if it.Quota != "" {
		q := l.Quota(it.Quota)
		name = fmt.Sprintf("%s (`%s`)", it.Summary, it.Quota)
		if it.Kind == quota.Violation && q.Bound != quota.BoundRule && (it.Measured != 0 || it.Limit != 0) {
			measured, limit = quota.FormatAmount(it.Measured, q.MeasuredUnit), quota.FormatAmount(it.Limit, q.MeasuredUnit)
		}
	}
	resource := "`" + it.Address + "`"
	if it.Address == "" {
		resource = "account"
	}
	if it.Scope != "" {
		resource += " in " + it.Scope
	}
	return fmt.Sprintf("| %s | %s | %s | %s | %s | %s |\n", icon, escapeCell(name), escapeCell(resource), escapeCell(measured),
		escapeCell(limit), escapeCell(it.Remedy))
}

// headroomMarkdown shows how full each shared quota the plan touches is,
// fullest first, at most 50 of them.
func headroomMarkdown(r *Report) string {
	if len(r.Headroom) == 0 {
		return ""
	}
	rows := slices.Clone(r.Headroom)
	slices.SortStableFunc(rows, func(a, b Headroom) int { return -compareShare(a, b) })
	var b strings.Builder
	b.WriteString("#### Headroom\n\n| Shared quota | Where | Used after apply | Added by the plan | Limit | |\n|---|---|---|---|---|---|\n")
	// A quota of which nothing is known yet (code storage beside an
	// unknown package) has no bar to draw; it is among the undecided.
	rows = slices.DeleteFunc(rows, func(h Headroom) bool { return h.Used.Unknown && h.Used.V == 0 })
	if len(rows) == 0 {
		return ""
	}
	for i, h := range rows {
		if i == 50 {
			fmt.Fprintf(&b, "\n%s more.\n", plural(len(rows)-i, "quota", "quotas"))
			break
		}
		used := quota.FormatAmount(h.Used.V, h.Unit)
		if h.Used.Unknown {
			used = "at least " + used
		}
		added := ""
		if h.Added.IsKnown() {
			added = quota.FormatAmount(h.Added.V, h.Unit)
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | `%s` %d%% |\n", h.Quota, escapeCell(h.Scope), escapeCell(used), escapeCell(added),
			escapeCell(quota.FormatAmount(h.Limit, h.Unit)), bar(h.Used.V, h.Limit), percent(h.Used.V, h.Limit))
	}
	return b.String() + "\n"
}

func undecidedMarkdown(r *Report) string {
	if len(r.Undecided) == 0 {
		return ""
	}
	return fmt.Sprintf("%s quotas undecided until apply: values unknown at plan, and no certain violation.\n",
		plural(len(r.Undecided), "resource has", "resources have"))
}

func percent(used, limit int64) int64 {
	if limit <= 0 {
		return 100
	}
	return used * 100 / limit
}

func compareShare(a, b Headroom) int {
	return int(percent(a.Used.V, a.Limit) - percent(b.Used.V, b.Limit))
}

// bar draws how full a quota is in text cells.
func bar(used, limit int64) string {
	full := int(min(barWidth, max(0, percent(used, limit)*barWidth/100)))
	return strings.Repeat("█", full) + strings.Repeat("░", barWidth-full)
}

// escapeCell keeps a value inside one table cell.
func escapeCell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ", "\r", "").Replace(s)
}
