desc "Lint, test, coverage gate and dependency audit"
task :ci do
  sh "bundle exec rubocop"
  sh "COVERAGE=1 bundle exec rake test"
  min = 85.0
  pct = File.read("coverage/.last_run.json")[/"line":\s*([\d.]+)/, 1].to_f
  abort "coverage #{pct}% below #{min}%" if pct < min
  sh "bundle exec bundle-audit check --update"
end
