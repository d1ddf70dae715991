package snapshot_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lambdaquota/terraform-provider-lambdaquota/internal/snapshot"
)

// The walkthrough's script, run against an aws command that prints the
// walkthrough's outputs (two file systems, so two mount-target outputs in
// one file), takes a snapshot that reads as the walkthrough's own.
func TestTakeSnapshotScript(t *testing.T) {
	t.Parallel()
	fixture, err := filepath.Abs(account)
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	fake := `#!/bin/sh
case "$1 $2" in
  "lambda get-account-settings") cat "` + fixture + `/get-account-settings.json" ;;
  "service-quotas list-service-quotas") cat "` + fixture + `/list-service-quotas.json" ;;
  "ec2 describe-network-interfaces") cat "` + fixture + `/describe-network-interfaces.json" ;;
  "lambda list-functions") cat "` + fixture + `/list-functions.json" ;;
  "efs describe-file-systems") printf 'fs-0123456789abcdef0\tfs-0fedcba9876543210\n' ;;
  "efs describe-mount-targets")
    if [ "$4" = fs-0123456789abcdef0 ]; then cat "` + fixture + `/describe-mount-targets.json"; else echo '{"MountTargets": []}'; fi ;;
  *) echo "unexpected: $*" >&2; exit 1 ;;
esac
`
	if err := os.WriteFile(filepath.Join(bin, "aws"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "snap")
	cmd := exec.Command("bash", filepath.Join(fixture, "..", "take-snapshot.sh"), out)
	cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, b)
	}
	got, err := snapshot.Read(out, "")
	if err != nil {
		t.Fatal(err)
	}
	want, err := snapshot.Read(account, "")
	if err != nil {
		t.Fatal(err)
	}
	if got.Region != want.Region || *got.Settings != *want.Settings || len(got.Functions) != len(want.Functions) ||
		got.VPCs["vpc-0abc0000000000001"].LambdaENIs() != 2 || len(got.VPCs["vpc-0abc0000000000001"].MountTargets) != 1 ||
		got.Applied["enis_per_vpc"] != 500 {
		t.Fatalf("the script's snapshot differs: %+v", got)
	}
}
