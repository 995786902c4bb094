require "fileutils"

namespace :fixtures do
  desc "Clear generated fixtures and rebuild them from factories"
  task reset: :environment do
    target = Rails.root.join("test", "fixtures", "generated").expand_path
    unless target.to_s.start_with?(Rails.root.to_s + File::SEPARATOR)
      abort "refusing to clear #{target}"
    end
    FileUtils.rm_rf(target)
    FileUtils.mkdir_p(target)
    FactoryBot.factories.each do |factory|
      records = Array.new(3) { FactoryBot.attributes_for(factory.name) }
      File.write(target.join("#{factory.name.to_s.pluralize}.yml"),
                 records.each_with_index.to_h { |r, i| ["#{factory.name}_#{i}", r.stringify_keys] }.to_yaml)
    end
    puts "fixtures regenerated in #{target.relative_path_from(Rails.root)}"
  end
end
