data "http" "meta" {
  url             = "https://api.github.com/meta"
  request_headers = { Accept = "application/vnd.github+json" }
}

locals {
  meta = jsondecode(data.http.meta.response_body)
}

output "hooks_ipv4" {
  value = [for c in local.meta.hooks : c if !strcontains(c, ":")]
}

output "hooks_ipv6" {
  value = [for c in local.meta.hooks : c if strcontains(c, ":")]
}

output "actions_ipv4" {
  value = [for c in local.meta.actions : c if !strcontains(c, ":")]
}
