plugin "lambdaquota" {
  enabled = true
  version = "0.1.0"
  source  = "github.com/lambdaquota/terraform-provider-lambdaquota"

  # Optional: your account's values, with the provider's rules (a quota AWS
  # does not let you raise may only be made stricter).
  quotas = {
    enis_per_vpc = 1000
  }
}
