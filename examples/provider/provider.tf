terraform {
  required_providers {
    lambdaquota = {
      source = "lambdaquota/lambdaquota"
    }
  }
}

provider "lambdaquota" {
  # Your account's values where they differ from AWS's defaults.
  quotas = {
    enis_per_vpc           = 1000 # raised through Service Quotas (L-9FEE3D26)
    function_memory_max_mb = 3008 # a new account's lower cap
  }

  # Warn when any measured value reaches 90% of its quota.
  warn_at_percent = 90
}
