require "digest"

VECTORS = {
  "" => "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "abc" => "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
  ["616263"].pack("H*") => "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
}

VECTORS.each do |input, want|
  got = Digest::SHA256.hexdigest(input)
  puts "#{got == want ? 'PASS' : 'FAIL'} #{input.inspect}"
end
