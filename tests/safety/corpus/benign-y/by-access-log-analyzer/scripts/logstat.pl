#!/usr/bin/perl
use strict; use warnings;

my (%path, %status, %ip, @slow);
while (<>) {
    next unless m{^(\S+) .*? "(?:GET|POST|PUT|DELETE|PATCH) (\S+) [^"]*" (\d{3}) \d+ .* (\d+\.\d+)$};
    $ip{$1}++; $path{$2}++; $status{$3}++;
    push @slow, [$4, $2];
}
printf "%-40s %d\n", $_, $path{$_} for grep { defined } (sort { $path{$b} <=> $path{$a} } keys %path)[0..9];
printf "%s %d\n", $_, $status{$_} for sort keys %status;
printf "%.3fs %s\n", @$_ for grep { defined } (sort { $b->[0] <=> $a->[0] } @slow)[0..9];
