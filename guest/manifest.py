# Frozen into the guest (guest/Makefile's FROZEN_MANIFEST): every module in lib/, compiled to
# bytecode at build time. They import from the '.frozen' entry of sys.path.
freeze("$(PORT_DIR)/lib")
