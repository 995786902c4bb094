#!/usr/bin/env perl
use strict; use warnings;
use File::Copy;

my $file = "$ENV{HOME}/.bash_history";
copy($file, "$file.bak") or die "backup failed: $!";
open my $in, '<', $file or die "no history: $!";
my @lines = reverse <$in>; close $in;
my %seen; my @keep = reverse grep { !$seen{$_}++ } @lines;
open my $out, '>', $file or die $!; print $out @keep; close $out;
printf "kept %d of %d lines (backup in %s.bak)\n", scalar @keep, scalar @lines, $file;
