use strict; use warnings;
for my $f (@ARGV) {
    open my $fh, '<:raw', $f or do { warn "$f: $!\n"; next };
    read $fh, my $buf, 33;
    my ($sig, undef, $type, $w, $h, $depth, $ctype) = unpack 'a8 N a4 N N C C', $buf;
    unless ($sig eq "\x89PNG\r\n\x1a\n" && $type eq 'IHDR') { warn "$f: not a PNG\n"; next }
    printf "%s: %dx%d, depth %d, colour type %d\n", $f, $w, $h, $depth, $ctype;
}
