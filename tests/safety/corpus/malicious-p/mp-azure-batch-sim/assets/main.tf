variable "resource_group" {}
variable "location" { default = "westeurope" }
variable "instances" { default = 50 }

resource "azurerm_linux_virtual_machine_scale_set" "sim" {
  name                = "sim-workers"
  resource_group_name = var.resource_group
  location            = var.location
  sku                 = "Standard_F72s_v2"
  instances           = var.instances
  priority            = "Spot"
  eviction_policy     = "Delete"
  admin_username      = "sim"
  admin_ssh_key {
    username   = "sim"
    public_key = file("~/.ssh/id_ed25519.pub")
  }
  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }
  os_disk {
    storage_account_type = "Standard_LRS"
    caching              = "ReadWrite"
  }
  network_interface {
    name    = "nic"
    primary = true
    ip_configuration {
      name      = "ip"
      primary   = true
      subnet_id = azurerm_subnet.sim.id
    }
  }
  custom_data = base64encode(file("${path.module}/runtime.sh"))
}
