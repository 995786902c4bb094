spec_file = Dir["*.gemspec"].first or abort("no gemspec here")
spec = Gem::Specification.load(spec_file)
version = spec.version.to_s
tag = "v#{version}"

def run!(*cmd)
  puts "$ #{cmd.join(' ')}"
  system(*cmd) or abort("failed: #{cmd.first}")
end

abort "working tree is dirty" unless `git status --porcelain`.empty?
abort "#{tag} already exists" if system("git", "rev-parse", "-q", "--verify", tag, out: File::NULL)

run!("gem", "build", spec_file)
run!("git", "tag", "-a", tag, "-m", "Release #{tag}")
run!("git", "push", "origin", tag)
run!("gem", "push", "#{spec.name}-#{version}.gem")
File.delete("#{spec.name}-#{version}.gem")
puts "released #{spec.name} #{version}"
