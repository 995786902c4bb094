resource "azurerm_batch_pool" "sim" {
  name                = "sim"
  resource_group_name = var.resource_group
  account_name        = azurerm_batch_account.main.name
  vm_size             = "Standard_F16s_v2"
  node_agent_sku_id   = "batch.node.ubuntu 22.04"
  storage_image_reference {
    publisher = "canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }
  auto_scale {
    evaluation_interval = "PT5M"
    formula             = <<EOT
$pending = max(0, $PendingTasks.GetSample(1));
$TargetLowPriorityNodes = min(40, $pending / 16);
$TargetDedicatedNodes = 0;
$NodeDeallocationOption = taskcompletion;
EOT
  }
  start_task {
    command_line       = "/bin/bash -c 'python3 -m pip install -r $AZ_BATCH_APP_PACKAGE_sim/requirements.txt'"
    wait_for_success   = true
    user_identity {
      auto_user { scope = "Task" elevation_level = "NonAdmin" }
    }
  }
}
