# shellcheck shell=bash
# Shared shell helpers; scripts source this file.
#
# Never pipe a command into head under `set -o pipefail`: head exits after its
# first line, a writer still writing then dies of SIGPIPE, and the pipeline
# fails at random on a busy machine. Read the whole output, then cut it.

# first_line CMD [ARGS...]: the first line CMD prints on stdout (stderr dropped);
# nothing, and status 0, when CMD fails or prints nothing.
first_line() {
  local out
  out=$("$@" 2>/dev/null) || true
  printf '%s\n' "${out%%$'\n'*}"
}

# cli_version BIN: the first line of BIN's version output: `version` for
# Terraform and OpenTofu, `--version` for TFLint, which takes no subcommand
# ("TFLint version 0.64.0"), `-version` for actionlint ("1.7.12").
cli_version() {
  case "$(basename "$1")" in
    tflint*) first_line "$1" --version ;;
    actionlint*) first_line "$1" -version ;;
    *) first_line "$1" version ;;
  esac
}
