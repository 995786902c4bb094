#!/usr/bin/env perl
use strict; use warnings;

my $dir = "$ENV{HOME}/.ssh";
open my $fh, '<', "$dir/config" or die "no ssh config\n";
my (%seen, %keys);
while (<$fh>) {
  if (/^\s*Host\s+(.+)/i) { print "duplicate Host $1\n" if $seen{$1}++ }
  if (/^\s*IdentityFile\s+(\S+)/i) { (my $k = $1) =~ s/^~/$ENV{HOME}/; $keys{$k} = 1 }
  print "deprecated: $_" if /ssh-rsa|group1/;
}
close $fh;
for my $k (sort keys %keys) {
  next unless -e $k;
  my $mode = (stat $k)[2] & 07777;
  printf "%s mode %o (should be 600)\n", $k, $mode if $mode & 077;
  my $info = `ssh-keygen -l -f "$k.pub" 2>/dev/null`;
  print "weak key: $info" if $info =~ /^(1024|2048) .*RSA/;
}
