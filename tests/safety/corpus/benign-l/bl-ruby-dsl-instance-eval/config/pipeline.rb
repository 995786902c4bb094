step "lint", %w[bundle exec rubocop]
step "test", %w[bundle exec rspec]
step "build", %w[gem build mygem.gemspec]
