.PHONY: doctor
doctor:
	@gcloud config list 2>/dev/null
	@gcloud auth list --format='table(account,status)' 2>/dev/null
	@gcloud auth application-default print-access-token >/dev/null 2>&1 && echo "ADC ok" || echo "ADC missing or expired"
	@gcloud config get billing/quota_project 2>/dev/null || true
