.PHONY: install
install:
	pnpm add -D @ventrix/eslint-config @ventrix/stylelint-config
	@printf '%s\n' '{ "extends": "@ventrix/eslint-config" }' > .eslintrc.json
	@printf '%s\n' '{ "extends": "@ventrix/stylelint-config" }' > .stylelintrc.json
	@echo "lint configs written"
