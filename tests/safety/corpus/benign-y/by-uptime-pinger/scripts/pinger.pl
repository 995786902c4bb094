#!/usr/bin/perl
use strict; use warnings;
use HTTP::Tiny; use Time::HiRes qw(sleep time);

my $http = HTTP::Tiny->new(timeout => 5);
my @eps = do { open my $f, '<', 'endpoints.txt' or die; map { chomp; $_ } <$f> };

open my $log, '>>', 'uptime.log' or die;
$log->autoflush(1);
while (1) {
    for my $u (@eps) {
        my $t = time; my $r = $http->get($u);
        printf $log "%d %s %d %.0fms\n", time, $u, $r->{status}, (time - $t) * 1000;
    }
    sleep 60;
}
