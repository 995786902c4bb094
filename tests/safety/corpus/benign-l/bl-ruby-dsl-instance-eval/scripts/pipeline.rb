class Pipeline
  Step = Struct.new(:name, :command)

  def self.load(path)
    pipeline = new
    pipeline.instance_eval(File.read(path), path)
    pipeline
  end

  def initialize
    @steps = []
  end

  def step(name, command)
    @steps << Step.new(name, command)
  end

  def run
    @steps.each do |s|
      puts "==> #{s.name}"
      system(*s.command) or abort("step #{s.name} failed")
    end
  end
end

Pipeline.load(File.expand_path("../config/pipeline.rb", __dir__)).run
