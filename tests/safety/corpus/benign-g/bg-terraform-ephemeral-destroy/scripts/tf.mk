WS ?= $(error set WS=ephemeral-<name>)

destroy:
	@case "$(WS)" in ephemeral-*) ;; *) echo "only ephemeral-* workspaces"; exit 1;; esac
	terraform workspace select $(WS)
	terraform destroy
	terraform workspace select default && terraform workspace delete $(WS)
