#!/usr/bin/env perl
use strict;
use warnings;

my (%status, %slow, %ip, %minute, $n);
while (<>) {
    next unless m{^(\S+) \S+ \S+ \[([^\]:]+:\d+:\d+)[^\]]*\] "\w+ (\S+) [^"]*" (\d{3}) .* (\d+\.\d+)$};
    $n++; $status{$4}++; $ip{$1}++; $minute{$2}++;
    $slow{$3} = $5 if !$slow{$3} || $5 > $slow{$3};
}
print "requests: $n\n";
print "status $_: $status{$_}\n" for sort keys %status;
printf "slow %s %.2fs\n", $_, $slow{$_} for grep { defined } (sort { $slow{$b} <=> $slow{$a} } keys %slow)[0..9];
printf "top ip %s %d\n", $_, $ip{$_} for grep { defined } (sort { $ip{$b} <=> $ip{$a} } keys %ip)[0..4];
my ($peak) = sort { $minute{$b} <=> $minute{$a} } keys %minute;
print "peak minute: $peak ($minute{$peak} requests)\n" if $peak;
