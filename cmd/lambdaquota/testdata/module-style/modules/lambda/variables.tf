variable "create" {
  type    = bool
  default = true
}

variable "function_name" {
  type = string
}

variable "s3_bucket" {
  type    = string
  default = null
}

variable "timeout" {
  type    = number
  default = 3
}

variable "memory_size" {
  type    = number
  default = 128
}

variable "reserved_concurrent_executions" {
  type    = number
  default = -1
}

# null: AWS's default of one architecture, which the provider computes.
variable "architectures" {
  type    = list(string)
  default = null
}

variable "layers" {
  type    = list(string)
  default = null
}

variable "publish" {
  type    = bool
  default = false
}

variable "environment_variables" {
  type    = map(string)
  default = {}
}

variable "vpc_subnet_ids" {
  type    = list(string)
  default = null
}

variable "vpc_security_group_ids" {
  type    = list(string)
  default = null
}

variable "allowed_triggers" {
  type    = map(any)
  default = {}
}

variable "event_source_mapping" {
  type    = any
  default = {}
}

variable "handler" {
  type    = string
  default = ""
}

variable "runtime" {
  type    = string
  default = ""
}

variable "create_package" {
  type    = bool
  default = true
}

variable "s3_existing_package" {
  type    = map(string)
  default = null
}
