BUILD_DIR ?= build
override BUILD_DIR := $(strip $(BUILD_DIR))

.PHONY: clean distclean check-build-dir

check-build-dir:
	@case "$(BUILD_DIR)" in ""|/*|.|..|../*) echo "BUILD_DIR must be a relative subdirectory"; exit 1;; esac

clean: check-build-dir
	-rm -f -- $(BUILD_DIR)/*.o $(BUILD_DIR)/*.a $(BUILD_DIR)/*.so

distclean: clean
	-rm -f -- config.status config.log config.h
	-rm -rf -- ./$(BUILD_DIR) ./autom4te.cache
